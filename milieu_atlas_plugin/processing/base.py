"""Shared base of every Milieu Atlas algorithm: naming, translation, error handling, sinks.

The write path (every algorithm gets it without code of its own):
1. Before ``run_checked``: every destination parameter with a value is checked
   (files.OutputRun.check_destination: not a folder, folder exists and is writable, supported
   extension, not an input file, not another output of the run) → one-line InputError.
2. ``self.parameterAsSink`` (and so ``write_table``) writes a file sink into a hidden folder
   beside its target, under the target's own name (a GeoPackage keeps its layer name); every
   feature write is checked. ``files.temp_beside``/``files.publish`` stage files likewise.
3. After ``run_checked`` returned (and was not cancelled): every sink is closed, its feature count
   verified by reading the file back, and all outputs are moved into place together; the
   results dict and the layers to load name the final paths.
4. Any exception, KeyboardInterrupt or cancel removes every temporary file; nothing is left.

A destination in a database (``postgres://<QGIS URI>``, ``postgis:<URI>``) takes the same path
(qgis_io/postgis.py): checked before computing (login, privileges, not an input), written into a
side table, swapped in with its provenance in one transaction when the run commits, dropped
otherwise. Passwords are removed from every message.
"""
import html
import os
import traceback

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameters,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import files
from ..compat import FieldType
from ..core.numbers import NumberFormatError, parse_number
from ..errors import QT_TRANSLATE_NOOP, Cancelled, InputError, Text, message_of, translated
from ..paths import icon_path

SEED_MAX = 2**31 - 1

INPUT_TYPES = {"source", "vector", "raster", "multilayer", "file", "layer", "mesh", "pointcloud"}
VECTOR_DESTINATIONS = {"sink", "vectorDestination"}


class CheckedSink(QgsFeatureSink):
    """A file sink whose every write is checked; errors are raised, never only logged."""

    def __init__(self, inner, name, final):
        super().__init__()
        self.inner = inner
        self.name = name
        self.final = final
        self.count = 0

    def _fail(self):
        error = self.inner.lastError() if self.inner is not None else ""
        if not error:
            raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Could not write {name} '{final}': write failed"),
                             name=self.name, final=self.final)
        raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Could not write {name} '{final}': {error}"),
                         name=self.name, final=self.final, error=error)

    def addFeature(self, feature, flags=QgsFeatureSink.Flags()):  # noqa: N802
        if not self.inner.addFeature(feature, flags):
            self._fail()
        self.count += 1
        return True

    def addFeatures(self, features, flags=QgsFeatureSink.Flags()):  # noqa: N802
        features = list(features)
        if not self.inner.addFeatures(features, flags):
            self._fail()
        self.count += len(features)
        return True

    def flushBuffer(self):  # noqa: N802
        if not self.inner.flushBuffer():
            self._fail()
        return True

    def lastError(self):  # noqa: N802
        return self.inner.lastError() if self.inner is not None else ""

    def close(self):
        """Flushes and deletes the real sink (closes the file)."""
        from qgis.PyQt import sip

        if self.inner is not None:
            self.flushBuffer()
            if not sip.isdeleted(self.inner):
                sip.delete(self.inner)
            self.inner = None


class MilieuAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALG_ID, DISPLAY_NAME, GROUP_ID, GROUP_NAME, HELP and implement
    initAlgorithm and run_checked(parameters, context, feedback) -> dict."""

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "analysis"
    GROUP_NAME = "Analysis"
    HELP = ""

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.ALG_ID

    def add_advanced(self, *params):
        """Adds PARAMS under the dialog's collapsed "Advanced parameters"."""
        for p in params:
            p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(p)

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP_NAME)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def helpText(self):  # noqa: N802
        """The help as plain text (command line, docs/api.md)."""
        return self.tr(self.HELP)

    def shortHelpString(self):  # noqa: N802
        # QGIS shows this as HTML (one <p> per line): escaped, or "(< 0.5 …" starts a tag and the
        # rest of the help disappears.
        return html.escape(self.helpText(), quote=False)

    def icon(self):
        return QIcon(icon_path())

    def createInstance(self):  # noqa: N802
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Number parameters are checked first, with a message that says what is wrong with the value
        (Processing's own check only says 'Incorrect parameter value', and lets '99.7' through as 99)."""
        try:
            from ..qgis_io.sources import check_layer_parameters

            check_layer_parameters(self, parameters)
            check_number_parameters(self, parameters)
        except InputError as exc:
            return False, exc.translated()
        return super().checkParameterValues(parameters, context)

    _output_run = None
    _sinks = ()
    _write_notes = ()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..i18n import tr

        from ..qgis_io.postgis import scrub

        sources = self._input_sources(parameters, context)
        run = files.OutputRun(sources)
        previous = files.begin_run(run)
        self._output_run, self._sinks, self._write_notes = run, [], []
        self._inputs, self._databases, self._parameters = sources, {}, parameters
        try:
            try:
                self._check_destinations(run, parameters, context)
                results = self.run_checked(parameters, context, feedback)
                if feedback is not None and feedback.isCanceled():
                    raise Cancelled()
                committed = self._commit(run, results, context)
                for note in self._write_notes:
                    feedback.pushWarning(note)
                return committed
            except Cancelled:
                raise QgsProcessingException(tr("Cancelled")) from None
            except InputError as exc:
                raise QgsProcessingException(scrub(exc.translated())) from exc
            except QgsProcessingException as exc:  # QGIS's own (in its language) or ours (translated)
                raise QgsProcessingException(scrub(message_of(exc))) from None
            except OSError as exc:
                reason = exc.strerror or str(exc)
                if exc.filename:
                    raise QgsProcessingException(translated(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "{reason} ('{file}'); nothing was written."),
                        reason=reason, file=exc.filename)) from exc
                raise QgsProcessingException(translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{reason}; nothing was written."), reason=reason)) from exc
            except Exception as exc:  # noqa: BLE001 - one line for the user, the traceback in the log
                if feedback is not None:
                    feedback.pushDebugInfo(traceback.format_exc())
                text = " ".join(str(exc).split()) or type(exc).__name__
                raise QgsProcessingException(translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Unexpected error in {alg} ({kind}: {text}); nothing was written. "
                    "Please report it with the log."), alg=self.ALG_ID, kind=type(exc).__name__,
                    text=text)) from exc
        except BaseException:
            _release_database_layers(context)
            raise
        finally:
            for sink in self._sinks:
                try:
                    sink.close()
                except Exception:  # noqa: BLE001 - closing after a failure: the error is raised above
                    pass
            run.discard()
            files.end_run(previous)
            self._output_run, self._sinks = None, ()

    def run_checked(self, parameters, context, feedback):
        raise NotImplementedError

    # ------------------------------------------------------------------ the write path
    def _input_sources(self, parameters, context):
        """Paths of every input layer or file of the run (layer ids, layer objects, feature
        source definitions and lists resolved)."""
        from qgis.core import QgsMapLayer, QgsProcessingFeatureSourceDefinition

        project = context.project() if context is not None else None
        found = []

        def add(value):
            if isinstance(value, (list, tuple)):
                for v in value:
                    add(v)
            elif isinstance(value, QgsProcessingFeatureSourceDefinition):
                add(value.source.staticValue())
            elif isinstance(value, QgsMapLayer):
                found.append(value.source())
            elif isinstance(value, QgsProperty):
                add(value.staticValue())
            elif isinstance(value, str) and value:
                layer = project.mapLayer(value) if project is not None else None
                found.append(layer.source() if layer is not None else value)

        for definition in self.parameterDefinitions():
            if not definition.isDestination() and definition.type() in INPUT_TYPES:
                add(parameters.get(definition.name()))
        return found

    def _destination_path(self, definition, parameters, context):
        """(path, is_folder, extensions) of a destination parameter, or None when it is not a
        local file (not given, memory layer, database)."""
        import re

        name = definition.name()
        value = parameters.get(name)
        if value is None or value == "":
            return None
        kind = definition.type()
        if kind in VECTOR_DESTINATIONS or kind == "rasterDestination":
            target = QgsProcessingParameters.parameterAsOutputLayer(definition, parameters, context)
            exts = (definition.supportedOutputRasterLayerExtensions() if kind == "rasterDestination"
                    else definition.supportedOutputVectorLayerExtensions())
            folder = False
        elif kind == "fileDestination":
            target = QgsProcessingParameters.parameterAsFileOutput(definition, parameters, context)
            exts = [e.lower() for e in re.findall(r"\*\.(\w+)", definition.fileFilter() or "")] or None
            folder = False
        elif kind == "folderDestination":
            target = QgsProcessingParameters.parameterAsFileOutput(definition, parameters, context)
            exts, folder = None, True
        else:
            return None
        path = files.plain_path(target)
        if path is None:
            return None
        if not folder and not os.path.splitext(path)[1] and exts and not os.path.isdir(path):
            path += "." + (definition.defaultFileExtension() if kind != "fileDestination" else exts[0])
        return path, folder, [e.lower() for e in exts] if exts else None

    def _database_destination(self, definition, parameters):
        """The destination string of a vector destination written to a database, or None."""
        from ..qgis_io.postgis import database_uri

        if definition.type() not in VECTOR_DESTINATIONS:
            return None
        value = parameters.get(definition.name())
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        if isinstance(value, QgsProperty):
            value = value.staticValue()
        return value if database_uri(value) is not None else None

    def _check_destinations(self, run, parameters, context):
        from ..qgis_io.postgis import PgTarget

        for definition in self.destinationParameterDefinitions():
            text = self._database_destination(definition, parameters)
            if text is not None:
                target = PgTarget(definition.name(), text)
                for other in self._databases.values():
                    if other.label() == target.label():
                        raise InputError(QT_TRANSLATE_NOOP(
                            "MilieuAtlas", "{target_name}: {target} is also {other_name}: give each output its own table."),
                            target_name=target.name, target=target.label(), other_name=other.name)
                target.check(self._inputs)
                self._databases[definition.name()] = target
                continue
            found = self._destination_path(definition, parameters, context)
            if found is not None:
                path, folder, exts = found
                run.check_destination(definition.name(), path, folder=folder, extensions=exts)

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        """As QgsProcessingAlgorithm.parameterAsSink; inside a run a file sink is written into a
        hidden folder beside its target and moved into place when the run commits. Returns the
        final destination id."""
        run = self._output_run
        definition = self.parameterDefinition(name)
        target = None
        if run is not None and name in self._databases:
            return self._database_sink(run, self._databases[name], parameters, name, context,
                                       *args, **kwargs)
        if run is not None and definition is not None:
            target = files.plain_path(
                QgsProcessingParameters.parameterAsOutputLayer(definition, parameters, context))
        if target is None:
            return super().parameterAsSink(parameters, name, context, *args, **kwargs)
        args = list(args)
        if args:
            args[0] = self._output_fields(name, target, args[0])
        elif "fields" in kwargs:
            kwargs["fields"] = self._output_fields(name, target, kwargs["fields"])
        folder = os.path.dirname(target)
        tmpdir = run.stage_dir(target)
        tmp_target = os.path.join(tmpdir, os.path.basename(target))
        value = parameters.get(name)
        redirected = dict(parameters)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(QgsProperty.fromValue(tmp_target),
                                                      value.destinationProject)
            copy.destinationName = value.destinationName
            copy.createOptions = value.createOptions
            if value.useRemapping():
                copy.setRemappingDefinition(value.remappingDefinition())
            redirected[name] = copy
        else:
            redirected[name] = tmp_target
        try:
            sink, dest = super().parameterAsSink(redirected, name, context, *args, **kwargs)
        except QgsProcessingException as exc:
            raise QgsProcessingException(_short(message_of(exc).replace(tmp_target, target), name,
                                                target)) from None
        if sink is None:
            return sink, dest
        final = dest.replace(tmpdir + os.sep, folder + os.sep, 1)
        if context.willLoadLayerOnCompletion(dest):
            layers = context.layersToLoadOnCompletion()
            layers[final] = layers.pop(dest)
            context.setLayersToLoadOnCompletion(layers)
        checked = CheckedSink(sink, name, final)
        self._sinks.append(checked)
        checked.tmpdir, checked.folder, checked.dest = tmpdir, folder, dest
        return checked, final

    def _output_fields(self, name, target, fields):
        """Field names as the file will hold them: refused when two differ only in case (GeoPackage,
        shapefile and most formats compare them case-blind); in a shapefile (10 characters at
        most) long names are cut explicitly and the mapping reported, refused when cut names
        would collide."""
        names = fields.names()
        seen = {}
        for n in names:
            if n.lower() in seen:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name} '{target}' would get two fields named '{seen}' and '{n}' (field names are "
                    "case-blind in the file); rename one in the input."),
                    name=name, target=target, seen=seen[n.lower()], n=n)
            seen[n.lower()] = n
        if os.path.splitext(target)[1].lower() not in (".shp", ".dbf"):
            return fields
        cut = {n: n.encode("utf-8")[:10].decode("utf-8", "ignore") for n in names
               if len(n.encode("utf-8")) > 10}
        if not cut:
            return fields
        final = [cut.get(n, n) for n in names]
        clashes = sorted({f for f in final if sum(g.lower() == f.lower() for g in final) > 1})
        if clashes:
            groups = "; ".join(", ".join(repr(n) for n in names if cut.get(n, n).lower() == c.lower())
                               + f" → '{c}'" for c in clashes)
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} '{target}' is a shapefile: field names are cut to 10 characters and would "
                "collide ({groups}). Write a GeoPackage (.gpkg) instead."),
                name=name, target=target, groups=groups)
        from qgis.core import QgsField, QgsFields

        renamed = QgsFields()
        for i in range(fields.count()):
            field = QgsField(fields.at(i))
            field.setName(final[i])
            renamed.append(field)
        self._write_notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name} is a shapefile (field names of at most 10 characters); fields renamed: {renamed}."),
            name=name, renamed=", ".join(f"{n} → {c}" for n, c in cut.items())))
        return renamed

    def _database_sink(self, run, target, parameters, name, context, *args, **kwargs):
        """A sink writing the side table of a database destination (qgis_io/postgis.py)."""
        from ..qgis_io.postgis import scrub

        wkb = args[1] if len(args) > 1 else kwargs.get("geometryType", QgsWkbTypes.NoGeometry)
        target.has_geometry = QgsWkbTypes.geometryType(wkb) not in (
            QgsWkbTypes.NullGeometry, QgsWkbTypes.UnknownGeometry)
        value = parameters.get(name)
        redirected = dict(parameters)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            copy = QgsProcessingOutputLayerDefinition(
                QgsProperty.fromValue(target.stage_destination()), value.destinationProject)
            copy.destinationName = value.destinationName
            copy.createOptions = value.createOptions
            redirected[name] = copy
        else:
            redirected[name] = target.stage_destination()
        run.external.append(target)
        target.staged = True
        try:
            sink, dest = super().parameterAsSink(redirected, name, context, *args, **kwargs)
        except QgsProcessingException as exc:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Could not create {name} ({target}): {reason}"),
                name=name, target=target.label(),
                reason=scrub(message_of(exc)).replace(target.stage_table, target.table)) from None
        if sink is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Could not create {name} ({target})."),
                name=name, target=target.label())
        checked = CheckedSink(sink, name, target.label())
        checked.database, checked.dest = target, dest
        self._sinks.append(checked)
        return checked, "postgres://" + target.public_uri()

    def provenance(self, context):
        """COMMENT ON TABLE text: algorithm, parameters (passwords removed), date, plugin version."""
        import datetime
        import json

        from ..paths import plugin_version
        from ..qgis_io.postgis import scrub

        params = {}
        for key, value in sorted((self._parameters or {}).items()):
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = value.sink.staticValue()
            if isinstance(value, QgsProperty):
                value = value.staticValue()
            if hasattr(value, "source") and callable(value.source):
                value = value.source()
            params[key] = scrub(value if isinstance(value, (int, float, bool, type(None))) else
                                value if isinstance(value, list) else str(value))
            if isinstance(params[key], list):
                params[key] = [scrub(str(v)) for v in params[key]]
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (f"Milieu Atlas {plugin_version()}, milieuatlas:{self.name()}, {stamp}; "
                f"parameters: {json.dumps(params, ensure_ascii=False, default=str)}")

    def _commit(self, run, results, context):
        """Closes and verifies every sink, then moves all outputs of the run into place
        (database tables first: they are the outputs that can still fail)."""
        databases = [s for s in self._sinks if getattr(s, "database", None) is not None]
        for sink in databases:
            sink.close()
        comment = self.provenance(context) if databases else None
        for sink in databases:
            sink.database.commit(comment, sink.count)
            layer = context.temporaryLayerStore().mapLayer(sink.dest)
            if layer is not None:  # the layer Processing loads on completion: the final table
                layer.setDataSource(sink.database.public_uri(keep_password=True),
                                    sink.database.table, "postgres")
        for sink in self._sinks:
            if getattr(sink, "database", None) is not None:
                continue
            sink.close()
            _verify(sink)
            for entry in sorted(os.listdir(sink.tmpdir)):
                run.stage(os.path.join(sink.tmpdir, entry), os.path.join(sink.folder, entry))
        run.commit()
        return results


