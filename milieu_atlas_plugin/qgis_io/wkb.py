"""WKB → numpy: the one reader of (multi)polygon rings from well-known binary (ISO or EWKB, 2D/Z/M/ZM),
used by the point-in-polygon locator, the raster join and the spatial context."""
import struct

import numpy as np


def wkb_polygons(wkb):
    """Polygons of a WKB Polygon or MultiPolygon (ISO or EWKB Z/M flags), each a list of (m, 2) ring arrays;
    None if other."""
    def header(off):
        order = "<" if wkb[off] == 1 else ">"
        (t,) = struct.unpack_from(order + "I", wkb, off + 1)
        dims = 2
        if t & 0x80000000:
            dims += 1
        if t & 0x40000000:
            dims += 1
        t &= 0x0FFFFFFF
        base, flag = t % 1000, t // 1000
        dims += {0: 0, 1: 1, 2: 1, 3: 2}.get(flag, 0)
        return order, base, dims, off + 5

    def polygon(off, order, dims, out):
        (nr,) = struct.unpack_from(order + "I", wkb, off)
        off += 4
        for _ in range(nr):
            (npts,) = struct.unpack_from(order + "I", wkb, off)
            off += 4
            a = np.frombuffer(wkb, dtype=order + "f8", count=npts * dims, offset=off).reshape(npts, dims)
            out.append(np.ascontiguousarray(a[:, :2], dtype=np.float64))
            off += 8 * npts * dims
        return off

    try:
        order, base, dims, off = header(0)
        polys = []
        if base == 3:
            polys.append([])
            polygon(off, order, dims, polys[-1])
        elif base == 6:
            (nparts,) = struct.unpack_from(order + "I", wkb, off)
            off += 4
            for _ in range(nparts):
                order2, base2, dims2, off = header(off)
                if base2 != 3:
                    return None
                polys.append([])
                off = polygon(off, order2, dims2, polys[-1])
        else:
            return None
        return polys
    except (struct.error, ValueError, IndexError):
        return None


def wkb_rings(wkb):
    """Every ring of a WKB Polygon or MultiPolygon as (m, 2) arrays (exterior and holes of every part, in
    order); None for any other geometry."""
    polys = wkb_polygons(wkb)
    if polys is None:
        return None
    return [r for poly in polys for r in poly]
