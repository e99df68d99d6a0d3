<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="51"/>
        <source>other districts</source>
        <translation>andere Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="53"/>
        <source>this district</source>
        <translation>dieses Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="100"/>
        <source>{t} · district [% {k} %] · page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
        <translation>{t} · Gebiet [% {k} %] · Seite [% @atlas_featurenumber %] von [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="143"/>
        <source>Position in the city (frame: detail map)</source>
        <translation>Lage in der Stadt (Rahmen: Detailkarte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="151"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="151"/>
        <source>District</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="151"/>
        <source>Median (all)</source>
        <translation>Median (alle)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="204"/>
        <source>The folder &apos;{d}&apos; does not exist.</source>
        <translation>Der Ordner „{d}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="235"/>
        <source>Atlas export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der Atlas-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="344"/>
        <source>Scale 1 : {s}</source>
        <translation>Maßstab 1 : {s}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="359"/>
        <source>The footer text is long and reaches the page edge; shorten NOTE or SOURCE_TEXT.</source>
        <translation>Der Fußzeilentext ist lang und reicht bis an den Seitenrand; kürzen Sie NOTE oder SOURCE_TEXT.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="433"/>
        <source>The folder &apos;{d}&apos; for &apos;{f}&apos; does not exist.</source>
        <translation>Der Ordner „{d}“ für „{f}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="449"/>
        <source>PDF export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der PDF-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="463"/>
        <source>PNG export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der PNG-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="465"/>
        <source>The export wrote an empty file.</source>
        <translation>Der Export hat eine leere Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="163"/>
        <source>{n} classes requested; a ratio to the average needs an odd number of classes centred at 1, so {m} are drawn.</source>
        <translation>{n} Klassen angefordert; ein Verhältnis zum Durchschnitt erfordert eine ungerade Anzahl von Klassen mit 1 in der Mitte, daher werden {m} dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="185"/>
        <source>(about average)</source>
        <translation>(etwa durchschnittlich)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="229"/>
        <source>There are no values to classify (all are NULL or suppressed).</source>
        <translation>Es gibt keine Werte zum Klassifizieren (alle sind NULL oder unterdrückt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="233"/>
        <source>{n} classes requested; {m} are drawn.</source>
        <translation>{n} Klassen angefordert; {m} werden dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="273"/>
        <source>Only {m} distinct classes could be formed from the values.</source>
        <translation>Aus den Werten konnten nur {m} unterschiedliche Klassen gebildet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="281"/>
        <source>Unknown kind &apos;{k}&apos;; use one of {ks}.</source>
        <translation>Unbekannte Art „{k}“; verwenden Sie eine der folgenden: {ks}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="283"/>
        <source>Unknown classification &apos;{m}&apos;.</source>
        <translation>Unbekannte Klassifizierung „{m}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="291"/>
        <source>Field &apos;{f}&apos; has negative values; a ratio to the average (LQ) cannot be negative.</source>
        <translation>Das Feld „{f}“ enthält negative Werte; ein Verhältnis zum Durchschnitt (LQ) kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="297"/>
        <source>suppressed / no data</source>
        <translation>unterdrückt / keine Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="375"/>
        <source>Layer &apos;{l}&apos; has no field &apos;{f}&apos;.</source>
        <translation>Der Layer „{l}“ hat kein Feld „{f}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="381"/>
        <source>Suppression expression &apos;{e}&apos;: {m}</source>
        <translation>Ausdruck für die Geheimhaltung „{e}“: {m}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="101"/>
        <source>Choose a districts layer.</source>
        <translation>Wählen Sie einen Gebietslayer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="103"/>
        <source>Choose the key field of the districts layer.</source>
        <translation>Wählen Sie das Schlüsselfeld des Gebietslayers.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="105"/>
        <source>Choose the key field of the table to join.</source>
        <translation>Wählen Sie das Schlüsselfeld der zu verknüpfenden Tabelle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="107"/>
        <source>Choose the total field.</source>
        <translation>Wählen Sie das Feld der Gesamtzahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="110"/>
        <source>Tick at least one group field.</source>
        <translation>Wählen Sie mindestens ein Gruppenfeld aus.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="112"/>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="179"/>
        <source>Location quotient: {0}</source>
        <translation>Lokationsquotient: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="180"/>
        <source>{0}, {1} units — 1 = city average</source>
        <translation>{0}, {1} Raumeinheiten — 1 = gesamtstädtischer Durchschnitt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="181"/>
        <source>Data: {0}</source>
        <translation>Daten: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="52"/>
        <source>Could not open layer &apos;{0}&apos; ({1}).</source>
        <translation>Der Layer „{0}“ konnte nicht geöffnet werden ({1}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="113"/>
        <source>Algorithm {0} is not available: is the Milieu Atlas provider loaded?</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar: Ist der Verarbeitungsanbieter von Milieu Atlas geladen?</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="135"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="153"/>
        <source>The task failed.</source>
        <translation>Die Aufgabe ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/plugin.py" line="37"/>
        <source>Milieu Atlas panel</source>
        <translation>Bedienfeld Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/plugin.py" line="40"/>
        <source>Show or hide the Milieu Atlas panel</source>
        <translation>Bedienfeld Milieu Atlas ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="135"/>
        <source>Joining the table</source>
        <translation>Tabelle wird verknüpft</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="151"/>
        <source>Shares and LQ</source>
        <translation>Anteile und LQ</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="158"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="158"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>DistrictAtlas</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="37"/>
        <source>District atlas (one page per district)</source>
        <translation>Gebietsatlas (eine Seite je Gebiet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="39"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="40"/>
        <source>Prints one A4 landscape page per district: a map locating the district among its neighbours, an overview of the whole city, and a profile table of the chosen indicators (value in this district and the median of all districts), with source line, note and date.

INPUT: district polygons; KEY_FIELD: district id (pages are sorted by it); NAME_FIELD: name printed as page title (default: the key); FIELDS: numeric indicators for the profile (ratios *_lq with two decimals, shares *_share in percent).
Confidentiality: SUPPRESS_FIELD and/or COUNT_FIELD with MIN_COUNT hide all values of a district (&apos;suppressed&apos;); hidden values do not enter the medians.
MODE: single (OUTPUT_PDF, one file with all pages) or per_district (OUTPUT_FOLDER, one file district_&lt;key&gt;.pdf per district). Files are written completely or not at all. Runs on the main thread.</source>
        <translation>Druckt für jedes Gebiet eine Seite im Format A4 quer: eine Karte, die das Gebiet zwischen seinen Nachbargebieten verortet, eine Übersichtskarte der ganzen Stadt und eine Profiltabelle der gewählten Indikatoren (Wert in diesem Gebiet und Median aller Gebiete), mit Quellenangabe, Anmerkung und Datum.

INPUT: Gebietspolygone; KEY_FIELD: Gebietsschlüssel (die Seiten werden danach sortiert); NAME_FIELD: Name, der als Seitentitel gedruckt wird (Standard: der Schlüssel); FIELDS: numerische Indikatoren für das Profil (Verhältniszahlen *_lq mit zwei Nachkommastellen, Anteile *_share in Prozent).
Geheimhaltung: SUPPRESS_FIELD und/oder COUNT_FIELD mit MIN_COUNT blenden alle Werte eines Gebiets aus („unterdrückt“); ausgeblendete Werte gehen nicht in die Mediane ein.
MODE: single (OUTPUT_PDF, eine Datei mit allen Seiten) oder per_district (OUTPUT_FOLDER, je Gebiet eine Datei district_&lt;key&gt;.pdf). Die Dateien werden entweder vollständig oder gar nicht geschrieben. Wird im Haupt-Thread ausgeführt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="59"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="61"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="63"/>
        <source>District name field</source>
        <translation>Namensfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="66"/>
        <source>Indicators for the profile table</source>
        <translation>Indikatoren für die Profiltabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="69"/>
        <source>Suppression field (true = values hidden)</source>
        <translation>Feld für die Geheimhaltung (wahr = Werte ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="72"/>
        <source>Count field for small-count suppression</source>
        <translation>Fallzahlfeld für die Geheimhaltung kleiner Fallzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="76"/>
        <source>Minimum count (districts below it are suppressed)</source>
        <translation>Mindestfallzahl (Gebiete darunter werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="79"/>
        <source>Atlas title</source>
        <translation>Titel des Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="81"/>
        <source>Source and licence of the data</source>
        <translation>Quelle und Lizenz der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="83"/>
        <source>Year or reference date of the data</source>
        <translation>Jahr oder Stichtag der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="85"/>
        <source>Note (default: written from the fields, units and year)</source>
        <translation>Anmerkung (Standard: aus Feldern, Raumeinheiten und Jahr erzeugt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="88"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="89"/>
        <source>Atlas (single PDF)</source>
        <translation>Atlas (eine einzige PDF-Datei)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="92"/>
        <source>Folder for one PDF per district</source>
        <translation>Ordner für eine PDF-Datei je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="95"/>
        <source>Pages / files written</source>
        <translation>Geschriebene Seiten / Dateien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="106"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="108"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="111"/>
        <source>No indicator (FIELDS) was given for layer &apos;{l}&apos;.</source>
        <translation>Für den Layer „{l}“ wurde kein Indikator (FIELDS) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="112"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="114"/>
        <source>suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="116"/>
        <source>count</source>
        <translation>Fallzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="122"/>
        <source>MODE=single needs OUTPUT_PDF.</source>
        <translation>MODE=single erfordert OUTPUT_PDF.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="124"/>
        <source>MODE=per_district needs OUTPUT_FOLDER.</source>
        <translation>MODE=per_district erfordert OUTPUT_FOLDER.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="145"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: feature {i} has no key (NULL).</source>
        <translation>Layer „{l}“, Feld „{f}“: Objekt {i} hat keinen Schlüssel (NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="149"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: key &apos;{k}&apos; occurs more than once.</source>
        <translation>Layer „{l}“, Feld „{f}“: Schlüssel „{k}“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="211"/>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="219"/>
        <source>Profile of {n} districts of '{l}'{y}. LQ = share in the district ÷ share in all districts (1 = average); median over districts with a value; 'suppressed' = value hidden for confidentiality.</source>
        <translation>Profil von {n} Gebieten aus „{l}“{y}. LQ = Anteil im Gebiet ÷ Anteil in allen Gebieten (1 = Durchschnitt); Median über die Gebiete mit Wert; „unterdrückt“ = Wert aus Gründen der Geheimhaltung ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="224"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="226"/>
        <source>District profile</source>
        <translation>Gebietsprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="227"/>
        <source>Laying out {n} pages…</source>
        <translation>{n} Seiten werden gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="228"/>
        <source>Source: {s}</source>
        <translation>Quelle: {s}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="228"/>
        <source>Map: Milieu Atlas (QGIS) · created {d}</source>
        <translation>Karte: Milieu Atlas (QGIS) · erstellt am {d}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="233"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="237"/>
        <source>Atlas written: {p}</source>
        <translation>Atlas geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="173"/>
        <source>Keys that give the same file name were numbered: {m}</source>
        <translation>Schlüssel, die denselben Dateinamen ergäben, wurden nummeriert: {m}</translation>
    </message>
</context>
<context>
    <name>JoinToDistricts</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="34"/>
        <source>Join data to districts</source>
        <translation>Daten mit Gebieten verknüpfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="36"/>
        <source>Data preparation</source>
        <translation>Datenaufbereitung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="55"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="57"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="59"/>
        <source>Source layer or table</source>
        <translation>Quelllayer oder -tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="61"/>
        <source>Join mode</source>
        <translation>Verknüpfungsmodus</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="62"/>
        <source>Source key field (key mode)</source>
        <translation>Schlüsselfeld der Quelle (Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="65"/>
        <source>Count or share fields to carry</source>
        <translation>Zu übernehmende Anzahl- oder Anteilsfelder</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="68"/>
        <source>Total field</source>
        <translation>Feld der Gesamtzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="70"/>
        <source>Fields are shares of the total (percent or fraction)</source>
        <translation>Felder sind Anteile an der Gesamtzahl (Prozent oder Bruchteil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="73"/>
        <source>Weight raster (dasymetric mode)</source>
        <translation>Gewichtungsraster (Modus dasymetric)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="75"/>
        <source>Invalid geometries</source>
        <translation>Ungültige Geometrien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="77"/>
        <source>Unit of the shares</source>
        <translation>Einheit der Anteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="78"/>
        <source>Category field (long table, key mode)</source>
        <translation>Kategoriefeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="81"/>
        <source>Value field (long table, key mode)</source>
        <translation>Wertfeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="84"/>
        <source>Categories to carry (long table; comma separated, empty = all)</source>
        <translation>Zu übernehmende Kategorien (lange Tabelle; durch Kommas getrennt, leer = alle)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="91"/>
        <source>Districts with joined fields</source>
        <translation>Gebiete mit verknüpften Feldern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="93"/>
        <source>Unmatched source rows, points or pieces</source>
        <translation>Nicht zugeordnete Quellzeilen, Punkte oder Teilstücke</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="96"/>
        <source>Accounting table</source>
        <translation>Bilanztabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="145"/>
        <source>Reading districts…</source>
        <translation>Gebiete werden gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="201"/>
        <source>Accounting (source = districts + unmatched):</source>
        <translation>Bilanz (Quelle = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="205"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="37"/>
        <source>Joins a source layer or table to district polygons and sums count fields per district.
MODE key: attribute join by SOURCE_KEY = DISTRICT_KEY (keys compared after trimming spaces and leading zeros of numeric keys). A long table (one row per unit and category) is pivoted when CATEGORY_FIELD and VALUE_FIELD are given.
MODE points: counts of points summed per district; a point on a boundary shared by two districts is counted once (in the district to its east, or north for an east-west boundary).
MODE areal: count_d = sum count_s * area(s ∩ d) / area(s), areas in a projected CRS.
MODE dasymetric: as areal, weighted by the mass of WEIGHT_RASTER inside each piece (a raster cell belongs to the piece that contains its centre); sources without raster mass fall back to area (and are reported).
FIELDS_ARE_SHARES: the fields are shares (percent or fraction, detected) of TOTAL_FIELD and are written as counts named &lt;field&gt;_count.
What matches no district goes to UNMATCHED; ACCOUNTING lists per field the source total, the sum over districts and the unmatched sum, which add up.</source>
        <translation>Verknüpft einen Quelllayer oder eine Tabelle mit Gebietspolygonen und summiert Anzahlfelder je Gebiet.
MODE key: Attributverknüpfung über SOURCE_KEY = DISTRICT_KEY (die Schlüssel werden verglichen, nachdem Leerzeichen und bei numerischen Schlüsseln führende Nullen entfernt wurden). Eine lange Tabelle (eine Zeile je Raumeinheit und Kategorie) wird in Spalten umgeformt (pivotiert), wenn CATEGORY_FIELD und VALUE_FIELD angegeben sind.
MODE points: Die Anzahlen der Punkte werden je Gebiet summiert; ein Punkt auf einer gemeinsamen Grenze zweier Gebiete wird einmal gezählt (im östlich davon liegenden Gebiet, bei einer Ost-West-Grenze im nördlich davon liegenden).
MODE areal: count_d = Summe von count_s * Fläche(s ∩ d) / Fläche(s), Flächen in einem projizierten KBS.
MODE dasymetric: wie areal, jedoch gewichtet mit der Masse von WEIGHT_RASTER innerhalb jedes Teilstücks (eine Rasterzelle gehört zu dem Teilstück, das ihren Mittelpunkt enthält); Quellen ohne Rastermasse werden ersatzweise nach Fläche verteilt (und gemeldet).
FIELDS_ARE_SHARES: Die Felder sind Anteile (in Prozent oder als Bruchteil, wird erkannt) an TOTAL_FIELD und werden als Anzahlen mit dem Namen &lt;field&gt;_count geschrieben.
Was keinem Gebiet zugeordnet werden kann, geht nach UNMATCHED; ACCOUNTING listet je Feld die Summe der Quelle, die Summe über die Gebiete und die Summe der nicht zugeordneten Elemente auf; die Bilanz geht auf.</translation>
    </message>
</context>
<context>
    <name>LocalMeasures</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="36"/>
        <source>Local measures per district</source>
        <translation>Lokale Maßzahlen je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="38"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="39"/>
        <source>Per-district measures for each group, written to a copy of the district layer: &lt;group&gt;_share, &lt;group&gt;_lq (location quotient, 1 = city average), &lt;group&gt;_dcontrib (contribution to D), local entropy and Simpson interaction; on polygons also local Moran (LISA classes HH/LL/HL/LH/ns with conditional-permutation p-values, queen contiguity) and Getis-Ord Gi*. Values that would reveal fewer than &apos;Minimum count&apos; persons are left empty and the district is marked in the field &apos;suppressed&apos;.</source>
        <translation>Gebietsbezogene Maßzahlen für jede Gruppe, geschrieben in eine Kopie des Gebietslayers: &lt;group&gt;_share, &lt;group&gt;_lq (Lokationsquotient, 1 = gesamtstädtischer Durchschnitt), &lt;group&gt;_dcontrib (Beitrag zu D), lokale Entropie und Simpson-Interaktionsindex; bei Polygonen zusätzlich lokales Moran’s I (LISA-Klassen HH/LL/HL/LH/ns mit p-Werten aus bedingten Permutationen, Nachbarschaft nach dem Queen-Kriterium) und Getis-Ord Gi*. Werte, aus denen weniger Personen als die „Mindestfallzahl“ erkennbar würden, bleiben leer, und das Gebiet wird im Feld „suppressed“ markiert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="49"/>
        <source>Districts (layer with counts)</source>
        <translation>Gebiete (Layer mit Anzahlen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="51"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="53"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="56"/>
        <source>Groups form a partition of the total (add local diversity)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (lokale Diversität ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="59"/>
        <source>Local Moran (LISA) and Getis-Ord Gi* (polygons only)</source>
        <translation>Lokales Moran’s I (LISA) und Getis-Ord Gi* (nur Polygone)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="62"/>
        <source>Permutations for LISA and Gi* p-values</source>
        <translation>Permutationen für die p-Werte von LISA und Gi*</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="65"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="67"/>
        <source>Control the false discovery rate (Benjamini-Hochberg) for LISA classes</source>
        <translation>Falscherkennungsrate (Benjamini-Hochberg) für die LISA-Klassen kontrollieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="70"/>
        <source>Minimum count shown (smaller counts are suppressed)</source>
        <translation>Mindestfallzahl für die Anzeige (kleinere Fallzahlen werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="73"/>
        <source>Districts with local measures</source>
        <translation>Gebiete mit lokalen Maßzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="104"/>
        <source>{n} districts have no neighbour (islands): their LISA class is &apos;ns&apos;.</source>
        <translation>{n} Gebiete haben keine Nachbarn (Inseln): Ihre LISA-Klasse ist „ns“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="107"/>
        <source>No polygons: LISA and Gi* are skipped.</source>
        <translation>Keine Polygone: LISA und Gi* werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="127"/>
        <source>{n} districts have values below the minimum count {m}: suppressed.</source>
        <translation>{n} Gebiete haben Werte unter der Mindestfallzahl {m}: unterdrückt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="108"/>
        <source>Computing the local measures…</source>
        <translation>Lokale Maße werden berechnet…</translation>
    </message>
</context>
<context>
    <name>MapSheet</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="39"/>
        <source>Map sheet (PDF/PNG)</source>
        <translation>Kartenblatt (PDF/PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="41"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="90"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="92"/>
        <source>Indicator field to map</source>
        <translation>Darzustellendes Indikatorfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="95"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="97"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="99"/>
        <source>Source and licence of the data</source>
        <translation>Quelle und Lizenz der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="101"/>
        <source>Note: what was measured, on which units, for which year (default: written from field, layer and year)</source>
        <translation>Anmerkung: was gemessen wurde, auf welchen Raumeinheiten, für welches Jahr (Standard: aus Feld, Layer und Jahr erzeugt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="105"/>
        <source>Year or reference date of the data (for the note)</source>
        <translation>Jahr oder Stichtag der Daten (für die Anmerkung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="107"/>
        <source>Legend title (default from the field)</source>
        <translation>Legendentitel (Standard: aus dem Feld)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="109"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="111"/>
        <source>Number of classes (0 = automatic)</source>
        <translation>Anzahl der Klassen (0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="114"/>
        <source>Suppression field (true = value hidden)</source>
        <translation>Feld für die Geheimhaltung (wahr = Wert ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="117"/>
        <source>Count field for small-count suppression</source>
        <translation>Fallzahlfeld für die Geheimhaltung kleiner Fallzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="121"/>
        <source>Minimum count (districts below it are suppressed)</source>
        <translation>Mindestfallzahl (Gebiete darunter werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="124"/>
        <source>Boundaries drawn on top (optional)</source>
        <translation>Darüber gezeichnete Grenzen (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="127"/>
        <source>PNG resolution (dpi)</source>
        <translation>PNG-Auflösung (dpi)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="130"/>
        <source>Map sheet (PDF)</source>
        <translation>Kartenblatt (PDF)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="132"/>
        <source>Map sheet (PNG)</source>
        <translation>Kartenblatt (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="132"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="135"/>
        <source>Districts hatched (suppressed or no data)</source>
        <translation>Schraffierte Gebiete (unterdrückt oder keine Daten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="137"/>
        <source>Class limits</source>
        <translation>Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="143"/>
        <source>The district layer (INPUT) &apos;{v}&apos; could not be opened.</source>
        <translation>Der Gebietslayer (INPUT) „{v}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="147"/>
        <source>Layer &apos;{l}&apos; is not a polygon layer (it has {g} geometry); a map sheet needs district polygons.</source>
        <translation>Der Layer „{l}“ ist kein Polygonlayer (Geometrietyp: {g}); ein Kartenblatt benötigt Gebietspolygone.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="151"/>
        <source>Layer &apos;{l}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{l}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="158"/>
        <source>Layer &apos;{l}&apos; has no field &apos;{f}&apos; ({r}). Available fields: {a}</source>
        <translation>Der Layer „{l}“ hat kein Feld „{f}“ ({r}). Verfügbare Felder: {a}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="161"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos; ({r}) is not numeric (type {t}).</source>
        <translation>Layer „{l}“, Feld „{f}“ ({r}) ist nicht numerisch (Typ {t}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="177"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: feature {i} has &apos;{v}&apos;, which is neither true nor false.</source>
        <translation>Layer „{l}“, Feld „{f}“: Objekt {i} hat den Wert „{v}“, der weder wahr noch falsch ist.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="188"/>
        <source>No indicator field (FIELD) was given for layer &apos;{l}&apos;.</source>
        <translation>Für den Layer „{l}“ wurde kein Indikatorfeld (FIELD) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="190"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="194"/>
        <source>suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="195"/>
        <source>count</source>
        <translation>Fallzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="198"/>
        <source>CLASSIFICATION must be one of {c}, not &apos;{m}&apos;.</source>
        <translation>CLASSIFICATION muss einer der Werte {c} sein, nicht „{m}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="205"/>
        <source>No PDF file (OUTPUT_PDF) was given.</source>
        <translation>Es wurde keine PDF-Datei (OUTPUT_PDF) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="213"/>
        <source>Reading '{l}'…</source>
        <translation>„{l}“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="253"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos; has no value to map: every district is NULL or suppressed.</source>
        <translation>Layer „{l}“, Feld „{f}“ hat keinen darstellbaren Wert: Jedes Gebiet ist NULL oder unterdrückt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="276"/>
        <source>location quotient '{f}' (share in the district ÷ share in all districts mapped; 1 = average)</source>
        <translation>Lokationsquotient „{f}“ (Anteil im Gebiet ÷ Anteil in allen dargestellten Gebieten; 1 = Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="278"/>
        <source>Location quotient
(1 = average)</source>
        <translation>Lokationsquotient
(1 = Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="280"/>
        <source>share &apos;{f}&apos; in percent</source>
        <translation>Anteil „{f}“ in Prozent</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="281"/>
        <source>Share {f} (%)</source>
        <translation>Anteil {f} (%)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="283"/>
        <source>&apos;{f}&apos;</source>
        <translation>„{f}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="285"/>
        <source>{n} districts of &apos;{l}&apos;</source>
        <translation>{n} Gebiete aus „{l}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="287"/>
        <source>{f} by district</source>
        <translation>{f} nach Gebieten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="291"/>
        <source>Measured: {what}. Units: {units}.</source>
        <translation>Gemessen: {what}. Raumeinheiten: {units}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="293"/>
        <source>Year: {y}.</source>
        <translation>Jahr: {y}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="295"/>
        <source>No YEAR given: the note on the sheet does not say for which year the data are.</source>
        <translation>Kein YEAR angegeben: Die Anmerkung auf dem Blatt gibt nicht an, für welches Jahr die Daten gelten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="297"/>
        <source>Classes: {m}.</source>
        <translation>Klassen: {m}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="300"/>
        <source>No SOURCE_TEXT given: the sheet says &apos;Source: not stated&apos;.</source>
        <translation>Kein SOURCE_TEXT angegeben: Auf dem Blatt steht „Quelle: nicht angegeben“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="301"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="304"/>
        <source>{n} with fewer than {m} in &apos;{f}&apos; (value suppressed)</source>
        <translation>{n} mit weniger als {m} in „{f}“ (Wert unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="307"/>
        <source>{n} marked as suppressed in &apos;{f}&apos;</source>
        <translation>{n} in „{f}“ als unterdrückt markiert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="309"/>
        <source>{n} without a value</source>
        <translation>{n} ohne Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="312"/>
        <source>Hatched: {n} of {t} districts: {parts}.</source>
        <translation>Schraffiert: {n} von {t} Gebieten: {parts}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="314"/>
        <source>Source: {s}</source>
        <translation>Quelle: {s}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="314"/>
        <source>Map: Milieu Atlas (QGIS) · created {d}</source>
        <translation>Karte: Milieu Atlas (QGIS) · erstellt am {d}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="326"/>
        <source>Laying out the sheet…</source>
        <translation>Kartenblatt wird gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="330"/>
        <source>Boundaries: {n}</source>
        <translation>Grenzen: {n}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="338"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="344"/>
        <source>Map sheet written: {p}</source>
        <translation>Kartenblatt geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="346"/>
        <source>PNG written: {p}</source>
        <translation>PNG geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="353"/>
        <source>fixed, symmetric around 1</source>
        <translation>fest, symmetrisch um 1</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="354"/>
        <source>quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="354"/>
        <source>natural breaks (Jenks)</source>
        <translation>natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="355"/>
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
</context>
<context>
    <name>MilieuAtlasDock</name>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="91"/>
        <source>Milieu Atlas</source>
        <translation>Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="129"/>
        <source>Districts</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="134"/>
        <source>Polygon layer of the spatial units (districts, planning areas, blocks, grid cells)</source>
        <translation>Polygonlayer der Raumeinheiten (Bezirke, Planungsräume, Baublöcke, Rasterzellen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="136"/>
        <source>Districts layer</source>
        <translation>Gebietslayer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="139"/>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="143"/>
        <source>Population counts</source>
        <translation>Bevölkerungszahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="148"/>
        <source>None: counts are in the districts layer</source>
        <translation>Keine: Die Anzahlen stehen im Gebietslayer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="150"/>
        <source>Table or layer with the counts, joined to the districts by key. Leave empty when the districts layer has the count fields itself.</source>
        <translation>Tabelle oder Layer mit den Anzahlen, über den Schlüssel mit den Gebieten verknüpft. Lassen Sie das Feld leer, wenn der Gebietslayer die Anzahlfelder selbst enthält.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="153"/>
        <source>Table to join (optional)</source>
        <translation>Zu verknüpfende Tabelle (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="154"/>
        <source>Key field of the table</source>
        <translation>Schlüsselfeld der Tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="160"/>
        <source>Field with the total population of each unit</source>
        <translation>Feld mit der Gesamtbevölkerung jeder Raumeinheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="161"/>
        <source>Total field</source>
        <translation>Feld der Gesamtzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="171"/>
        <source>Count fields of the groups to analyse; the first ticked group is mapped</source>
        <translation>Anzahlfelder der zu analysierenden Gruppen; die erste ausgewählte Gruppe wird in der Karte dargestellt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="173"/>
        <source>Group fields</source>
        <translation>Gruppenfelder</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="177"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="184"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="186"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="189"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="202"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="248"/>
        <source>Print map sheet</source>
        <translation>Kartenblatt drucken</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="250"/>
        <source>A4 map sheet (PDF) of the first group&apos;s location quotient</source>
        <translation>A4-Kartenblatt (PDF) mit dem Lokationsquotienten der ersten Gruppe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="262"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="263"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="264"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="265"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="266"/>
        <source>p value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="267"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="268"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="355"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="382"/>
        <source>Milieu Atlas analysis</source>
        <translation>Analyse mit Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="388"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="412"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="413"/>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="425"/>
        <source>Location quotient {0}</source>
        <translation>Lokationsquotient {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="428"/>
        <source>Could not open the result layer {0}.</source>
        <translation>Der Ergebnislayer {0} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="437"/>
        <source>Could not read the index table: {0}</source>
        <translation>Die Indextabelle konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="461"/>
        <source>The result layer could not be styled: {0}</source>
        <translation>Die Darstellung des Ergebnislayers konnte nicht festgelegt werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="531"/>
        <source>Run the analysis first.</source>
        <translation>Führen Sie zuerst die Analyse aus.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="535"/>
        <source>Algorithm {0} is not available.</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="556"/>
        <source>Map sheet: {0}</source>
        <translation>Kartenblatt: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="205"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="210"/>
        <source>Show the indices of one group or of all groups</source>
        <translation>Die Indizes einer Gruppe oder aller Gruppen anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="441"/>
        <source>Results: {0}</source>
        <translation>Ergebnisse: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="486"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="557"/>
        <source>Map sheet written (PDF).</source>
        <translation>Kartenblatt geschrieben (PDF).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="219"/>
        <source>Mean of the index under random allocation (what small units give by chance)</source>
        <translation>Mittelwert des Index bei zufälliger Verteilung (was kleine Einheiten allein durch Zufall ergeben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="221"/>
        <source>Share of random allocations with an index at least as large</source>
        <translation>Anteil der Zufallsverteilungen mit einem mindestens ebenso großen Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="222"/>
        <source>Number of spatial units used</source>
        <translation>Anzahl der verwendeten räumlichen Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="440"/>
        <source>{0} districts, {1} index values.</source>
        <translation>{0} Gebiete, {1} Indexwerte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="445"/>
        <source>Analysis finished.</source>
        <translation>Analyse abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>SegregationChange</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="47"/>
        <source>Segregation change between two dates</source>
        <translation>Veränderung der Segregation zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="49"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="50"/>
        <source>Compares segregation indices of two dates (or two data sets) on the same units, matched by key: value at A, value at B, difference B − A with a bias-corrected bootstrap confidence interval and a two-sided bootstrap p-value for 'no change'. Units present at only one date are left out and counted in the note.</source>
        <translation>Vergleicht Segregationsindizes zweier Zeitpunkte (oder zweier Datensätze) auf denselben Raumeinheiten, über den Schlüssel zugeordnet: Wert zu A, Wert zu B, Differenz B − A mit einem verzerrungskorrigierten Bootstrap-Konfidenzintervall und einem zweiseitigen Bootstrap-p-Wert für „keine Veränderung“. Raumeinheiten, die nur zu einem Zeitpunkt vorhanden sind, werden ausgelassen und in der Anmerkung gezählt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="58"/>
        <source>Units at date A (earlier)</source>
        <translation>Raumeinheiten zum Zeitpunkt A (früher)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="60"/>
        <source>Unit key at date A</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt A</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="62"/>
        <source>Units at date B (later)</source>
        <translation>Raumeinheiten zum Zeitpunkt B (später)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="64"/>
        <source>Unit key at date B</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt B</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="66"/>
        <source>Total population field (in both)</source>
        <translation>Feld der Gesamtbevölkerung (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="69"/>
        <source>Group count fields (in both)</source>
        <translation>Anzahlfelder der Gruppen (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="72"/>
        <source>Indices (default: D)</source>
        <translation>Indizes (Standard: D)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="74"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="77"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="79"/>
        <source>Change table</source>
        <translation>Veränderungstabelle</translation>
    </message>
</context>
<context>
    <name>SegregationIndices</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="46"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="48"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="62"/>
        <source>Spatial units (layer or table, one row per unit)</source>
        <translation>Raumeinheiten (Layer oder Tabelle, eine Zeile je Raumeinheit)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="65"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="67"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="70"/>
        <source>Groups form a partition of the total (add multigroup indices)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (Mehrgruppenindizes ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="73"/>
        <source>Indices (default: all that apply)</source>
        <translation>Indizes (Standard: alle anwendbaren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="75"/>
        <source>Permutations for the test against random allocation</source>
        <translation>Permutationen für den Test gegen Zufallsverteilung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="78"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="80"/>
        <source>Parent unit field (between/within decomposition)</source>
        <translation>Feld der übergeordneten Raumeinheit (Zerlegung in Anteile zwischen und innerhalb der übergeordneten Einheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="85"/>
        <source>Bootstrap draws for confidence intervals (empty: as many as permutations)</source>
        <translation>Bootstrap-Ziehungen für Konfidenzintervalle (leer: so viele wie Permutationen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="89"/>
        <source>Atkinson shape parameter b</source>
        <translation>Formparameter b des Atkinson-Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="92"/>
        <source>Distance unit of the exp(-d) decay (metres)</source>
        <translation>Distanzeinheit des Abfalls exp(-d) (Meter)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="95"/>
        <source>Kernel bandwidths for HSPATIAL in metres (several: a multiscalar profile, e.g. 500,1000,2000,4000)</source>
        <translation>Kernbandbreiten für HSPATIAL in Metern (mehrere: ein multiskalares Profil, z. B. 500,1000,2000,4000)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="99"/>
        <source>Kernel of HSPATIAL</source>
        <translation>Kernfunktion für HSPATIAL</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="101"/>
        <source>City centre point(s) for centralisation (several: polycentric, distance to the nearest; empty: mean of unit centroids)</source>
        <translation>Punkt(e) des Stadtzentrums für die Zentralisierung (mehrere: polyzentrisch, Abstand zum nächstgelegenen; leer: Mittel der Schwerpunkte der Raumeinheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="105"/>
        <source>Index table</source>
        <translation>Indextabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="139"/>
        <source>{n} units read from &apos;{layer}&apos;.</source>
        <translation>{n} Raumeinheiten aus „{layer}“ gelesen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="49"/>
        <source>City-wide segregation indices for one or more groups, one row per index and group: dissimilarity D, Gini, Theil's H, Atkinson A(0.5), isolation xPx, exposure xPy, correlation ratio eta², and with 'Groups form a partition' the multigroup indices. Spatial indices use the layer's polygons (projected CRS; geographic layers are reprojected). Units with no population are skipped and counted in the note; units with a missing (NULL) count are refused, or with MISSING_VALUES=skip left out and counted in the note. With permutations, the expected value under random allocation (each unit keeps its total, membership drawn with the city share) and a p-value are added.</source>
        <translation>Gesamtstädtische Segregationsindizes für eine oder mehrere Gruppen, eine Zeile je Index und Gruppe: Dissimilaritätsindex D, Gini-Index, Theil-Index H, Atkinson-Index A(0,5), Isolation xPx, Exposition xPy, Korrelationsverhältnis eta² und mit „Gruppen bilden eine Zerlegung“ die Mehrgruppenindizes. Räumliche Indizes verwenden die Polygone des Layers (projiziertes KBS; Layer in geografischen Koordinaten werden umprojiziert). Raumeinheiten ohne Bevölkerung werden übersprungen und in der Anmerkung gezählt; Raumeinheiten mit fehlender Zahl (NULL) werden abgelehnt oder mit MISSING_VALUES=skip ausgelassen und in der Anmerkung gezählt. Mit Permutationen werden der Erwartungswert unter Zufallsverteilung (jede Raumeinheit behält ihre Gesamtzahl, die Gruppenzugehörigkeit wird mit dem gesamtstädtischen Anteil gezogen) und ein p-Wert ergänzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="83"/>
        <source>Units with a missing (NULL) count</source>
        <translation>Raumeinheiten mit fehlender Zahl (NULL)</translation>
    </message>
</context>
<context>
    <name>SegregationLevels</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="28"/>
        <source>Segregation indices at every spatial level</source>
        <translation>Segregationsindizes auf jeder räumlichen Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="30"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="31"/>
        <source>Computes the same segregation indices on several layers (e.g. Planungsräume, Bezirksregionen, Prognoseräume, Bezirke), each with the same total and group fields, and writes them into one table, finest level first, so that the effect of the spatial units (modifiable areal unit problem) is visible. Spatial codes are computed for polygon layers only.</source>
        <translation>Berechnet dieselben Segregationsindizes auf mehreren Layern (z. B. Planungsräume, Bezirksregionen, Prognoseräume, Bezirke), jeweils mit denselben Feldern für Gesamtzahl und Gruppen, und schreibt sie in eine Tabelle, die feinste Ebene zuerst, sodass der Einfluss der Raumeinheiten (Problem der veränderbaren Gebietseinheit, MAUP) sichtbar wird. Räumliche Indizes werden nur für Polygonlayer berechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="40"/>
        <source>Layers, one per spatial level</source>
        <translation>Layer, einer je räumliche Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="42"/>
        <source>Total population field (in every layer)</source>
        <translation>Feld der Gesamtbevölkerung (in jedem Layer)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="44"/>
        <source>Group count fields (in every layer; separated by commas)</source>
        <translation>Anzahlfelder der Gruppen (in jedem Layer; durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="46"/>
        <source>Indices (default: D, GINI, H, A, XPX, XPY, ETA2)</source>
        <translation>Indizes (Standard: D, GINI, H, A, XPX, XPY, ETA2)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="49"/>
        <source>Permutations for the test against random allocation</source>
        <translation>Permutationen für den Test gegen Zufallsverteilung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="52"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="54"/>
        <source>Indices by level</source>
        <translation>Indizes nach Ebene</translation>
    </message>
</context>
</TS>