def _release_database_layers(context):
    """A failed run's PostgreSQL layers leave the context now: the traceback of the error (which
    PyQt keeps) would otherwise hold them, and their connections, until after QGIS has shut down
    (a crash at exit)."""
    if context is None:
        return
    store = context.temporaryLayerStore()
    doomed = [layer.id() for layer in store.mapLayers().values()
              if layer.providerType() == "postgres"]
    if doomed:
        load = context.layersToLoadOnCompletion()
        context.setLayersToLoadOnCompletion({k: v for k, v in load.items() if k not in doomed})
        store.removeMapLayers(doomed)


def _short(message, name, target):
    """GDAL's errors can quote whole SQL scripts: keep the reason at their end."""
    import re

    message = " ".join(message.split())
    match = re.search(r"failed: ([^()]{1,200}?)\)*$", message)
    if len(message) > 300 and match:
        return translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Could not create {name} '{target}': {reason}. Nothing "
                                            "was written."), name=name, target=target, reason=match.group(1))
    return message


def _verify(sink):
    """Reads a written file back: a full disk often shows only when the file is closed."""
    try:
        from osgeo import gdal, ogr
    except ImportError:  # pragma: no cover - QGIS always ships the GDAL bindings
        return
    path = sink.dest.split("|", 1)[0]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        # a spreadsheet whose columns are all text (the atlas table with its DIN markers) has a
        # header row GDAL cannot tell from data unless told (GDAL 3.6 knows no open option for it)
        for option in ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"):
            gdal.SetThreadLocalConfigOption(option, "FORCE")
        ds = ogr.Open(path)
        layer = None
        if ds is not None:
            stem = os.path.splitext(os.path.basename(path))[0]
            layer = ds.GetLayerByName(stem) if ds.GetLayerCount() > 1 else ds.GetLayer(0)
        count = layer.GetFeatureCount() if layer is not None else -1
    finally:
        for option in ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"):
            gdal.SetThreadLocalConfigOption(option, None)
        gdal.PopErrorHandler()
        ds = None
    if count != sink.count:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Could not write {sink} '{final}': the file is incomplete ({max} of {count} features "
            "could be read back; is the disk full?). Nothing was written."),
            sink=sink.name, final=sink.final, max=max(count, 0), count=sink.count)


