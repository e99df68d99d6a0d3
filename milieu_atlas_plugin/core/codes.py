"""The index codes of contracts.md, importable without numpy or scipy (the Processing provider
lists them when QGIS starts)."""

TWO_GROUP_CODES = ("D", "GINI", "H", "A", "XPX", "XPY", "ETA2")
SPATIAL_CODES = ("DELTA", "ACO", "RCO", "ACE", "RCE", "ACL", "RCL", "SP", "DADJ", "DW", "DS",
                 "DDXPX", "DDXPY", "HSPATIAL")
MULTIGROUP_CODES = ("MD", "MGINI", "MH", "MM", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV")
LEVEL_CODES = ("MM_BETWEEN", "MM_WITHIN", "MH_BETWEEN", "MH_WITHIN")
ALL_CODES = TWO_GROUP_CODES + SPATIAL_CODES + MULTIGROUP_CODES + LEVEL_CODES
NEIGHBOUR_CODES = ("DADJ", "DW", "DS")  # the spatial indices that need contiguity / shared boundaries
KERNEL_CODES = ("ACL", "RCL", "SP", "DDXPX", "DDXPY", "HSPATIAL")  # the distance-kernel indices