def static_enum(name, description, options, default=None, optional=False, multiple=False):
    """An enum parameter that takes and returns its option strings (MODE=points), never indexes
    (contracts.md), so scripts and models stay valid when options are added."""
    return QgsProcessingParameterEnum(name, description, options=options, allowMultiple=multiple,
                                      defaultValue=default, optional=optional,
                                      usesStaticStrings=True)


def table_fields(columns):
    """QgsFields from [(name, 'str'|'int'|'double'|'bool')]."""
    types = {"str": FieldType.String, "int": FieldType.Int, "double": FieldType.Double,
             "bool": FieldType.Bool}
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, types[kind]))
    return fields


def write_table(alg, parameters, name, context, columns, rows):
    """Writes rows (sequences aligned with columns) to a geometry-less sink; returns its dest id.

    Called only after all validation and computation succeeded, so a bad input never leaves a
    half-written file behind."""
    fields = table_fields(columns)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.NoGeometry)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    feats = []
    for row in rows:
        f = QgsFeature(fields)
        f.setAttributes([None if v is None else v for v in row])
        feats.append(f)
    sink.addFeatures(feats, QgsFeatureSink.FastInsert)
    return dest


def check_number_parameters(alg, parameters):
    """InputError for a number parameter that is no number, is ambiguous ('1.000'), is not whole where a
    whole number is needed ('99.7'), lies outside its range, or is a negative SEED."""
    for p in alg.parameterDefinitions():
        if p.type() != "number":
            continue
        name = p.name()
        raw = parameters.get(name)
        if raw is None or isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
            continue
        if isinstance(raw, str) and not raw.strip():
            continue
        try:
            x = parse_number(raw, name)
        except NumberFormatError:
            raise  # an InputError: its message is translated where it is shown
        whole = p.dataType() == QgsProcessingParameterNumber.Integer
        lo, hi = p.minimum(), p.maximum()
        if name == "SEED":
            lo, hi = max(lo, 0), min(hi, SEED_MAX)
        if whole:
            hi = min(hi, 2**31 - 1)
            if not float(x).is_integer():
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name} must be a whole number; got '{raw}'."),
                    name=name, raw=raw)
        if x < lo or x > hi:
            def show(v):
                return f"{int(v)}" if whole else f"{v:g}"
            open_end = hi >= (2**31 - 1 if whole else 1e300) and name != "SEED"
            if lo <= -1e300:
                rng = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "at most {hi}"), hi=show(hi))
            elif open_end:
                rng = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{lo} or more"), lo=show(lo))
            else:
                rng = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "from {lo} to {hi}"), lo=show(lo), hi=show(hi))
            if whole:
                rng = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "a whole number {range}"), range=rng)
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} must be {rng}; got '{raw}'."),
                name=name, rng=rng, raw=raw)
        if isinstance(raw, str):
            text = raw.strip()
            try:
                plain = float(text) if not whole else int(text)
            except ValueError:
                plain = None
            if plain is None or plain != x:
                shown = f"{int(x)}" if whole else f"{x:g}"
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}='{text}': write it as {shown} (digits and a decimal point only)."),
                    name=name, text=text, shown=shown)
