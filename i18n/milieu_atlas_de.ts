<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="98"/>
        <source>other districts</source>
        <translation>andere Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="96"/>
        <source>this district</source>
        <translation>dieses Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="224"/>
        <source>{t} · district {k} · page {p} of {n}</source>
        <translation>{t} · Gebiet {k} · Seite {p} von {n}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="274"/>
        <source>Position in the city (frame: detail map)</source>
        <translation>Lage in der Stadt (Rahmen: Detailkarte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="283"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="283"/>
        <source>District</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="356"/>
        <source>Median (all)</source>
        <translation>Median (alle)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="435"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="437"/>
        <source>Page · key · name</source>
        <translation>Seite · Schlüssel · Name</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="652"/>
        <source>The folder &apos;{d}&apos; does not exist.</source>
        <translation>Der Ordner „{d}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/atlas.py" line="683"/>
        <source>Atlas export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der Atlas-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="290"/>
        <source>The legend column is long and reaches the scale bar; shorten LEGEND_TITLE or use fewer classes.</source>
        <translation>Die Legendenspalte ist lang und reicht bis zur Maßstabsleiste; kürzen Sie LEGEND_TITLE oder verwenden Sie weniger Klassen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="299"/>
        <source>Scale 1 : {s}</source>
        <translation>Maßstab 1 : {s}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="314"/>
        <source>The footer text is long and reaches the page edge; shorten NOTE or SOURCE_TEXT.</source>
        <translation>Der Fußzeilentext ist lang und reicht bis an den Seitenrand; kürzen Sie NOTE oder SOURCE_TEXT.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="483"/>
        <source>could not write the file &apos;{f}&apos; (disk full or no permission?)</source>
        <translation>die Datei „{f}“ konnte nicht geschrieben werden (Datenträger voll oder keine Berechtigung?)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="486"/>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="488"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="489"/>
        <source>error code {c}</source>
        <translation>Fehlercode {c}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="502"/>
        <source>The folder &apos;{d}&apos; for &apos;{f}&apos; does not exist.</source>
        <translation>Der Ordner „{d}“ für „{f}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="518"/>
        <source>PDF export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der PDF-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="533"/>
        <source>PNG export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der PNG-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="545"/>
        <source>SVG export to &apos;{f}&apos; failed: {e}</source>
        <translation>Der SVG-Export nach „{f}“ ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="327"/>
        <source>{n} classes requested; a ratio to the average needs an odd number of classes centred at 1, so {m} are drawn.</source>
        <translation>{n} Klassen angefordert; ein Verhältnis zum Durchschnitt erfordert eine ungerade Anzahl von Klassen mit 1 in der Mitte, daher werden {m} dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="343"/>
        <source>(about average)</source>
        <translation>(etwa durchschnittlich)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="873"/>
        <source>There are no values to classify (all are NULL or suppressed).</source>
        <translation>Es gibt keine Werte zum Klassifizieren (alle sind NULL oder unterdrückt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="421"/>
        <source>{n} classes requested; {m} are drawn.</source>
        <translation>{n} Klassen angefordert; {m} werden dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="439"/>
        <source>Only {m} distinct classes could be formed from the values.</source>
        <translation>Aus den Werten konnten nur {m} unterschiedliche Klassen gebildet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="486"/>
        <source>HH: high, neighbours high</source>
        <translation>HH: hoch, Umgebung hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="487"/>
        <source>HL: high, neighbours low</source>
        <translation>HL: hoch, Umgebung niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="488"/>
        <source>LH: low, neighbours high</source>
        <translation>LH: niedrig, Umgebung hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="489"/>
        <source>LL: low, neighbours low</source>
        <translation>LL: niedrig, Umgebung niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="490"/>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="496"/>
        <source>mixed (no dominant milieu)</source>
        <translation>gemischt (kein dominantes Milieu)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="520"/>
        <source>Values without a colour in the model: {v}.</source>
        <translation>Werte ohne Farbe im Modell: {v}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="565"/>
        <source>Unknown kind &apos;{k}&apos;; use one of {ks}.</source>
        <translation>Unbekannte Art „{k}“; verwenden Sie eine der folgenden: {ks}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="567"/>
        <source>Unknown classification &apos;{m}&apos;.</source>
        <translation>Unbekannte Klassifizierung „{m}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="581"/>
        <source>Field &apos;{f}&apos; has negative values; a ratio to the average (LQ) cannot be negative.</source>
        <translation>Das Feld „{f}“ enthält negative Werte; ein Verhältnis zum Durchschnitt (LQ) kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="897"/>
        <source>suppressed / no data</source>
        <translation>unterdrückt / keine Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="810"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="748"/>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="893"/>
        <source>(about unchanged)</source>
        <translation>(etwa unverändert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="35"/>
        <source>residents with a migration background</source>
        <translation>Einwohnerinnen und Einwohner mit Migrationshintergrund</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="38"/>
        <source>foreign residents</source>
        <translation>Ausländerinnen und Ausländer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="40"/>
        <source>German residents</source>
        <translation>Deutsche</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="42"/>
        <source>EU citizens</source>
        <translation>EU-Bürgerinnen und -Bürger</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="44"/>
        <source>residents</source>
        <translation>Einwohnerinnen und Einwohner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="51"/>
        <source>milieu {c}</source>
        <translation>Milieu {c}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="186"/>
        <source>Dominant milieu</source>
        <translation>Dominantes Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="73"/>
        <source>dominant milieu</source>
        <translation>dominantes Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="73"/>
        <source>Colour: the milieu with the largest share in the district; &apos;mixed&apos;: no milieu leads clearly.</source>
        <translation>Farbe: das Milieu mit dem größten Anteil im Gebiet; „gemischt“: kein Milieu führt deutlich.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="77"/>
        <source>District types</source>
        <translation>Gebietstypen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="77"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="77"/>
        <source>district type</source>
        <translation>Gebietstyp</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="77"/>
        <source>Districts of one type have a similar composition.</source>
        <translation>Gebiete eines Typs sind ähnlich zusammengesetzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="81"/>
        <source>Local clusters (LISA): {g}</source>
        <translation>Lokale Cluster (LISA): {g}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="81"/>
        <source>LISA class</source>
        <translation>LISA-Klasse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="81"/>
        <source>local Moran&apos;s I clusters of the share of {g}</source>
        <translation>lokale Moran-I-Cluster des Anteils {g}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="81"/>
        <source>HH: high share among high neighbours, LL: low among low; HL, LH: outliers; ns: not significant.</source>
        <translation>HH: hoher Anteil in hoher Umgebung, LL: niedrig in niedriger; HL, LH: Ausreißer; ns: nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="187"/>
        <source>Untapped participation potential</source>
        <translation>Ungenutztes Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="85"/>
        <source>untapped participation potential (rate)</source>
        <translation>ungenutztes Beteiligungspotenzial (Quote)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="147"/>
        <source>Participation potential</source>
        <translation>Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="89"/>
        <source>participation potential (rate)</source>
        <translation>Beteiligungspotenzial (Quote)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="92"/>
        <source>Participation (status quo)</source>
        <translation>Beteiligung (Status quo)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="92"/>
        <source>participation, status quo (rate)</source>
        <translation>Beteiligung, Status quo (Quote)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="97"/>
        <source>Rate (%)</source>
        <translation>Quote (%)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="101"/>
        <source>Location quotient: {g}</source>
        <translation>Standortquotient: {g}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="101"/>
        <source>Location quotient
(1 = city average)</source>
        <translation>Standortquotient
(1 = Stadtdurchschnitt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="101"/>
        <source>location quotient of {g} (share in the district ÷ share in the city)</source>
        <translation>Standortquotient {g} (Anteil im Gebiet ÷ Anteil in der Stadt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="101"/>
        <source>LQ &gt; 1: share above the city average; LQ &lt; 1: below it.</source>
        <translation>LQ &gt; 1: Anteil über dem Stadtdurchschnitt; LQ &lt; 1: darunter.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="111"/>
        <source>Share: {g}</source>
        <translation>Anteil: {g}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="111"/>
        <source>Share in percent</source>
        <translation>Anteil in Prozent</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="111"/>
        <source>share of {g} in all residents, in percent</source>
        <translation>Anteil {g} an allen Einwohnerinnen und Einwohnern, in Prozent</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="111"/>
        <source>Darker colour: higher share.</source>
        <translation>Dunklere Farbe: höherer Anteil.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="119"/>
        <source>Darker colour: higher value.</source>
        <translation>Dunklere Farbe: höherer Wert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="144"/>
        <source>districts</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/trend_chart.py" line="49"/>
        <source>all groups (multigroup)</source>
        <translation>alle Gruppen (Mehrgruppenindex)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/trend_chart.py" line="55"/>
        <source>boundary change</source>
        <translation>Gebietsreform</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/trend_chart.py" line="63"/>
        <source>Segregation indices over time ({first} – {last})</source>
        <translation>Segregationsindizes im Zeitverlauf ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/trend_chart.py" line="67"/>
        <source>Bands: 95 % bootstrap confidence interval. Before the boundary change the counts were harmonised to the current districts.</source>
        <translation>Bänder: 95-%-Bootstrap-Konfidenzintervall. Vor der Gebietsreform wurden die Zahlen auf die heutigen Gebiete umgerechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="176"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="271"/>
        <source>Choose a districts layer.</source>
        <translation>Wählen Sie einen Gebietslayer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="283"/>
        <source>Choose the key field of the districts layer.</source>
        <translation>Wählen Sie das Schlüsselfeld des Gebietslayers.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="275"/>
        <source>Choose the key field of the table to join.</source>
        <translation>Wählen Sie das Schlüsselfeld der zu verknüpfenden Tabelle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="277"/>
        <source>Choose the total field.</source>
        <translation>Wählen Sie das Feld der Gesamtzahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="279"/>
        <source>Tick at least one group field.</source>
        <translation>Wählen Sie mindestens ein Gruppenfeld aus.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="285"/>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="363"/>
        <source>Joining the table</source>
        <translation>Tabelle wird verknüpft</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="366"/>
        <source>Shares and LQ</source>
        <translation>Anteile und LQ</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="145"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="61"/>
        <source>Could not open layer &apos;{0}&apos; ({1}).</source>
        <translation>Der Layer „{0}“ konnte nicht geöffnet werden ({1}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="122"/>
        <source>Algorithm {0} is not available: is the Milieu Atlas provider loaded?</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar: Ist der Verarbeitungsanbieter von Milieu Atlas geladen?</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="145"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="163"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="324"/>
        <source>Profile of {n} {units}, {y}. LQ = share in the district ÷ share in the city (1 = average); median over the districts with a value. '.' = value suppressed for confidentiality, '–' = nothing there.</source>
        <translation>Profil von {n} {units}, {y}. LQ = Anteil im Gebiet ÷ Anteil in der Stadt (1 = Durchschnitt); Median über die Gebiete mit Wert. „.“ = Wert aus Gründen der Geheimhaltung gesperrt, „–“ = nichts vorhanden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="329"/>
        <source>Profile of {n} {units}. LQ = share in the district ÷ share in the city (1 = average); median over the districts with a value. '.' = value suppressed for confidentiality, '–' = nothing there.</source>
        <translation>Profil von {n} {units}. LQ = Anteil im Gebiet ÷ Anteil in der Stadt (1 = Durchschnitt); Median über die Gebiete mit Wert. „.“ = Wert aus Gründen der Geheimhaltung gesperrt, „–“ = nichts vorhanden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="547"/>
        <source>Source: {s}</source>
        <translation>Quelle: {s}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="544"/>
        <source>Source: MISSING – state the data source and licence (SOURCE_TEXT) before publishing.</source>
        <translation>Quelle: FEHLT – geben Sie vor der Veröffentlichung Datenquelle und Lizenz an (SOURCE_TEXT).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="344"/>
        <source>District profile</source>
        <translation>Gebietsprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="581"/>
        <source>Map: Milieu Atlas (QGIS) · created {d}</source>
        <translation>Karte: Milieu Atlas (QGIS) · erstellt am {d}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="514"/>
        <source>{n} {units}, {year}</source>
        <translation>{n} {units}, {year}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="514"/>
        <source>{n} {units}</source>
        <translation>{n} {units}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="498"/>
        <source>Change – {t}</source>
        <translation>Veränderung – {t}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="499"/>
        <source>Change in percentage points</source>
        <translation>Veränderung in Prozentpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="500"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="501"/>
        <source>change: {what}</source>
        <translation>Veränderung: {what}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="502"/>
        <source>Orange: decrease, blue: increase; middle class: about unchanged.</source>
        <translation>Orange: Abnahme, blau: Zunahme; mittlere Klasse: etwa unverändert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="519"/>
        <source>Measured: {what}, on {n} {units}, {year}. Classes: {method}.</source>
        <translation>Gemessen: {what}, auf {n} {units}, {year}. Klassen: {method}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="523"/>
        <source>Measured: {what}, on {n} {units}. Classes: {method}.</source>
        <translation>Gemessen: {what}, auf {n} {units}. Klassen: {method}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="557"/>
        <source>Total of the districts shown: {v}</source>
        <translation>Summe der dargestellten Gebiete: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="557"/>
        <source>Circle area proportional to the count. Counts are drawn as circles, not as coloured areas, which would let large districts dominate the map.</source>
        <translation>Kreisfläche proportional zur Anzahl. Absolute Zahlen werden als Kreise dargestellt, nicht als eingefärbte Flächen, bei denen große Gebiete das Kartenbild bestimmen würden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="565"/>
        <source>{n} with fewer than {m} in the count (value suppressed)</source>
        <translation>{n} mit weniger als {m} in der Fallzahl (Wert gesperrt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="568"/>
        <source>{n} with fewer than {m} residents (too small for a meaningful value)</source>
        <translation>{n} mit weniger als {m} Einwohnern (zu klein für einen aussagekräftigen Wert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="571"/>
        <source>{n} suppressed for confidentiality</source>
        <translation>{n} aus Gründen der Geheimhaltung gesperrt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="576"/>
        <source>{n} without a value</source>
        <translation>{n} ohne Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="579"/>
        <source>Hatched: {n} of {t} {units}: {parts}.</source>
        <translation>Schraffiert: {n} von {t} {units}: {parts}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="743"/>
        <source>City average: LQ = 1</source>
        <translation>Stadtdurchschnitt: LQ = 1</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="753"/>
        <source>City: {v}</source>
        <translation>Gesamtstadt: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="759"/>
        <source>Median of the districts: {v}</source>
        <translation>Median der Gebiete: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="764"/>
        <source>fixed, symmetric around 1</source>
        <translation>fest, symmetrisch um 1</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="769"/>
        <source>standard deviations (mean {m}, standard deviation {s})</source>
        <translation>Standardabweichungen (Mittelwert {m}, Standardabweichung {s})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="773"/>
        <source>symmetric around 0 (no change)</source>
        <translation>symmetrisch um 0 (keine Veränderung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="775"/>
        <source>circles with an area proportional to the count</source>
        <translation>Kreise mit zur Anzahl proportionaler Fläche</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="776"/>
        <source>quantiles (about equal numbers of districts per class)</source>
        <translation>Quantile (etwa gleich viele Gebiete je Klasse)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="777"/>
        <source>natural breaks (Jenks)</source>
        <translation>natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="778"/>
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="779"/>
        <source>rounded intervals (pretty breaks)</source>
        <translation>gerundete Intervalle (Pretty Breaks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="780"/>
        <source>fixed limits</source>
        <translation>feste Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="781"/>
        <source>one colour per category</source>
        <translation>eine Farbe je Kategorie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="135"/>
        <source>Markers (DIN 55301): '.' value suppressed for confidentiality, '–' nothing there, 'x' no meaningful value.</source>
        <translation>Zeichen (DIN 55301): „.“ Zahlenwert aus Gründen der Geheimhaltung nicht veröffentlicht, „–“ nichts vorhanden, „x“ Aussage nicht sinnvoll.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="137"/>
        <source>Source: {source}; {rows} rows.</source>
        <translation>Quelle: {source}; {rows} Zeilen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="138"/>
        <source>Sheets and charts</source>
        <translation>Kartenblätter und Grafiken</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="139"/>
        <source>Provenance</source>
        <translation>Herkunft der Zahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="140"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="144"/>
        <source>Index series</source>
        <translation>Indexreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="144"/>
        <source>Indices by spatial level</source>
        <translation>Indizes nach räumlicher Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="223"/>
        <source>Accounting</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="146"/>
        <source>Counts, shares and location quotients by period</source>
        <translation>Zahlen, Anteile und Lokalisationsquotienten nach Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="147"/>
        <source>Milieu profiles</source>
        <translation>Milieuprofile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="148"/>
        <source>Local measures</source>
        <translation>Lokale Maße</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="148"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="192"/>
        <source>result table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="199"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="203"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="214"/>
        <source>Input files and tables</source>
        <translation>Eingabedateien und Tabellen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="215"/>
        <source>Parameters of the run</source>
        <translation>Parameter des Laufs</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="216"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="217"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="218"/>
        <source>Suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="218"/>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="85"/>
        <source>Share of the households who would take part but have not (potential minus status quo).</source>
        <translation>Anteil der Haushalte, die sich beteiligen würden, es aber nicht getan haben (Potenzial minus Status quo).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="89"/>
        <source>Share of the households who would take part (potential).</source>
        <translation>Anteil der Haushalte, die sich beteiligen würden (Potenzial).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="92"/>
        <source>Share of the households who have taken part (status quo).</source>
        <translation>Anteil der Haushalte, die sich beteiligt haben (Status quo).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/small_multiples.py" line="66"/>
        <source>no residents</source>
        <translation>keine Einwohner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/small_multiples.py" line="71"/>
        <source>Share of {group}, classes fixed for the whole series</source>
        <translation>Anteil der {group}, Klassen fest für die ganze Zeitreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/small_multiples.py" line="74"/>
        <source>Share of {group} ({first} – {last})</source>
        <translation>Anteil der {group} ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="27"/>
        <source>Milieus: synthetic sample (synthetisch: invented by Milieu Atlas, anchored only to the register of 31.12.2024); participation rates illustrative (illustrativ); geometry: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)</source>
        <translation>Milieus: synthetische Stichprobe (von Milieu Atlas erfunden, nur an das Melderegister vom 31.12.2024 angelehnt); Beteiligungsquoten illustrativ; Geometrie: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="30"/>
        <source>Data: Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik 31.12.2024 (CC BY 3.0 DE); geometry: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)</source>
        <translation>Daten: Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik 31.12.2024 (CC BY 3.0 DE); Geometrie: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="44"/>
        <source>1/9 Joining the register table to the 542 Planungsräume …</source>
        <translation>1/9 Registertabelle mit den 542 Planungsräumen verknüpfen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="52"/>
        <source>2/9 Location quotients per Planungsraum …</source>
        <translation>2/9 Standortquotienten je Planungsraum …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="58"/>
        <source>3/9 Segregation indices …</source>
        <translation>3/9 Segregationsindizes …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="64"/>
        <source>4/9 Map sheet …</source>
        <translation>4/9 Kartenblatt …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="66"/>
        <source>Residents with migration background: location quotient</source>
        <translation>Einwohnerinnen und Einwohner mit Migrationshintergrund: Standortquotient</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="66"/>
        <source>Berlin, 542 Planungsräume (LOR 2021), 31.12.2024 — 1 = city average</source>
        <translation>Berlin, 542 Planungsräume (LOR 2021), 31.12.2024 — 1 = Durchschnitt der Stadt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="74"/>
        <source>joined layer</source>
        <translation>verknüpfter Layer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="75"/>
        <source>location quotients</source>
        <translation>Standortquotienten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="76"/>
        <source>indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="77"/>
        <source>accounting</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="78"/>
        <source>map sheet (PDF)</source>
        <translation>Kartenblatt (PDF)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="79"/>
        <source>map sheet (PNG)</source>
        <translation>Kartenblatt (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="89"/>
        <source>5/9 Milieu localisation (synthetic sample) and density surface …</source>
        <translation>5/9 Milieu-Verortung (synthetische Stichprobe) und Dichteoberfläche …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="97"/>
        <source>6/9 Participation potential (illustrative rates) …</source>
        <translation>6/9 Beteiligungspotenzial (illustrative Quoten) …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="103"/>
        <source>7/9 District typology by milieu composition …</source>
        <translation>7/9 Gebietstypologie nach Milieuzusammensetzung …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="111"/>
        <source>8/9 Map sheet: dominant milieu …</source>
        <translation>8/9 Kartenblatt: vorherrschendes Milieu …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="113"/>
        <source>Dominant migrant milieu (synthetic sample)</source>
        <translation>Vorherrschendes Migrantenmilieu (synthetische Stichprobe)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="113"/>
        <source>Berlin, 542 Planungsräume (LOR 2021) — MIX: lead below 5 percentage points</source>
        <translation>Berlin, 542 Planungsräume (LOR 2021) — MIX: Vorsprung unter 5 Prozentpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="123"/>
        <source>Bezirke</source>
        <translation>Bezirke</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="121"/>
        <source>9/9 Map sheet: untapped participation potential …</source>
        <translation>9/9 Kartenblatt: ungenutztes Beteiligungspotenzial …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="123"/>
        <source>Untapped participation potential (illustrative rates, synthetic sample)</source>
        <translation>Ungenutztes Beteiligungspotenzial (illustrative Quoten, synthetische Stichprobe)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="123"/>
        <source>Berlin, 542 Planungsräume (LOR 2021) — share of migrant households who would take part but have not</source>
        <translation>Berlin, 542 Planungsräume (LOR 2021) — Anteil der Migrantenhaushalte, die sich beteiligen würden, es aber nicht getan haben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="132"/>
        <source>milieu profile</source>
        <translation>Milieuprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="133"/>
        <source>milieu surface</source>
        <translation>Milieudichte</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="134"/>
        <source>dominant milieu raster</source>
        <translation>Raster vorherrschendes Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="135"/>
        <source>participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="136"/>
        <source>participation summary</source>
        <translation>Beteiligung, Übersicht</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="137"/>
        <source>typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="138"/>
        <source>typology profile</source>
        <translation>Typenprofile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="139"/>
        <source>dominant milieu sheet</source>
        <translation>Kartenblatt Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="140"/>
        <source>participation sheet</source>
        <translation>Kartenblatt Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="157"/>
        <source>Milieu Atlas demo finished. Results:</source>
        <translation>Milieu-Atlas-Demo abgeschlossen. Ergebnisse:</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="184"/>
        <source>Location quotient: {0}</source>
        <translation>Standortquotient: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="185"/>
        <source>Share of the population: {0}</source>
        <translation>Anteil an der Bevölkerung: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="188"/>
        <source>District type</source>
        <translation>Gebietstyp</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="281"/>
        <source>Tick at least one index family.</source>
        <translation>Kreuzen Sie mindestens eine Indexfamilie an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="393"/>
        <source>Milieus</source>
        <translation>Milieus</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="398"/>
        <source>Milieu density (households per hectare)</source>
        <translation>Milieudichte (Haushalte je Hektar)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="398"/>
        <source>Dominant milieu (raster)</source>
        <translation>Vorherrschendes Milieu (Raster)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="406"/>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="410"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="97"/>
        <source>&apos;{0}&apos; looks like a percentage, not a count: the indices need counts of people. Choose a count field, or convert the percentage into counts with the total.</source>
        <translation>„{0}“ sieht nach einem Prozentanteil aus, nicht nach einer Anzahl: Die Indizes brauchen Personenzahlen. Wählen Sie ein Anzahlfeld oder rechnen Sie den Anteil mit der Gesamtzahl in Anzahlen um.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/settings.py" line="334"/>
        <source>Percent into counts</source>
        <translation>Prozent in Anzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="334"/>
        <source>&apos;x&apos; = no meaningful value (a share or LQ where the count is 0).</source>
        <translation>„x“ = kein sinnvoller Wert (ein Anteil oder LQ, wo die Fallzahl 0 ist).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="573"/>
        <source>{n} hidden so that no suppressed count follows from the city total (secondary suppression)</source>
        <translation>{n} ausgeblendet, damit sich keine gesperrte Zahl aus der Stadtsumme ergibt (sekundäre Geheimhaltung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="489"/>
        <source>Not inhabited</source>
        <translation>Unbewohnt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/layouts.py" line="411"/>
        <source>The legend is wider than the room beside the map; shorten the class names.</source>
        <translation>Die Legende ist breiter als der Platz neben der Karte; kürzen Sie die Klassennamen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="551"/>
        <source>Colours only on inhabited land ({name}); district boundaries in full.</source>
        <translation>Farben nur auf bewohnten Flächen ({name}); Gebietsgrenzen vollständig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="157"/>
        <source>LISA clusters ({n} permutations, p ≤ {a}, FDR-corrected); ns = not significant.</source>
        <translation>Cluster nach LISA ({n} Permutationen, p ≤ {a}, FDR-korrigiert); ns = nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="159"/>
        <source>LISA clusters ({n} permutations, p ≤ {a}, not FDR-corrected); ns = not significant.</source>
        <translation>Cluster nach LISA ({n} Permutationen, p ≤ {a}, ohne FDR-Korrektur); ns = nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/small_multiples.py" line="68"/>
        <source>suppressed (too few persons)</source>
        <translation>unterdrückt (zu wenige Personen)</translation>
    </message>
</context>
<context>
    <name>DistrictAtlas</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="47"/>
        <source>District atlas (one page per district)</source>
        <translation>Gebietsatlas (eine Seite je Gebiet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="49"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="83"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="85"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="87"/>
        <source>District name field</source>
        <translation>Namensfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="90"/>
        <source>Indicators for the profile table</source>
        <translation>Indikatoren für die Profiltabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="93"/>
        <source>Suppression field (true = values hidden)</source>
        <translation>Feld für die Geheimhaltung (wahr = Werte ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="96"/>
        <source>Count field for small-count suppression</source>
        <translation>Fallzahlfeld für die Geheimhaltung kleiner Fallzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="100"/>
        <source>Minimum count (districts below it are suppressed)</source>
        <translation>Mindestfallzahl (Gebiete darunter werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="103"/>
        <source>Atlas title (default: District profile)</source>
        <translation>Titel des Atlas (Standard: Gebietsprofil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="105"/>
        <source>Source and licence of the data</source>
        <translation>Quelle und Lizenz der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="107"/>
        <source>Year or reference date of the data</source>
        <translation>Jahr oder Stichtag der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="109"/>
        <source>Note (default: written from the fields, units and year)</source>
        <translation>Anmerkung (Standard: aus Feldern, Raumeinheiten und Jahr erzeugt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="112"/>
        <source>Fields of the bar chart (the district against the median)</source>
        <translation>Felder des Balkendiagramms (das Gebiet gegenüber dem Median)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="119"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="120"/>
        <source>Language of the pages</source>
        <translation>Sprache der Seiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="122"/>
        <source>Atlas (single PDF)</source>
        <translation>Atlas (eine einzige PDF-Datei)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="125"/>
        <source>Folder for one PDF per district</source>
        <translation>Ordner für eine PDF-Datei je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="128"/>
        <source>Profile table of every district (CSV or XLSX)</source>
        <translation>Profiltabelle aller Gebiete (CSV oder XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="131"/>
        <source>Pages / files written</source>
        <translation>Geschriebene Seiten / Dateien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="142"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="144"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="147"/>
        <source>No indicator (FIELDS) was given for layer &apos;{l}&apos;.</source>
        <translation>Für den Layer „{l}“ wurde kein Indikator (FIELDS) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="148"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="150"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="152"/>
        <source>suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="154"/>
        <source>count</source>
        <translation>Fallzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="160"/>
        <source>MODE=single needs OUTPUT_PDF.</source>
        <translation>MODE=single erfordert OUTPUT_PDF.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="162"/>
        <source>MODE=per_district needs OUTPUT_FOLDER.</source>
        <translation>MODE=per_district erfordert OUTPUT_FOLDER.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="187"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: feature {i} has no key (NULL).</source>
        <translation>Layer „{l}“, Feld „{f}“: Objekt {i} hat keinen Schlüssel (NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="191"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: key &apos;{k}&apos; occurs more than once.</source>
        <translation>Layer „{l}“, Feld „{f}“: Schlüssel „{k}“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="223"/>
        <source>Keys that give the same file name were numbered: {m}</source>
        <translation>Schlüssel, die denselben Dateinamen ergäben, wurden nummeriert: {m}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="339"/>
        <source>No SOURCE_TEXT given: the pages are marked &apos;source missing&apos; and are not ready to publish.</source>
        <translation>Kein SOURCE_TEXT angegeben: Die Seiten sind als „Quelle fehlt“ markiert und nicht zur Veröffentlichung bereit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="379"/>
        <source>Laying out {n} pages…</source>
        <translation>{n} Seiten werden gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="390"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="404"/>
        <source>Atlas written: {p}</source>
        <translation>Atlas geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="218"/>
        <source>{n} more districts hidden, so that the suppressed ones cannot be recovered from a total (secondary suppression).</source>
        <translation>{n} weitere Gebiete ausgeblendet, damit die gesperrten nicht aus einer Summe zurückgerechnet werden können (sekundäre Geheimhaltung).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="50"/>
        <source>Prints one A4 landscape page per district: a map locating the district among its neighbours, an overview of the whole city, and a profile table of the chosen indicators (value in this district and the median of all districts), with source line, note and date.

INPUT: district polygons; KEY_FIELD: district id (pages are sorted by it); NAME_FIELD: name printed as page title (default: the key); FIELDS: numeric indicators for the profile (ratios *_lq with two decimals, shares *_share in percent).
Confidentiality: SUPPRESS_FIELD and/or COUNT_FIELD with MIN_COUNT (a count above 0 and below it) hide all values of a district; the table shows the DIN 55301 markers '.' (suppressed), '–' (nothing there) and 'x' (no meaningful value: a share or LQ of a district whose count is 0); hidden values do not enter the medians. Where a hidden value could be recovered from a total (a feature holding the sum of the others, e.g. the city, or the city total of a count field, which a yearbook publishes), the smallest other district is hidden as well (secondary suppression).
LANGUAGE: auto (the QGIS language), de or en: texts and number format of the pages.
CHART_FIELDS: a bar chart of these fields per page, the district against the median (one scale per field on every page). OUTPUT_TABLE (CSV or XLSX): the profile table of every district with the same texts and markers as the pages, for a council's annex.
Each page shows its district at a round scale with its neighbours in grey, labelled with their names, a legend of what the map shows and a scale bar of the same width on every page. INHABITED (optional; polygons such as residential blocks, or a raster whose cells above 0 are inhabited): the colours only on inhabited land, the district boundaries in full.
MODE: single (OUTPUT_PDF, one file with all pages) or per_district (OUTPUT_FOLDER, one file district_&lt;key&gt;.pdf per district). Files are written completely or not at all. Runs on the main thread.</source>
        <translation>Druckt für jedes Gebiet eine Seite im Format A4 quer: eine Karte, die das Gebiet zwischen seinen Nachbargebieten verortet, eine Übersichtskarte der ganzen Stadt und eine Profiltabelle der gewählten Indikatoren (Wert in diesem Gebiet und Median aller Gebiete), mit Quellenangabe, Anmerkung und Datum.

INPUT: Gebietspolygone; KEY_FIELD: Gebietsschlüssel (die Seiten werden danach sortiert); NAME_FIELD: Name, der als Seitentitel gedruckt wird (Standard: der Schlüssel); FIELDS: numerische Indikatoren für das Profil (Verhältniszahlen *_lq mit zwei Nachkommastellen, Anteile *_share in Prozent).
Geheimhaltung: SUPPRESS_FIELD und/oder COUNT_FIELD mit MIN_COUNT (eine Fallzahl über 0 und unter diesem Wert) blenden alle Werte eines Gebiets aus; die Tabelle zeigt die Zeichen nach DIN 55301 „.“ (gesperrt), „–“ (nichts vorhanden) und „x“ (Aussage nicht sinnvoll: ein Anteil oder LQ eines Gebiets mit der Fallzahl 0); ausgeblendete Werte gehen nicht in die Mediane ein. Wo ein ausgeblendeter Wert aus einer Summe zurückgerechnet werden könnte (ein Objekt, das die Summe der anderen enthält, z. B. die Stadt, oder die Stadtsumme eines Zählfelds, die ein Jahrbuch veröffentlicht), wird auch das kleinste andere Gebiet ausgeblendet (sekundäre Geheimhaltung).
LANGUAGE: auto (die Sprache von QGIS), de oder en: Texte und Zahlenformat der Seiten.
CHART_FIELDS: ein Balkendiagramm dieser Felder auf jeder Seite, das Gebiet gegenüber dem Median (je Feld ein Maßstab für alle Seiten). OUTPUT_TABLE (CSV oder XLSX): die Profiltabelle aller Gebiete mit denselben Texten und Zeichen wie die Seiten, für den Anhang einer Vorlage.
Jede Seite zeigt ihr Gebiet in einem runden Maßstab mit den Nachbargebieten in Grau, beschriftet mit ihren Namen, eine Legende dessen, was die Karte zeigt, und eine Maßstabsleiste gleicher Breite auf jeder Seite. INHABITED (optional; Polygone wie Wohnblöcke oder ein Raster, dessen Zellen über 0 bewohnt sind): die Farben nur auf bewohnten Flächen, die Gebietsgrenzen vollständig.
MODE: single (OUTPUT_PDF, eine Datei mit allen Seiten) oder per_district (OUTPUT_FOLDER, je Gebiet eine Datei district_&lt;key&gt;.pdf). Die Dateien werden entweder vollständig oder gar nicht geschrieben. Wird im Haupt-Thread ausgeführt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="116"/>
        <source>Inhabited land: colours only there (polygons or raster, optional)</source>
        <translation>Bewohnte Flächen: Farben nur dort (Polygone oder Raster, optional)</translation>
    </message>
</context>
<context>
    <name>DistrictTypology</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="42"/>
        <source>District typology</source>
        <translation>Gebietstypisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="44"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="45"/>
        <source>Groups districts into types by their composition and writes type_id, type_label and type_distance (distance to the type centre divided by the type's root-mean-square distance: about 1 is typical, 2 and more unusual) to a copy of the input.&lt;br&gt;&lt;b&gt;kmeans&lt;/b&gt;: k-means with many k-means++ restarts on the transformed indicators, as the UK Output Area Classification (asinh_range: inverse hyperbolic sine, then scaled to 0-1). Types are numbered by size (1 = largest); the same seed gives the same types, whatever the order of the features.&lt;br&gt;&lt;b&gt;contiguous&lt;/b&gt;: Ward clustering that only merges neighbouring polygons (queen contiguity): every type is one connected region. Districts without a neighbour (islands) stay unclassified; separate areas of the layer get separate types; both are reported.&lt;br&gt;&lt;b&gt;mss&lt;/b&gt;: the index method of Berlin's Monitoring Soziale Stadtentwicklung: status and dynamics indicators (high values = disadvantage) are z-scored, summed and z-scored again; status classes 1 hoch (below -1), 2 mittel, 3 niedrig (above +1), 4 sehr niedrig (above +1.5); dynamics 1 positiv (below -1), 2 stabil, 3 negativ (above +1). type_id = 10 × status + dynamics. Needs no scikit-learn.&lt;br&gt;K = 0 chooses between 2 and 10 types by the silhouette (reported in the log). Districts with an empty (NULL) indicator, or with fewer residents than the minimum population when a population field is given, stay unclassified and are counted. PROFILE lists per type the number of districts, the population, the mean of every indicator and its index score (type mean / mean of all classified districts × 100). kmeans and contiguous need scikit-learn (Debian: python3-sklearn).</source>
        <translation>Fasst Gebiete nach ihrer Zusammensetzung zu Typen zusammen und schreibt type_id, type_label und type_distance (Abstand zum Typzentrum geteilt durch den quadratisch gemittelten Abstand im Typ: etwa 1 ist typisch, 2 und mehr ungewöhnlich) in eine Kopie der Eingabe.&lt;br&gt;&lt;b&gt;kmeans&lt;/b&gt;: k-Means mit vielen k-means++-Neustarts auf den transformierten Indikatoren, wie bei der britischen Output Area Classification (asinh_range: Areasinus hyperbolicus, dann auf 0–1 skaliert). Die Typen sind nach Größe nummeriert (1 = größter); derselbe Startwert ergibt dieselben Typen, unabhängig von der Reihenfolge der Objekte.&lt;br&gt;&lt;b&gt;contiguous&lt;/b&gt;: Ward-Clusterung, die nur benachbarte Polygone zusammenfasst (Queen-Nachbarschaft): Jeder Typ ist eine zusammenhängende Region. Gebiete ohne Nachbarn (Inseln) bleiben unklassifiziert; getrennte Teilflächen des Layers erhalten eigene Typen; beides wird gemeldet.&lt;br&gt;&lt;b&gt;mss&lt;/b&gt;: das Indexverfahren des Berliner Monitorings Soziale Stadtentwicklung: Status- und Dynamikindikatoren (hohe Werte = Benachteiligung) werden z-standardisiert, summiert und erneut z-standardisiert; Statusklassen 1 hoch (unter -1), 2 mittel, 3 niedrig (über +1), 4 sehr niedrig (über +1,5); Dynamik 1 positiv (unter -1), 2 stabil, 3 negativ (über +1). type_id = 10 × Status + Dynamik. Benötigt kein scikit-learn.&lt;br&gt;K = 0 wählt zwischen 2 und 10 Typen nach dem Silhouettenkoeffizienten (im Protokoll ausgegeben). Gebiete mit einem leeren Indikator (NULL) oder – wenn ein Einwohnerfeld angegeben ist – mit weniger Einwohnern als die Mindestzahl bleiben unklassifiziert und werden gezählt. PROFILE enthält je Typ die Zahl der Gebiete, die Einwohnerzahl, den Mittelwert jedes Indikators und seinen Indexwert (Mittelwert des Typs / Mittelwert aller klassifizierten Gebiete × 100). kmeans und contiguous benötigen scikit-learn (Debian: python3-sklearn).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="71"/>
        <source>Districts (layer or table, one row per district)</source>
        <translation>Gebiete (Layer oder Tabelle, eine Zeile je Gebiet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="74"/>
        <source>Indicator fields (kmeans, contiguous; with mss: more profile columns)</source>
        <translation>Indikatorfelder (kmeans, contiguous; bei mss: weitere Spalten im Profil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="78"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="79"/>
        <source>Number of types (0: choose 2-10 by silhouette)</source>
        <translation>Anzahl der Typen (0: 2–10 nach Silhouettenkoeffizient wählen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="82"/>
        <source>k-means restarts</source>
        <translation>Neustarts von k-Means</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="85"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="87"/>
        <source>Transformation of the indicators</source>
        <translation>Transformation der Indikatoren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="89"/>
        <source>Status indicators (mss; high = disadvantage)</source>
        <translation>Statusindikatoren (mss; hoch = Benachteiligung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="92"/>
        <source>Dynamics indicators (mss; high = worsening)</source>
        <translation>Dynamikindikatoren (mss; hoch = Verschlechterung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="95"/>
        <source>Population field (optional)</source>
        <translation>Einwohnerfeld (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="98"/>
        <source>Minimum population (smaller districts stay unclassified)</source>
        <translation>Mindesteinwohnerzahl (kleinere Gebiete bleiben unklassifiziert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="101"/>
        <source>Districts with types</source>
        <translation>Gebiete mit Typen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="103"/>
        <source>Type profiles</source>
        <translation>Typprofile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="105"/>
        <source>Number of types</source>
        <translation>Anzahl der Typen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="106"/>
        <source>Silhouette of the chosen number of types (K = 0)</source>
        <translation>Silhouettenkoeffizient der gewählten Typenzahl (K = 0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="108"/>
        <source>Silhouette of every number of types tried (K = 0)</source>
        <translation>Silhouettenkoeffizient jeder geprüften Typenzahl (K = 0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="110"/>
        <source>Classified districts</source>
        <translation>Klassifizierte Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="111"/>
        <source>Unclassified districts (NULL, small population, islands)</source>
        <translation>Unklassifizierte Gebiete (NULL, geringe Einwohnerzahl, Inseln)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="113"/>
        <source>Districts without a neighbour (contiguous)</source>
        <translation>Gebiete ohne Nachbarn (contiguous)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="115"/>
        <source>Separate areas of the layer (contiguous)</source>
        <translation>Getrennte Teilflächen des Layers (contiguous)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="117"/>
        <source>Within-type sum of squares (transformed indicators)</source>
        <translation>Quadratsumme innerhalb der Typen (transformierte Indikatoren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="123"/>
        <source>high share of {names}</source>
        <translation>hoher Anteil {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="124"/>
        <source>low share of {names}</source>
        <translation>niedriger Anteil {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="125"/>
        <source>average composition</source>
        <translation>durchschnittliche Zusammensetzung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="126"/>
        <source>{label} (type {id})</source>
        <translation>{label} (Typ {id})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="127"/>
        <source>Status {status}, dynamics {dynamics}</source>
        <translation>Status {status}, Dynamik {dynamics}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="128"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="129"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="130"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="131"/>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="132"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="133"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="134"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="176"/>
        <source>No population field: no district is left out for a small population (the MSS leaves out those below 300).</source>
        <translation>Kein Einwohnerfeld: Kein Gebiet wird wegen geringer Einwohnerzahl ausgelassen (das MSS lässt Gebiete unter 300 Einwohnern aus).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="243"/>
        <source>{n} districts consist of several parts (features {ids}): a district is a neighbour of every district one of its parts touches, so a type may reach across the gap between its parts.</source>
        <translation>{n} Gebiete bestehen aus mehreren Teilen (Objekte {ids}): Ein Gebiet ist Nachbar jedes Gebiets, das einer seiner Teile berührt; ein Typ kann daher über die Lücke zwischen seinen Teilen reichen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="254"/>
        <source>{n} districts have an empty (NULL) indicator and stay unclassified (features {ids}).</source>
        <translation>{n} Gebiete haben einen leeren Indikator (NULL) und bleiben unklassifiziert (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="259"/>
        <source>{n} districts have fewer than {m} residents in &apos;{field}&apos; and stay unclassified (features {ids}).</source>
        <translation>{n} Gebiete haben laut „{field}“ weniger als {m} Einwohner und bleiben unklassifiziert (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="265"/>
        <source>{n} districts have no classified neighbour (islands) and stay unclassified: a contiguous type cannot include them (features {ids}).</source>
        <translation>{n} Gebiete haben keinen klassifizierten Nachbarn (Inseln) und bleiben unklassifiziert: Ein zusammenhängender Typ kann sie nicht einschließen (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="270"/>
        <source>The districts form {n} separate areas; each gets its own types, no type crosses between them.</source>
        <translation>Die Gebiete bilden {n} getrennte Teilflächen; jede erhält eigene Typen, kein Typ reicht über mehrere.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="274"/>
        <source>K = {k}: silhouette {s:.4f}</source>
        <translation>K = {k}: Silhouettenkoeffizient {s:.4f}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="276"/>
        <source>K = {k} chosen (highest silhouette).</source>
        <translation>K = {k} gewählt (höchster Silhouettenkoeffizient).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="278"/>
        <source>The silhouettes are estimated on a random sample of {n} districts (seeded).</source>
        <translation>Die Silhouettenkoeffizienten werden an einer Zufallsstichprobe von {n} Gebieten geschätzt (mit festem Startwert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="282"/>
        <source>METHOD=mss has fixed classes: K is ignored.</source>
        <translation>METHOD=mss hat feste Klassen: K wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="283"/>
        <source>{n} districts in {k} types.</source>
        <translation>{n} Gebiete in {k} Typen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="333"/>
        <source>all classified districts</source>
        <translation>alle klassifizierten Gebiete</translation>
    </message>
</context>
<context>
    <name>IndexNames</name>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="8"/>
        <source>Dissimilarity</source>
        <translation>Segregationsindex (Dissimilarität)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="8"/>
        <source>Share of the group that would have to move to another unit for it to be spread like everyone else (0 = even, 1 = completely apart).</source>
        <translation>Anteil der Gruppe, der in eine andere Einheit umziehen müsste, damit sie wie alle anderen verteilt ist (0 = gleich verteilt, 1 = völlig getrennt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="10"/>
        <source>Gini coefficient</source>
        <translation>Gini-Koeffizient</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="10"/>
        <source>Mean difference of the group&apos;s share between all pairs of units, weighted by population (0 = even, 1 = maximal unevenness).</source>
        <translation>Mittlerer Unterschied des Gruppenanteils zwischen allen Paaren von Einheiten, nach Bevölkerung gewichtet (0 = gleich verteilt, 1 = größte Ungleichheit).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="12"/>
        <source>Entropy (Theil&apos;s H)</source>
        <translation>Entropie (Theils H)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="12"/>
        <source>How much less mixed the units are than the city as a whole (0 = every unit as mixed as the city, 1 = each unit holds one group only).</source>
        <translation>Wie viel weniger gemischt die Einheiten sind als die ganze Stadt (0 = jede Einheit so gemischt wie die Stadt, 1 = jede Einheit nur mit einer Gruppe).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="14"/>
        <source>Atkinson index</source>
        <translation>Atkinson-Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="14"/>
        <source>Unevenness with a chosen weight on units where the group is under- or over-represented (shape parameter b).</source>
        <translation>Ungleichverteilung mit wählbarem Gewicht auf Einheiten, in denen die Gruppe unter- oder überrepräsentiert ist (Formparameter b).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="16"/>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="16"/>
        <source>Share of the group among the neighbours of an average member of the group in the same unit.</source>
        <translation>Anteil der Gruppe unter den Nachbarn eines durchschnittlichen Gruppenmitglieds in derselben Einheit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="18"/>
        <source>Exposure to the others</source>
        <translation>Kontakt mit den anderen (Exposition)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="18"/>
        <source>Share of the rest of the population among the neighbours of an average member of the group in the same unit.</source>
        <translation>Anteil der übrigen Bevölkerung unter den Nachbarn eines durchschnittlichen Gruppenmitglieds in derselben Einheit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="20"/>
        <source>Correlation ratio (eta²)</source>
        <translation>Korrelationsverhältnis (Eta²)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="20"/>
        <source>Isolation corrected for the group&apos;s size in the city (0 = no isolation beyond chance).</source>
        <translation>Isolation, bereinigt um die Größe der Gruppe in der Stadt (0 = keine Isolation über den Zufall hinaus).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="22"/>
        <source>Concentration (Delta)</source>
        <translation>Konzentration (Delta)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="22"/>
        <source>Share of the group that would have to move to have the same density as everyone else (land area of the units).</source>
        <translation>Anteil der Gruppe, der umziehen müsste, um dieselbe Dichte wie alle anderen zu haben (Fläche der Einheiten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="24"/>
        <source>Absolute concentration</source>
        <translation>Absolute Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="24"/>
        <source>How much of the city&apos;s smallest units the group occupies compared with the largest possible concentration (land area of the units).</source>
        <translation>Wie stark die Gruppe die kleinsten Einheiten der Stadt einnimmt, verglichen mit der größtmöglichen Konzentration (Fläche der Einheiten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="26"/>
        <source>Relative concentration</source>
        <translation>Relative Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="26"/>
        <source>Space occupied by the group compared with the rest of the population (−1 to 1; above 0: more concentrated).</source>
        <translation>Von der Gruppe eingenommener Raum im Vergleich zur übrigen Bevölkerung (−1 bis 1; über 0: stärker konzentriert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="28"/>
        <source>Absolute centralisation</source>
        <translation>Absolute Zentralisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="28"/>
        <source>How close to the city centre the group lives compared with the land area around the centre.</source>
        <translation>Wie nah die Gruppe am Stadtzentrum wohnt, verglichen mit der Fläche um das Zentrum.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="30"/>
        <source>Relative centralisation</source>
        <translation>Relative Zentralisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="30"/>
        <source>How close to the city centre the group lives compared with the rest of the population (−1 to 1).</source>
        <translation>Wie nah die Gruppe am Stadtzentrum wohnt, verglichen mit der übrigen Bevölkerung (−1 bis 1).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="32"/>
        <source>Absolute clustering</source>
        <translation>Absolute Clusterbildung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="32"/>
        <source>How much units with the group lie next to other units with the group (distance decay).</source>
        <translation>Wie sehr Einheiten mit der Gruppe neben anderen Einheiten mit der Gruppe liegen (Distanzabnahme).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="34"/>
        <source>Relative clustering</source>
        <translation>Relative Clusterbildung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="34"/>
        <source>Clustering of the group compared with the clustering of the rest of the population (0 = the same).</source>
        <translation>Clusterbildung der Gruppe im Vergleich zur Clusterbildung der übrigen Bevölkerung (0 = gleich).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="36"/>
        <source>Spatial proximity</source>
        <translation>Räumliche Nähe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="36"/>
        <source>Mean proximity among members of the group and among the others, compared with the proximity of everyone (1 = no clustering).</source>
        <translation>Mittlere Nähe unter Gruppenmitgliedern und unter den anderen, verglichen mit der Nähe aller (1 = keine Clusterbildung).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="38"/>
        <source>Dissimilarity adjusted for neighbours (Morrill)</source>
        <translation>Dissimilarität, bereinigt um Nachbarn (Morrill)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="38"/>
        <source>Dissimilarity reduced by the differences between neighbouring units (units with a shared boundary).</source>
        <translation>Dissimilarität, vermindert um die Unterschiede zwischen benachbarten Einheiten (Einheiten mit gemeinsamer Grenze).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="40"/>
        <source>Dissimilarity adjusted for boundary length (Wong)</source>
        <translation>Dissimilarität, bereinigt um Grenzlängen (Wong)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="40"/>
        <source>Dissimilarity reduced by differences across shared boundaries, weighted by their length.</source>
        <translation>Dissimilarität, vermindert um Unterschiede über gemeinsame Grenzen, gewichtet nach deren Länge.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="42"/>
        <source>Dissimilarity adjusted for boundary and shape (Wong)</source>
        <translation>Dissimilarität, bereinigt um Grenzen und Form (Wong)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="42"/>
        <source>Like the boundary-length adjustment, with the shape (perimeter to area) of the units as well.</source>
        <translation>Wie die Bereinigung um Grenzlängen, zusätzlich mit der Form (Umfang zu Fläche) der Einheiten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="44"/>
        <source>Distance-decay isolation</source>
        <translation>Isolation mit Distanzabnahme</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="44"/>
        <source>Isolation where neighbours in nearby units count too, less the further away they live.</source>
        <translation>Isolation, bei der auch Nachbarn in nahen Einheiten zählen, umso weniger, je weiter entfernt sie wohnen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="46"/>
        <source>Distance-decay exposure</source>
        <translation>Exposition mit Distanzabnahme</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="46"/>
        <source>Exposure to the others where people in nearby units count too, less the further away they live.</source>
        <translation>Kontakt mit den anderen, bei dem auch Menschen in nahen Einheiten zählen, umso weniger, je weiter entfernt sie wohnen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="48"/>
        <source>Spatial entropy</source>
        <translation>Räumliche Entropie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="48"/>
        <source>Entropy index of the local surroundings within the kernel bandwidth instead of the units.</source>
        <translation>Entropieindex der lokalen Umgebung innerhalb der Kernel-Bandbreite statt der Einheiten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="50"/>
        <source>Multigroup dissimilarity</source>
        <translation>Mehrgruppen-Dissimilarität</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="50"/>
        <source>Dissimilarity of all groups at once: share of the population that would have to move for every unit to mirror the city.</source>
        <translation>Dissimilarität aller Gruppen zugleich: Anteil der Bevölkerung, der umziehen müsste, damit jede Einheit die Stadt widerspiegelt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="52"/>
        <source>Multigroup Gini</source>
        <translation>Mehrgruppen-Gini</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="52"/>
        <source>The Gini coefficient of all groups at once.</source>
        <translation>Der Gini-Koeffizient aller Gruppen zugleich.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="54"/>
        <source>Multigroup entropy (Theil&apos;s H)</source>
        <translation>Mehrgruppen-Entropie (Theils H)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="54"/>
        <source>How much less diverse the units are than the city, for all groups at once.</source>
        <translation>Wie viel weniger vielfältig die Einheiten sind als die Stadt, für alle Gruppen zugleich.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="56"/>
        <source>Mutual information</source>
        <translation>Transinformation (M-Index)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="56"/>
        <source>Information the unit gives about a person&apos;s group (M index; splits into between and within parts of levels).</source>
        <translation>Information, die die Einheit über die Gruppe einer Person gibt (M-Index; zerfällt in Anteile zwischen und innerhalb von Ebenen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="58"/>
        <source>Normalised exposure</source>
        <translation>Normierte Exposition</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="58"/>
        <source>Mean exposure of each group to the others, normalised by what an even city gives.</source>
        <translation>Mittlere Exposition jeder Gruppe gegenüber den anderen, normiert auf den Wert einer gleich verteilten Stadt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="60"/>
        <source>Squared coefficient of variation</source>
        <translation>Quadrierter Variationskoeffizient</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="60"/>
        <source>Variation of the groups&apos; shares across units relative to their city shares.</source>
        <translation>Streuung der Gruppenanteile über die Einheiten im Verhältnis zu ihren Anteilen in der Stadt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="62"/>
        <source>Relative diversity</source>
        <translation>Relative Vielfalt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="62"/>
        <source>How much less diverse (Simpson) the units are than the city.</source>
        <translation>Wie viel weniger vielfältig (Simpson) die Einheiten sind als die Stadt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="64"/>
        <source>Segregation of all groups (variance ratio)</source>
        <translation>Segregation aller Gruppen (Varianzverhältnis)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="64"/>
        <source>Share of the variance of group membership that lies between units.</source>
        <translation>Anteil der Varianz der Gruppenzugehörigkeit, der zwischen den Einheiten liegt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="66"/>
        <source>Multigroup isolation</source>
        <translation>Mehrgruppen-Isolation</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="66"/>
        <source>Mean isolation of the groups, weighted by their size.</source>
        <translation>Mittlere Isolation der Gruppen, gewichtet nach ihrer Größe.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="68"/>
        <source>Diversity of the city</source>
        <translation>Vielfalt der Stadt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="68"/>
        <source>Entropy of the city&apos;s group composition (how diverse the city is as a whole, not how segregated).</source>
        <translation>Entropie der Gruppenzusammensetzung der Stadt (wie vielfältig die Stadt als Ganzes ist, nicht wie segregiert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="70"/>
        <source>Mutual information between parent units</source>
        <translation>Transinformation zwischen übergeordneten Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="70"/>
        <source>Part of the mutual information that lies between the parent units (e.g. Bezirke).</source>
        <translation>Teil der Transinformation, der zwischen den übergeordneten Einheiten (z. B. Bezirken) liegt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="72"/>
        <source>Mutual information within parent units</source>
        <translation>Transinformation innerhalb übergeordneter Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="72"/>
        <source>Part of the mutual information that lies within the parent units (between their smaller units).</source>
        <translation>Teil der Transinformation, der innerhalb der übergeordneten Einheiten (zwischen ihren kleineren Einheiten) liegt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="74"/>
        <source>Entropy between parent units</source>
        <translation>Entropie zwischen übergeordneten Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="74"/>
        <source>Part of the multigroup entropy index that lies between the parent units (e.g. Bezirke).</source>
        <translation>Teil des Mehrgruppen-Entropieindex, der zwischen den übergeordneten Einheiten (z. B. Bezirken) liegt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="76"/>
        <source>Entropy within parent units</source>
        <translation>Entropie innerhalb übergeordneter Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="76"/>
        <source>Part of the multigroup entropy index that lies within the parent units.</source>
        <translation>Teil des Mehrgruppen-Entropieindex, der innerhalb der übergeordneten Einheiten liegt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="82"/>
        <source>Evenness and exposure</source>
        <translation>Gleichverteilung und Kontakt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="84"/>
        <source>Spatial indices</source>
        <translation>Räumliche Indizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/index_names.py" line="87"/>
        <source>All groups together</source>
        <translation>Alle Gruppen zusammen</translation>
    </message>
</context>
<context>
    <name>JoinToDistricts</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="35"/>
        <source>Join data to districts</source>
        <translation>Daten mit Gebieten verknüpfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="37"/>
        <source>Data preparation</source>
        <translation>Datenaufbereitung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="38"/>
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
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="56"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="58"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="60"/>
        <source>Source layer or table</source>
        <translation>Quelllayer oder -tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="62"/>
        <source>Join mode</source>
        <translation>Verknüpfungsmodus</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="63"/>
        <source>Source key field (key mode)</source>
        <translation>Schlüsselfeld der Quelle (Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="66"/>
        <source>Count or share fields to carry</source>
        <translation>Zu übernehmende Anzahl- oder Anteilsfelder</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="69"/>
        <source>Total field</source>
        <translation>Feld der Gesamtzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="71"/>
        <source>Fields are shares of the total (percent or fraction)</source>
        <translation>Felder sind Anteile an der Gesamtzahl (Prozent oder Bruchteil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="74"/>
        <source>Weight raster (dasymetric mode)</source>
        <translation>Gewichtungsraster (Modus dasymetric)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="76"/>
        <source>Invalid geometries</source>
        <translation>Ungültige Geometrien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="78"/>
        <source>Unit of the shares</source>
        <translation>Einheit der Anteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="79"/>
        <source>Category field (long table, key mode)</source>
        <translation>Kategoriefeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="82"/>
        <source>Value field (long table, key mode)</source>
        <translation>Wertfeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="85"/>
        <source>Categories to carry (long table; comma separated, empty = all)</source>
        <translation>Zu übernehmende Kategorien (lange Tabelle; durch Kommas getrennt, leer = alle)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="92"/>
        <source>Districts with joined fields</source>
        <translation>Gebiete mit verknüpften Feldern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="94"/>
        <source>Unmatched source rows, points or pieces</source>
        <translation>Nicht zugeordnete Quellzeilen, Punkte oder Teilstücke</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="97"/>
        <source>Accounting table</source>
        <translation>Bilanztabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="146"/>
        <source>Reading districts…</source>
        <translation>Gebiete werden gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="202"/>
        <source>Accounting (source = districts + unmatched):</source>
        <translation>Bilanz (Quelle = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="206"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>LocalMeasures</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="34"/>
        <source>Local measures per district</source>
        <translation>Lokale Maßzahlen je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="36"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="53"/>
        <source>Districts (layer with counts)</source>
        <translation>Gebiete (Layer mit Anzahlen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="55"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="57"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="60"/>
        <source>Groups form a partition of the total (add local diversity)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (lokale Diversität ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="63"/>
        <source>Local Moran (LISA) and Getis-Ord Gi* (polygons only)</source>
        <translation>Lokales Moran’s I (LISA) und Getis-Ord Gi* (nur Polygone)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="66"/>
        <source>Permutations for LISA and Gi* p-values</source>
        <translation>Permutationen für die p-Werte von LISA und Gi*</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="69"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="71"/>
        <source>Control the false discovery rate (Benjamini-Hochberg) for LISA classes</source>
        <translation>Falscherkennungsrate (Benjamini-Hochberg) für die LISA-Klassen kontrollieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="74"/>
        <source>Minimum count shown (smaller counts are suppressed)</source>
        <translation>Mindestfallzahl für die Anzeige (kleinere Fallzahlen werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="80"/>
        <source>Districts with local measures</source>
        <translation>Gebiete mit lokalen Maßzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="112"/>
        <source>{n} districts have no neighbour (islands): their LISA class is &apos;ns&apos;.</source>
        <translation>{n} Gebiete haben keine Nachbarn (Inseln): Ihre LISA-Klasse ist „ns“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="115"/>
        <source>No polygons: LISA and Gi* are skipped.</source>
        <translation>Keine Polygone: LISA und Gi* werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="116"/>
        <source>Computing the local measures…</source>
        <translation>Lokale Maße werden berechnet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="133"/>
        <source>{n} districts have values below the minimum count {m}: suppressed.</source>
        <translation>{n} Gebiete haben Werte unter der Mindestfallzahl {m}: unterdrückt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="77"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="37"/>
        <source>Per-district measures for each group, written to a copy of the district layer: &lt;group&gt;_share, &lt;group&gt;_lq (location quotient, 1 = city average), &lt;group&gt;_dcontrib (contribution to D), local entropy and Simpson interaction; on polygons also local Moran (LISA classes HH/LL/HL/LH/ns with conditional-permutation p-values, queen contiguity) and Getis-Ord Gi*; every feature then records the LISA settings in lisa_permutations, lisa_alpha (significance level, 0.05) and lisa_fdr (true with FDR), which the map sheet states. Values that would reveal fewer than &apos;Minimum count&apos; persons are left empty (every derived value of that group: share, LQ, contribution, entropy, LISA, Gi*) and the district is marked per group in &apos;&lt;group&gt;_suppressed&apos;; &apos;suppressed&apos; is true where any group is hidden. Counts of 0 are shown. The layer keeps the counts (total and groups) for later steps; with MASK_COUNTS they are left empty too in every district where &apos;suppressed&apos; is true.</source>
        <translation>Gebietsbezogene Maßzahlen für jede Gruppe, geschrieben in eine Kopie des Gebietslayers: &lt;group&gt;_share, &lt;group&gt;_lq (Standortquotient, 1 = gesamtstädtischer Durchschnitt), &lt;group&gt;_dcontrib (Beitrag zu D), lokale Entropie und Simpson-Interaktionsindex; bei Polygonen zusätzlich lokales Moran’s I (LISA-Klassen HH/LL/HL/LH/ns mit p-Werten aus bedingten Permutationen, Nachbarschaft nach dem Queen-Kriterium) und Getis-Ord Gi*; jedes Objekt hält dann die LISA-Einstellungen in lisa_permutations, lisa_alpha (Signifikanzniveau, 0,05) und lisa_fdr (wahr mit FDR-Korrektur) fest, die das Kartenblatt angibt. Werte, aus denen weniger Personen als die „Mindestfallzahl“ erkennbar würden, bleiben leer (jeder abgeleitete Wert dieser Gruppe: Anteil, LQ, Beitrag, Entropie, LISA, Gi*), und das Gebiet wird je Gruppe im Feld „&lt;group&gt;_suppressed“ markiert; „suppressed“ ist wahr, wo irgendeine Gruppe gesperrt ist. Fallzahlen von 0 werden angezeigt. Die Ebene behält die Fallzahlen (Gesamtzahl und Gruppen) für weitere Schritte; mit MASK_COUNTS bleiben sie in jedem Gebiet leer, in dem „suppressed“ wahr ist.</translation>
    </message>
</context>
<context>
    <name>MapSheet</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="64"/>
        <source>Map sheet (PDF/PNG)</source>
        <translation>Kartenblatt (PDF/PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="66"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="165"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="167"/>
        <source>Indicator field to map</source>
        <translation>Darzustellendes Indikatorfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="170"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="172"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="174"/>
        <source>Source and licence of the data</source>
        <translation>Quelle und Lizenz der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="176"/>
        <source>Note: what was measured, on which units, for which year (default: written from field, layer and year)</source>
        <translation>Anmerkung: was gemessen wurde, auf welchen Raumeinheiten, für welches Jahr (Standard: aus Feld, Layer und Jahr erzeugt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="180"/>
        <source>Year or reference date of the data (for the note)</source>
        <translation>Jahr oder Stichtag der Daten (für die Anmerkung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="182"/>
        <source>Legend title (default from the field)</source>
        <translation>Legendentitel (Standard: aus dem Feld)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="184"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="186"/>
        <source>Number of classes (0 = automatic)</source>
        <translation>Anzahl der Klassen (0 = automatisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="189"/>
        <source>Class limits for CLASSIFICATION=fixed (e.g. 0.1,0.2,0.3)</source>
        <translation>Klassengrenzen für CLASSIFICATION=fixed (z. B. 0.1,0.2,0.3)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="192"/>
        <source>Language of the sheet</source>
        <translation>Sprache des Kartenblatts</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="194"/>
        <source>Layout template: a4_landscape, a4_portrait, a3_landscape or the path of your own .qpt</source>
        <translation>Layoutvorlage: a4_landscape, a4_portrait, a3_landscape oder der Pfad Ihrer eigenen .qpt-Datei</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="197"/>
        <source>Suppression field (true = value hidden)</source>
        <translation>Feld für die Geheimhaltung (wahr = Wert ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="200"/>
        <source>Count field for small-count suppression</source>
        <translation>Fallzahlfeld für die Geheimhaltung kleiner Fallzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="204"/>
        <source>Minimum count (districts below it are suppressed)</source>
        <translation>Mindestfallzahl (Gebiete darunter werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="207"/>
        <source>Population field (small units left out of the classes)</source>
        <translation>Einwohnerfeld (kleine Gebiete bleiben ohne Klasse)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="211"/>
        <source>Minimum population for a class colour</source>
        <translation>Mindestzahl Einwohner für eine Klassenfarbe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="214"/>
        <source>Boundaries drawn on top (optional)</source>
        <translation>Darüber gezeichnete Grenzen (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="217"/>
        <source>Earlier value of the indicator (maps the change FIELD minus this field)</source>
        <translation>Früherer Wert des Indikators (dargestellt wird die Veränderung FIELD minus dieses Feld)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="222"/>
        <source>Milieu model (names and colours of the milieus)</source>
        <translation>Milieumodell (Namen und Farben der Milieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="225"/>
        <source>Labels: field with the district names (optional)</source>
        <translation>Beschriftung: Feld mit den Gebietsnamen (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="228"/>
        <source>Name of the boundaries in the legend (e.g. Bezirke)</source>
        <translation>Name der Grenzen in der Legende (z. B. Bezirke)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="236"/>
        <source>PNG resolution (dpi)</source>
        <translation>PNG-Auflösung (dpi)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="239"/>
        <source>Map sheet (PDF)</source>
        <translation>Kartenblatt (PDF)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="239"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="241"/>
        <source>Map sheet (PNG)</source>
        <translation>Kartenblatt (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="241"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="244"/>
        <source>Map sheet (SVG)</source>
        <translation>Kartenblatt (SVG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="244"/>
        <source>SVG files (*.svg)</source>
        <translation>SVG-Dateien (*.svg)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="247"/>
        <source>Districts hatched (suppressed or no data)</source>
        <translation>Schraffierte Gebiete (unterdrückt oder keine Daten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="249"/>
        <source>Class limits</source>
        <translation>Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="255"/>
        <source>The district layer (INPUT) &apos;{v}&apos; could not be opened.</source>
        <translation>Der Gebietslayer (INPUT) „{v}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="259"/>
        <source>Layer &apos;{l}&apos; is not a polygon layer (it has {g} geometry); a map sheet needs district polygons.</source>
        <translation>Der Layer „{l}“ ist kein Polygonlayer (Geometrietyp: {g}); ein Kartenblatt benötigt Gebietspolygone.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="263"/>
        <source>Layer &apos;{l}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{l}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="270"/>
        <source>Layer &apos;{l}&apos; has no field &apos;{f}&apos; ({r}). Available fields: {a}</source>
        <translation>Der Layer „{l}“ hat kein Feld „{f}“ ({r}). Verfügbare Felder: {a}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="273"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos; ({r}) is not numeric (type {t}).</source>
        <translation>Layer „{l}“, Feld „{f}“ ({r}) ist nicht numerisch (Typ {t}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="289"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: feature {i} has &apos;{v}&apos;, which is neither true nor false.</source>
        <translation>Layer „{l}“, Feld „{f}“: Objekt {i} hat den Wert „{v}“, der weder wahr noch falsch ist.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="307"/>
        <source>No indicator field (FIELD) was given for layer &apos;{l}&apos;.</source>
        <translation>Für den Layer „{l}“ wurde kein Indikatorfeld (FIELD) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="311"/>
        <source>CLASSIFICATION must be one of {c}, not &apos;{m}&apos;.</source>
        <translation>CLASSIFICATION muss einer der Werte {c} sein, nicht „{m}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="316"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="322"/>
        <source>suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="323"/>
        <source>count</source>
        <translation>Fallzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="324"/>
        <source>population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="326"/>
        <source>labels</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="329"/>
        <source>earlier value</source>
        <translation>früherer Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="332"/>
        <source>CHANGE_FROM_FIELD needs a numeric FIELD, not the text field &apos;{f}&apos;.</source>
        <translation>CHANGE_FROM_FIELD erfordert ein numerisches FIELD, nicht das Textfeld „{f}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="350"/>
        <source>No PDF file (OUTPUT_PDF) was given.</source>
        <translation>Es wurde keine PDF-Datei (OUTPUT_PDF) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="363"/>
        <source>Reading '{l}'…</source>
        <translation>„{l}“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="434"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos; has no value to map: every district is NULL or suppressed.</source>
        <translation>Layer „{l}“, Feld „{f}“ hat keinen darstellbaren Wert: Jedes Gebiet ist NULL oder unterdrückt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="474"/>
        <source>&apos;{f}&apos; holds counts: drawn as circles proportional to the count, not as coloured areas.</source>
        <translation>„{f}“ enthält absolute Zahlen: dargestellt als Kreise proportional zur Anzahl, nicht als eingefärbte Flächen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="510"/>
        <source>The title was derived from the field name &apos;{f}&apos;; give TITLE for a sheet to publish.</source>
        <translation>Der Titel wurde aus dem Feldnamen „{f}“ abgeleitet; geben Sie für ein Kartenblatt zur Veröffentlichung TITLE an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="526"/>
        <source>No YEAR given: the note on the sheet does not say for which year the data are.</source>
        <translation>Kein YEAR angegeben: Die Anmerkung auf dem Blatt gibt nicht an, für welches Jahr die Daten gelten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="542"/>
        <source>No SOURCE_TEXT given: the sheet is marked &apos;source missing&apos; and is not ready to publish.</source>
        <translation>Kein SOURCE_TEXT angegeben: Das Kartenblatt ist als „Quelle fehlt“ markiert und nicht zur Veröffentlichung bereit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="596"/>
        <source>Laying out the sheet…</source>
        <translation>Kartenblatt wird gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="611"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="622"/>
        <source>Map sheet written: {p}</source>
        <translation>Kartenblatt geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="624"/>
        <source>PNG written: {p}</source>
        <translation>PNG geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="231"/>
        <source>Inhabited land: colours only there (polygons or raster, optional)</source>
        <translation>Bewohnte Flächen: Farben nur dort (Polygone oder Raster, optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="234"/>
        <source>Map extent (optional; default the whole city)</source>
        <translation>Kartenausschnitt (optional; Standard: die ganze Stadt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="487"/>
        <source>Cutting the colours to the inhabited land…</source>
        <translation>Farben auf die bewohnten Flächen zuschneiden …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="642"/>
        <source>EXTENT lies outside the districts of layer &apos;{l}&apos; (is its coordinate reference system right?).</source>
        <translation>EXTENT liegt außerhalb der Gebiete des Layers „{l}“ (stimmt sein Koordinatenbezugssystem?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="531"/>
        <source>Layer &apos;{l}&apos; does not record the LISA settings (lisa_permutations, lisa_alpha, lisa_fdr of localmeasures): the sheet cannot state the permutations and the significance level.</source>
        <translation>Der Layer „{l}“ enthält die LISA-Einstellungen nicht (lisa_permutations, lisa_alpha, lisa_fdr aus localmeasures): Das Blatt kann die Permutationen und das Signifikanzniveau nicht angeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="67"/>
        <source>Prints a council-ready map sheet (A4 landscape by default) of one indicator of a district layer: title, subtitle, map, legend with the number of districts per class, the city value and a reading aid, scale bar in km, north arrow, a note saying what was measured on which units for which year, the source line and the date. Writes a PDF (vector, text searchable) and optionally a PNG and an SVG.

INPUT: district polygons. FIELD: the indicator to map (a number, or text for categories).
CLASSIFICATION: auto (a field named *_lq, *quotient* or *ratio* is a ratio to the average, a text field is categorical, a count is drawn as circles; anything else gets quantile classes), quantile, jenks (natural breaks), equal (equal intervals), pretty (rounded intervals), stddev (standard deviations around the mean), fixed (the limits in BREAKS, e.g. BREAKS=0.1,0.2,0.3 in the field's own unit: the same classes for every year of a series), lq or categorical (one colour per value: LISA classes HH/HL/LH/LL/ns, dominant milieu with MIX as 'mixed', district types). The classes are QGIS's own (graduated or categorized renderer). Ratios to the average (location quotients) get fixed classes symmetric around 1 (≤ 0.5, 0.5–0.8, 0.8–0.95, 0.95–1.05, 1.05–1.25, 1.25–2, &gt; 2), so 1 lies in the neutral middle class; orange below, blue above, different in lightness so that a grayscale print keeps the classes apart. Shares (*_share, *percentage*) are labelled in percent. A count (whole numbers, not a share, rate, quotient or index) is drawn as circles proportional to the count, never as coloured areas.
CHANGE_FROM_FIELD: the earlier value of the indicator; the sheet maps FIELD minus it (percentage points for shares) on seven classes symmetric around 0, orange for a decrease, blue for an increase.
CLASSES: number of classes (0 = 7 for ratios, 5 otherwise; ratios need an odd number).
LANGUAGE: auto (the QGIS language), de or en: every text on the sheet, the legend and the number format (decimal comma in German).
Confidentiality: SUPPRESS_FIELD (a true/false field such as 'suppressed') and/or COUNT_FIELD with MIN_COUNT (a count above 0 and below MIN_COUNT) hide a district's value: it is drawn hatched grey as 'suppressed / no data', like districts without a value, its numeric label is left out, and the sheet says how many were hidden and why. Where the sheet prints counts (the circles of a count map, whole-number labels) and would show every district but one, the smallest other district is hidden too, since a count's city total is published anyway (secondary suppression). POPULATION_FIELD with MIN_POPULATION (default 300) leaves units with too few residents for a meaningful value out of the classes in the same way; the population also weights the city value under the legend.
TITLE, SUBTITLE, NOTE (default: written readably from the field, the layer and YEAR), SOURCE_TEXT (the data source and licence, printed as 'Source: …'; for the Berlin sample: 'Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin (dl-de/zero-2-0)'; without it the sheet is marked 'source missing'), LEGEND_TITLE, LABEL_FIELD (district names printed with a white halo; numbers as in the legend, with a decimal comma in German), BOUNDARIES (optional outlines drawn on top, e.g. Bezirke) with BOUNDARIES_NAME (its name in the legend; default derived from the layer name).
MODEL: the milieu model file (codes, names, colours; default: the bundled vhw migrant milieus) for milieu fields: the dominant milieu is drawn in the model's colours with its names, MIX as 'mixed'.
TEMPLATE: a4_landscape (default), a4_portrait, a3_landscape or the path of an office's own .qpt layout template (edit a bundled one in the layout designer; the items the sheet fills are found by their ids: title, subtitle, map, legend, reading_aid, suppression_note, north_arrow, scalebar, scale_text, note, source, date; optional overview).
INHABITED (optional): a polygon layer of the inhabited land (e.g. residential blocks) or a raster whose cells above 0 are inhabited (e.g. a population grid): the colours are drawn only there, so forests, lakes and fields at the edge of the city do not dominate the sheet; the district boundaries are drawn in full and the sheet says so. Another CRS is reprojected.
EXTENT (optional): the part of the city to show; when it leaves part of the city out, an inset (template item 'overview') shows the whole city with the frame of the map.
OUTPUT_PDF, OUTPUT_PNG and OUTPUT_SVG (optional), DPI (of the PNG). Files are written completely or not at all. Runs on the main thread (print layouts need it).</source>
        <translation>Druckt ein vorlagenfertiges Kartenblatt (standardmäßig A4 quer) eines Indikators eines Gebietslayers: Titel, Untertitel, Karte, Legende mit der Zahl der Gebiete je Klasse, dem gesamtstädtischen Wert und einer Lesehilfe, Maßstabsleiste in km, Nordpfeil, eine Anmerkung, was auf welchen Einheiten für welches Jahr gemessen wurde, die Quellenangabe und das Datum. Schreibt ein PDF (Vektor, Text durchsuchbar) und optional ein PNG und ein SVG.

INPUT: Gebietspolygone. FIELD: der darzustellende Indikator (eine Zahl oder Text für Kategorien).
CLASSIFICATION: auto (ein Feld namens *_lq, *quotient* oder *ratio* ist ein Verhältnis zum Durchschnitt, ein Textfeld ist kategorial, eine absolute Zahl wird als Kreise gezeichnet; alles andere erhält Quantilklassen), quantile, jenks (natürliche Unterbrechungen), equal (gleiche Intervalle), pretty (gerundete Intervalle), stddev (Standardabweichungen um den Mittelwert), fixed (die Grenzen in BREAKS, z. B. BREAKS=0.1,0.2,0.3 in der Einheit des Feldes: dieselben Klassen für jedes Jahr einer Reihe), lq oder categorical (eine Farbe je Wert: LISA-Klassen HH/HL/LH/LL/ns, dominantes Milieu mit MIX als „gemischt“, Gebietstypen). Die Klassen sind die von QGIS (abgestufter oder kategorisierter Renderer). Verhältnisse zum Durchschnitt (Standortquotienten) erhalten feste, um 1 symmetrische Klassen (≤ 0,5, 0,5–0,8, 0,8–0,95, 0,95–1,05, 1,05–1,25, 1,25–2, &gt; 2), sodass 1 in der neutralen mittleren Klasse liegt; orange darunter, blau darüber, verschieden hell, sodass ein Graustufendruck die Klassen unterscheidbar hält. Anteile (*_share, *percentage*) werden in Prozent beschriftet. Eine absolute Zahl (ganze Zahlen, kein Anteil, keine Quote, kein Quotient oder Index) wird als zur Anzahl proportionale Kreise gezeichnet, nie als eingefärbte Fläche.
CHANGE_FROM_FIELD: der frühere Wert des Indikators; das Blatt zeigt FIELD minus diesen Wert (bei Anteilen in Prozentpunkten) in sieben um 0 symmetrischen Klassen, orange für eine Abnahme, blau für eine Zunahme.
CLASSES: Anzahl der Klassen (0 = 7 bei Verhältniszahlen, sonst 5; Verhältniszahlen brauchen eine ungerade Anzahl).
LANGUAGE: auto (die Sprache von QGIS), de oder en: alle Texte des Blatts, die Legende und das Zahlenformat (Dezimalkomma auf Deutsch).
Geheimhaltung: SUPPRESS_FIELD (ein Wahr/Falsch-Feld wie „suppressed“) und/oder COUNT_FIELD mit MIN_COUNT (eine Fallzahl über 0 und unter MIN_COUNT) blenden den Wert eines Gebiets aus: Es wird grau schraffiert als „unterdrückt / keine Daten“ gezeichnet wie Gebiete ohne Wert, seine numerische Beschriftung entfällt, und das Blatt nennt, wie viele ausgeblendet wurden und warum. Wo das Blatt Zahlen druckt (die Kreise einer Karte absoluter Zahlen, ganzzahlige Beschriftungen) und bis auf ein Gebiet alle zeigen würde, wird auch das kleinste andere Gebiet ausgeblendet, denn die Stadtsumme einer Zahl ist ohnehin veröffentlicht (sekundäre Geheimhaltung). POPULATION_FIELD mit MIN_POPULATION (Standard 300) nimmt Gebiete mit zu wenigen Einwohnern für einen aussagekräftigen Wert ebenso aus den Klassen; die Einwohnerzahl gewichtet auch den gesamtstädtischen Wert unter der Legende.
TITLE, SUBTITLE, NOTE (Standard: lesbar aus Feld, Layer und YEAR formuliert), SOURCE_TEXT (Datenquelle und Lizenz, gedruckt als „Quelle: …“; für die Berliner Beispieldaten: „Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin (dl-de/zero-2-0)“; ohne sie ist das Blatt als „Quelle fehlt“ markiert), LEGEND_TITLE, LABEL_FIELD (Gebietsnamen mit weißem Halo beschriftet; Zahlen wie in der Legende, im Deutschen mit Dezimalkomma), BOUNDARIES (optionale Grenzen darüber, z. B. Bezirke) mit BOUNDARIES_NAME (ihr Name in der Legende; Standard aus dem Layernamen abgeleitet).
MODEL: die Milieumodell-Datei (Codes, Namen, Farben; Standard: die mitgelieferten vhw-Migrantenmilieus) für Milieufelder: Das dominante Milieu wird in den Farben des Modells mit seinen Namen gezeichnet, MIX als „gemischt“.
TEMPLATE: a4_landscape (Standard), a4_portrait, a3_landscape oder der Pfad zur eigenen .qpt-Layoutvorlage einer Dienststelle (bearbeiten Sie eine mitgelieferte im Layout-Designer; die Elemente, die das Blatt füllt, werden über ihre IDs gefunden: title, subtitle, map, legend, reading_aid, suppression_note, north_arrow, scalebar, scale_text, note, source, date; optional overview).
INHABITED (optional): ein Polygonlayer der bewohnten Flächen (z. B. Wohnblöcke) oder ein Raster, dessen Zellen über 0 bewohnt sind (z. B. ein Einwohnerraster): Die Farben werden nur dort gezeichnet, sodass Wälder, Seen und Felder am Stadtrand das Blatt nicht beherrschen; die Gebietsgrenzen werden vollständig gezeichnet, und das Blatt sagt das. Ein anderes KBS wird umprojiziert.
EXTENT (optional): der darzustellende Teil der Stadt; lässt er einen Teil der Stadt weg, zeigt eine Übersichtskarte (Vorlagenelement „overview“) die ganze Stadt mit dem Rahmen der Karte.
OUTPUT_PDF, OUTPUT_PNG und OUTPUT_SVG (optional), DPI (des PNG). Die Dateien werden entweder vollständig oder gar nicht geschrieben. Wird im Haupt-Thread ausgeführt (Drucklayouts erfordern das).</translation>
    </message>
</context>
<context>
    <name>MilieuAtlasDock</name>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="944"/>
        <source>Milieu Atlas</source>
        <translation>Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="310"/>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="317"/>
        <source>Key field of the table</source>
        <translation>Schlüsselfeld der Tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="508"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="499"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="515"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="534"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="539"/>
        <source>Show the indices of one group or of all groups</source>
        <translation>Die Indizes einer Gruppe oder aller Gruppen anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="550"/>
        <source>Mean of the index under random allocation (what small units give by chance)</source>
        <translation>Mittelwert des Index bei zufälliger Verteilung (was kleine Einheiten allein durch Zufall ergeben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="552"/>
        <source>Share of random allocations with an index at least as large</source>
        <translation>Anteil der Zufallsverteilungen mit einem mindestens ebenso großen Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="553"/>
        <source>Number of spatial units used</source>
        <translation>Anzahl der verwendeten räumlichen Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1343"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="600"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="601"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="602"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="603"/>
        <source>p value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="604"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="605"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="934"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1071"/>
        <source>Milieu Atlas analysis</source>
        <translation>Analyse mit Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1077"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1114"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1153"/>
        <source>Location quotient {0}</source>
        <translation>Standortquotient {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1155"/>
        <source>Could not open the result layer {0}.</source>
        <translation>Der Ergebnislayer {0} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1177"/>
        <source>Could not read the index table: {0}</source>
        <translation>Die Indextabelle konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1181"/>
        <source>Results: {0}</source>
        <translation>Ergebnisse: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1228"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1417"/>
        <source>Run the analysis first.</source>
        <translation>Führen Sie zuerst die Analyse aus.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1390"/>
        <source>Algorithm {0} is not available.</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1427"/>
        <source>Map sheet: {0}</source>
        <translation>Kartenblatt: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1429"/>
        <source>Map sheet written (PDF).</source>
        <translation>Kartenblatt geschrieben (PDF).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="261"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="263"/>
        <source>Open the quick guide: the first map sheet in five steps</source>
        <translation>Kurzanleitung öffnen: das erste Kartenblatt in fünf Schritten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="301"/>
        <source>1 Data</source>
        <translation>1 Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="304"/>
        <source>Polygon layer of the spatial units (e.g. LOR Planungsräume, blocks, grid cells)</source>
        <translation>Polygonlayer der räumlichen Einheiten (z. B. LOR-Planungsräume, Blöcke, Rasterzellen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="307"/>
        <source>Spatial units (e.g. Planungsräume)</source>
        <translation>Räumliche Einheiten (z. B. Planungsräume)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="308"/>
        <source>Field with the unique key of each unit (e.g. PLR_ID)</source>
        <translation>Feld mit dem eindeutigen Schlüssel jeder Einheit (z. B. PLR_ID)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="311"/>
        <source>Table or layer with the population counts (e.g. the register table), joined to the units by key. Leave empty when the units layer has the counts itself.</source>
        <translation>Tabelle oder Layer mit den Einwohnerzahlen (z. B. die Registertabelle), über den Schlüssel mit den Einheiten verknüpft. Lassen Sie das Feld leer, wenn der Layer der Einheiten die Zahlen selbst enthält.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="311"/>
        <source>None: the counts are in the units layer</source>
        <translation>Keine: Die Zahlen stehen im Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="316"/>
        <source>Population table (optional)</source>
        <translation>Einwohnertabelle (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="318"/>
        <source>Field of the table that holds the key of the unit</source>
        <translation>Feld der Tabelle mit dem Schlüssel der Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="321"/>
        <source>Check the join</source>
        <translation>Verknüpfung prüfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="323"/>
        <source>Joins the table on trial (nothing is kept) and shows how many rows matched and whether the totals agree</source>
        <translation>Verknüpft die Tabelle probeweise (nichts wird behalten) und zeigt, wie viele Zeilen zugeordnet wurden und ob die Summen übereinstimmen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="333"/>
        <source>Numeric field with the total population of each unit (e.g. Einwohner, EW, insgesamt)</source>
        <translation>Zahlenfeld mit der Gesamtbevölkerung jeder Einheit (z. B. Einwohner, EW, insgesamt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="335"/>
        <source>Total population</source>
        <translation>Einwohner insgesamt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="343"/>
        <source>Numeric count fields of the groups to analyse (e.g. Ausländer, Migrationshintergrund, MH); only counts of people, not percentages</source>
        <translation>Anzahlfelder der zu untersuchenden Gruppen (z. B. Ausländer, Migrationshintergrund, MH); nur Personenzahlen, keine Prozentanteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="346"/>
        <source>Group counts</source>
        <translation>Anzahlen der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="365"/>
        <source>Address points or areas with household counts per milieu (fields named like the milieu codes REL, ARB, ENT, STA, ADI, KOS, PER, HED)</source>
        <translation>Adresspunkte oder Flächen mit Haushaltszahlen je Milieu (Felder benannt wie die Milieucodes REL, ARB, ENT, STA, ADI, KOS, PER, HED)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="365"/>
        <source>None: no milieu analysis</source>
        <translation>Keine: ohne Milieuanalyse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="370"/>
        <source>Milieus (optional)</source>
        <translation>Milieus (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="371"/>
        <source>Raster of where people live (e.g. built-up residential area): counts of polygons that do not match the units are split by it</source>
        <translation>Raster, wo Menschen wohnen (z. B. Wohnbaufläche): Zahlen von Polygonen, die nicht zu den Einheiten passen, werden danach aufgeteilt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="377"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="376"/>
        <source>Weight raster (optional)</source>
        <translation>Gewichtungsraster (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="377"/>
        <source>A coarser level such as the Bezirke: drawn as outlines on the sheets</source>
        <translation>Eine gröbere Ebene wie die Bezirke: als Umrisse auf den Kartenblättern gezeichnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="381"/>
        <source>Further level, e.g. Bezirke (optional)</source>
        <translation>Weitere Ebene, z. B. Bezirke (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="385"/>
        <source>2 Analysis</source>
        <translation>2 Analyse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="390"/>
        <source>Dissimilarity, Gini, entropy, Atkinson, isolation, exposure, eta²</source>
        <translation>Dissimilarität, Gini, Entropie, Atkinson, Isolation, Exposition, Eta²</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="391"/>
        <source>Concentration, centralisation, clustering and the indices adjusted for neighbours (slower on many units)</source>
        <translation>Konzentration, Zentralisierung, Clusterbildung und die nachbarschaftsbereinigten Indizes (langsamer bei vielen Einheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="393"/>
        <source>Indices of all ticked groups together (they must not overlap)</source>
        <translation>Indizes aller angekreuzten Gruppen zusammen (sie dürfen sich nicht überschneiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="404"/>
        <source>Random allocations for the expected value and the p value (0 = none; 99 is quick, 999 exact)</source>
        <translation>Zufallsverteilungen für den Erwartungswert und den p-Wert (0 = keine; 99 geht schnell, 999 ist genau)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="406"/>
        <source>Permutations</source>
        <translation>Permutationen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="407"/>
        <source>Field of the units naming their parent unit (e.g. the Bezirk): splits the multigroup indices into between and within</source>
        <translation>Feld der Einheiten mit ihrer übergeordneten Einheit (z. B. dem Bezirk): teilt die Mehrgruppen-Indizes in „zwischen“ und „innerhalb“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="411"/>
        <source>Parent unit field (levels, optional)</source>
        <translation>Feld der übergeordneten Einheit (Ebenen, optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="412"/>
        <source>Participation potential</source>
        <translation>Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="414"/>
        <source>Households per milieu times the participation rate of the milieu (needs milieus)</source>
        <translation>Haushalte je Milieu mal die Beteiligungsquote des Milieus (braucht Milieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1370"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="420"/>
        <source>CSV with a participation rate per milieu code (empty: the bundled illustrative rates)</source>
        <translation>CSV mit einer Beteiligungsquote je Milieucode (leer: die mitgelieferten illustrativen Quoten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="422"/>
        <source>Participation rate table (optional)</source>
        <translation>Tabelle der Beteiligungsquoten (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="423"/>
        <source>District typology</source>
        <translation>Gebietstypologie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="425"/>
        <source>District typology by milieu composition: groups the units into types by their milieu shares (k-means; needs milieus)</source>
        <translation>Gebietstypologie nach Milieuzusammensetzung: fasst die Einheiten nach ihren Milieuanteilen zu Typen zusammen (k-Means; braucht Milieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="432"/>
        <source>3 Maps and printing</source>
        <translation>3 Karten und Druck</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="437"/>
        <source>What the map sheet shows</source>
        <translation>Was das Kartenblatt zeigt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="438"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="441"/>
        <source>Automatic (from the indicator)</source>
        <translation>Automatisch (nach dem Indikator)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="441"/>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="442"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Brüche (Jenks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="442"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="443"/>
        <source>Rounded intervals</source>
        <translation>Gerundete Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="443"/>
        <source>Standard deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="444"/>
        <source>Ratio to the average (centred at 1)</source>
        <translation>Verhältnis zum Durchschnitt (um 1 zentriert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="445"/>
        <source>Categories (one colour per value)</source>
        <translation>Kategorien (eine Farbe je Wert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="448"/>
        <source>How the values are grouped into classes</source>
        <translation>Wie die Werte in Klassen eingeteilt werden</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="449"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="452"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="452"/>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="453"/>
        <source>A3 landscape</source>
        <translation>A3 quer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="456"/>
        <source>Paper size and orientation of the sheet</source>
        <translation>Papierformat und Ausrichtung des Blattes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="457"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="458"/>
        <source>Title of the sheet (empty: the indicator)</source>
        <translation>Titel des Blattes (leer: der Indikator)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="459"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="460"/>
        <source>Subtitle, e.g. the area and the units</source>
        <translation>Untertitel, z. B. das Gebiet und die Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="461"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="462"/>
        <source>Source and licence of the data, e.g. Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)</source>
        <translation>Quelle und Lizenz der Daten, z. B. Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="464"/>
        <source>Source and licence</source>
        <translation>Quelle und Lizenz</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="465"/>
        <source>Reference date of the data, e.g. 31.12.2024</source>
        <translation>Stichtag der Daten, z. B. 31.12.2024</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="466"/>
        <source>Reference date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="467"/>
        <source>Confidentiality</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="469"/>
        <source>Hide small numbers: units with fewer people of the group or fewer residents than below are shown hatched, and the sheet says why</source>
        <translation>Kleine Zahlen verbergen: Einheiten mit weniger Personen der Gruppe oder weniger Einwohnern als unten angegeben werden schraffiert gezeigt, und das Blatt nennt den Grund</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="477"/>
        <source>Minimum count of the group in a unit</source>
        <translation>Mindestanzahl der Gruppe in einer Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="481"/>
        <source>Minimum number of residents of a unit</source>
        <translation>Mindestzahl der Einwohner einer Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="484"/>
        <source>Minimum count and minimum population</source>
        <translation>Mindestanzahl und Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="485"/>
        <source>Atlas: one page per unit</source>
        <translation>Atlas: eine Seite je Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="487"/>
        <source>A PDF with a profile page for every unit (shares and location quotients of the groups)</source>
        <translation>Ein PDF mit einer Profilseite für jede Einheit (Anteile und Standortquotienten der Gruppen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="507"/>
        <source>Each run writes a new folder in here</source>
        <translation>Jeder Lauf schreibt hier einen neuen Ordner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="510"/>
        <source>Run everything</source>
        <translation>Alles ausführen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="513"/>
        <source>Join, indices, milieus and the map sheet, in the background</source>
        <translation>Verknüpfung, Indizes, Milieus und Kartenblatt, im Hintergrund</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="517"/>
        <source>Stop the run; nothing of it is kept</source>
        <translation>Den Lauf anhalten; nichts davon wird behalten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1109"/>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="530"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="546"/>
        <source>Segregation indices; click a column title to sort, point at an index for its definition</source>
        <translation>Segregationsindizes; klicken Sie auf einen Spaltentitel zum Sortieren, zeigen Sie auf einen Index für seine Definition</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="572"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="574"/>
        <source>Copy the shown rows (for a spreadsheet)</source>
        <translation>Die angezeigten Zeilen kopieren (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="589"/>
        <source>Print the map sheet again</source>
        <translation>Kartenblatt erneut drucken</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="591"/>
        <source>Print the sheet again with the current texts of step 3, without running the analysis</source>
        <translation>Das Blatt mit den aktuellen Texten aus Schritt 3 erneut drucken, ohne die Analyse zu wiederholen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1343"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="935"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="937"/>
        <source>Show the whole message</source>
        <translation>Die ganze Meldung anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="991"/>
        <source>No table to join: the counts are read from the units layer.</source>
        <translation>Keine Tabelle zu verknüpfen: Die Zahlen werden aus dem Layer der Einheiten gelesen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1002"/>
        <source>Milieu Atlas: checking the join</source>
        <translation>Milieu Atlas: Verknüpfung prüfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1006"/>
        <source>Checking the join…</source>
        <translation>Die Verknüpfung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1027"/>
        <source>{0} of {1} rows matched a unit; {2} unmatched.</source>
        <translation>{0} von {1} Zeilen einer Einheit zugeordnet; {2} nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1030"/>
        <source>{0}: {1} of {2} in the units</source>
        <translation>{0}: {1} von {2} in den Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1115"/>
        <source>The run was cancelled; nothing was kept.</source>
        <translation>Der Lauf wurde abgebrochen; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1160"/>
        <source>Milieus by unit</source>
        <translation>Milieus je Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1180"/>
        <source>{0} units, {1} index values.</source>
        <translation>{0} Einheiten, {1} Indexwerte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1187"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1200"/>
        <source>The layer {0} could not be styled: {1}</source>
        <translation>Der Layer {0} konnte nicht gestaltet werden: {1}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1372"/>
        <source>Export the index table</source>
        <translation>Indextabelle exportieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1384"/>
        <source>Index table saved.</source>
        <translation>Indextabelle gespeichert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1440"/>
        <source>District atlas: {0}</source>
        <translation>Gebietsatlas: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1440"/>
        <source>District atlas</source>
        <translation>Gebietsatlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1476"/>
        <source>The layout could not be added to the project: {0}</source>
        <translation>Das Layout konnte nicht in das Projekt übernommen werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="575"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="577"/>
        <source>Save the index table as a CSV file or an Excel workbook (XLSX)</source>
        <translation>Die Indextabelle als CSV-Datei oder Excel-Arbeitsmappe (XLSX) speichern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1314"/>
        <source>Indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1342"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1343"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1371"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1382"/>
        <source>The index table could not be saved: {0}</source>
        <translation>Die Indextabelle konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="353"/>
        <source>Convert into counts</source>
        <translation>In Anzahlen umrechnen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="355"/>
        <source>Use percentage × total ÷ 100 as the count of the group in the run (a new field in a copy; the layer itself is not changed)</source>
        <translation>Prozentanteil × Gesamtzahl ÷ 100 als Anzahl der Gruppe im Lauf verwenden (ein neues Feld in einer Kopie; der Layer selbst bleibt unverändert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="791"/>
        <source>'{0}' is used as counts: {0} × {1} ÷ 100, as '{2}' (the layer is not changed).</source>
        <translation>„{0}“ wird als Anzahl verwendet: {0} × {1} ÷ 100, als „{2}“ (der Layer bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1427"/>
        <source>In the Layout Manager: &apos;{0}&apos;</source>
        <translation>In der Layoutverwaltung: „{0}“</translation>
    </message>
</context>
<context>
    <name>MilieuLocalisation</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="51"/>
        <source>Milieu localisation</source>
        <translation>Milieulokalisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="53"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="88"/>
        <source>District polygons</source>
        <translation>Gebietsflächen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="90"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="92"/>
        <source>Milieu data (points or polygons with household counts; empty: the districts hold them)</source>
        <translation>Milieudaten (Punkte oder Flächen mit Haushaltszahlen; leer: die Gebiete enthalten sie)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="95"/>
        <source>Milieu count fields (default: fields named like the model&apos;s codes)</source>
        <translation>Milieu-Zählfelder (Vorgabe: Felder, die wie die Codes des Modells heißen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="98"/>
        <source>Milieu model (CSV; default: vhw migrant milieus)</source>
        <translation>Milieumodell (CSV; Vorgabe: vhw-Migrantenmilieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="101"/>
        <source>Total households field</source>
        <translation>Feld mit der Gesamtzahl der Haushalte</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="103"/>
        <source>Milieu fields are shares of the total (percent or fraction)</source>
        <translation>Milieufelder sind Anteile an der Gesamtzahl (Prozent oder Bruchteil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="106"/>
        <source>Scale milieu counts to the total where they do not add up to it</source>
        <translation>Milieuzahlen auf die Gesamtzahl skalieren, wo sie sie nicht ergeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="110"/>
        <source>Invalid geometries</source>
        <translation>Ungültige Geometrien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="111"/>
        <source>Margin for a dominant milieu (percentage points)</source>
        <translation>Mindestvorsprung eines dominanten Milieus (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="114"/>
        <source>Minimum households shown (0 = no suppression)</source>
        <translation>Mindestzahl gezeigter Haushalte (0 = keine Geheimhaltung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="122"/>
        <source>Districts with milieu profile</source>
        <translation>Gebiete mit Milieuprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="124"/>
        <source>Milieu density surface (GeoTIFF, households per hectare)</source>
        <translation>Milieu-Dichteoberfläche (GeoTIFF, Haushalte je Hektar)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="127"/>
        <source>Dominant milieu raster (GeoTIFF)</source>
        <translation>Raster des dominanten Milieus (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="130"/>
        <source>Cell size of the rasters (m)</source>
        <translation>Zellgröße der Raster (m)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="133"/>
        <source>Kernel bandwidth (m)</source>
        <translation>Bandbreite des Kerns (m)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="136"/>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="222"/>
        <source>Reading districts…</source>
        <translation>Gebiete werden gelesen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="232"/>
        <source>Reading milieu data…</source>
        <translation>Milieudaten werden gelesen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="273"/>
        <source>RESCALE: the milieu counts of {n} districts were scaled to their total.</source>
        <translation>RESCALE: Die Milieuzahlen von {n} Gebieten wurden auf ihre Gesamtzahl skaliert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="285"/>
        <source>Kernel density surfaces…</source>
        <translation>Kerndichte-Oberflächen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="296"/>
        <source>Accounting (source = districts + unmatched):</source>
        <translation>Bilanz (Quelle = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="311"/>
        <source>Dominant milieu: {n} districts MIX (lead below {m} percentage points).</source>
        <translation>Dominantes Milieu: {n} Gebiete MIX (Vorsprung unter {m} Prozentpunkten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="314"/>
        <source>Writing…</source>
        <translation>Schreiben …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="380"/>
        <source>{n} features without geometry are left out of the surface.</source>
        <translation>{n} Objekte ohne Geometrie bleiben bei der Oberfläche unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="400"/>
        <source>Surface: {ny} × {nx} cells of {c:g} m, {note}.</source>
        <translation>Oberfläche: {ny} × {nx} Zellen zu {c:g} m, {note}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="54"/>
        <source>Where the milieus of the city live: the milieu profile of every district and, optionally, a fine density surface.
MILIEUS: points with household counts per milieu (e.g. addresses), polygons with counts (blocks, grid cells; split over the districts by area) or nothing, when the district layer itself holds the counts. Points and polygons are summed with the join engine of 'Join data to districts': the log lists the accounting (source = districts + unmatched) and what lies in no district.
MODEL: the milieu model (CSV: code, names, segment, colour; default: the vhw migrant milieus). MILIEU_FIELDS: the count fields, named CODE, mil_CODE or CODE_count (default: every field so named). With TOTAL_FIELD the milieu fields must add up to it in every feature (else refused, naming by how much), unless RESCALE scales each district's milieu counts to its total; with FIELDS_ARE_SHARES the fields are shares (percent or fraction) of TOTAL_FIELD.
Fields per district: mil_total (households), mil_CODE (households), mil_CODE_share (fraction), mil_CODE_lq (location quotient, 1 = city average), seg_SEGMENT and seg_SEGMENT_share per segment of the model, mil_dominant (the milieu with the largest share, or MIX where its lead over the second is below DOMINANT_MARGIN percentage points), mil_dominant_share, mil_lead (percentage points), mil_present (milieus with households), mil_diversity (Shannon evenness: 0 = one milieu, 1 = all equally), suppressed. Districts with more than 0 and fewer than MIN_COUNT households get no derived value (empty, never 0) and suppressed = true; their household counts are kept unless MASK_COUNTS is set (then mil_total, mil_CODE, seg_SEGMENT and the district layer's own milieu and total fields are empty there too). Districts without households are not suppressed (they reveal nobody), but their shares, LQ, dominant milieu and diversity do not exist: empty, mil_present = 0.
SURFACE (GeoTIFF): one band per milieu (band name = code), households per hectare, kernel density with BANDWIDTH (m) on CELL_SIZE (m) cells; the cells of a band times the cell area add up to the milieu's households (grid padded by the bandwidth, kernel normalised on the grid). Polygons enter by their centroid. DOMINANT_RASTER (GeoTIFF): band 1 the milieu with the largest smoothed share (1 = first milieu of the model …), band 2 that share; cells with less than 1 household per hectare are empty. Both load in QGIS styled (style file beside them).
Note: the heatmap of QGIS 3.22 (Heatmap renderer, 'Heatmap (Kernel Density Estimation)') scales the quartic kernel wrongly (fixed upstream in 2025); this surface's kernel is checked against the analytic integral.</source>
        <translation>Wo die Milieus der Stadt leben: das Milieuprofil jedes Gebiets und, wahlweise, eine feine Dichteoberfläche.
MILIEUS: Punkte mit Haushaltszahlen je Milieu (z. B. Adressen), Flächen mit Zahlen (Blöcke, Rasterzellen; nach Fläche auf die Gebiete verteilt) oder nichts, wenn die Gebietsebene die Zahlen selbst enthält. Punkte und Flächen werden mit dem Verfahren von „Daten mit Gebieten verknüpfen“ summiert: Das Protokoll nennt die Bilanz (Quelle = Gebiete + nicht zugeordnet) und was in keinem Gebiet liegt.
MODEL: das Milieumodell (CSV: Code, Namen, Segment, Farbe; Vorgabe: die vhw-Migrantenmilieus). MILIEU_FIELDS: die Zählfelder, benannt CODE, mil_CODE oder CODE_count (Vorgabe: alle so benannten Felder). Mit TOTAL_FIELD müssen die Milieufelder in jedem Objekt dessen Wert ergeben (sonst wird mit Angabe der Abweichung abgelehnt), außer RESCALE skaliert die Milieuzahlen jedes Gebiets auf seine Summe; mit FIELDS_ARE_SHARES sind die Felder Anteile (Prozent oder Bruchteil) von TOTAL_FIELD.
Felder je Gebiet: mil_total (Haushalte), mil_CODE (Haushalte), mil_CODE_share (Bruchteil), mil_CODE_lq (Lokalisationsquotient, 1 = Stadtdurchschnitt), seg_SEGMENT und seg_SEGMENT_share je Segment des Modells, mil_dominant (das Milieu mit dem größten Anteil oder MIX, wo sein Vorsprung vor dem zweiten unter DOMINANT_MARGIN Prozentpunkten liegt), mil_dominant_share, mil_lead (Prozentpunkte), mil_present (Milieus mit Haushalten), mil_diversity (Shannon-Evenness: 0 = ein Milieu, 1 = alle gleich stark), suppressed. Gebiete mit mehr als 0 und weniger als MIN_COUNT Haushalten erhalten keine abgeleiteten Werte (leer, nie 0) und suppressed = wahr; ihre Haushaltszahlen bleiben erhalten, außer mit MASK_COUNTS (dann sind mil_total, mil_CODE, seg_SEGMENT und die eigenen Milieu- und Summenfelder der Gebietsebene dort ebenfalls leer). Gebiete ohne Haushalte werden nicht gesperrt (sie lassen niemanden erkennen), aber ihre Anteile, LQ, das dominante Milieu und die Vielfalt gibt es nicht: leer, mil_present = 0.
SURFACE (GeoTIFF): ein Band je Milieu (Bandname = Code), Haushalte je Hektar, Kerndichte mit BANDWIDTH (m) auf Zellen von CELL_SIZE (m); die Zellen eines Bandes mal Zellfläche ergeben die Haushalte des Milieus (Raster um die Bandbreite erweitert, Kern auf dem Raster normiert). Flächen gehen mit ihrem Schwerpunkt ein. DOMINANT_RASTER (GeoTIFF): Band 1 das Milieu mit dem größten geglätteten Anteil (1 = erstes Milieu des Modells …), Band 2 dieser Anteil; Zellen mit weniger als 1 Haushalt je Hektar bleiben leer. Beide werden in QGIS gestaltet geladen (Stildatei daneben).
Hinweis: Die Heatmap von QGIS 3.22 (Heatmap-Darstellung, „Heatmap (Kerndichteschätzung)“) skaliert den Quartic-Kern falsch (2025 in QGIS behoben); der Kern dieser Oberfläche ist gegen das analytische Integral geprüft.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="118"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="301"/>
        <source>{n} districts have fewer than {m} households: no shares, LQ or dominant milieu (suppressed).</source>
        <translation>{n} Gebiete haben weniger als {m} Haushalte: keine Anteile, LQ oder dominantes Milieu (gesperrt).</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="61"/>
        <source>Monitoring over time</source>
        <translation>Monitoring im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="63"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="98"/>
        <source>Target districts (the geometry of the series)</source>
        <translation>Zielgebiete (Geometrie der Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="101"/>
        <source>Target district key field</source>
        <translation>Schlüsselfeld der Zielgebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="103"/>
        <source>Folder with one table per period</source>
        <translation>Ordner mit einer Tabelle je Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="106"/>
        <source>File name pattern with {date}</source>
        <translation>Dateinamensmuster mit {date}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="108"/>
        <source>Key field of the period tables</source>
        <translation>Schlüsselfeld der Stichtagstabellen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="110"/>
        <source>Table listing the periods (date, path, key, geometry, geometry_key)</source>
        <translation>Tabelle der Stichtage (date, path, key, geometry, geometry_key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="113"/>
        <source>Earlier boundaries (for periods whose keys are not the target&apos;s)</source>
        <translation>Frühere Gebietsgrenzen (für Stichtage, deren Schlüssel nicht die der Zielgebiete sind)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="116"/>
        <source>Key field of the earlier boundaries</source>
        <translation>Schlüsselfeld der früheren Gebietsgrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="119"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="121"/>
        <source>Group count fields (comma separated)</source>
        <translation>Felder der Gruppenzahlen (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="124"/>
        <source>Groups form a partition of the total (add multigroup indices)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (Mehrgruppenindizes ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="127"/>
        <source>Indices (default: D, H, XPX)</source>
        <translation>Indizes (Standard: D, H, XPX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="129"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="132"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="141"/>
        <source>Other field names of some periods (their_field=field; …)</source>
        <translation>Abweichende Feldnamen einzelner Stichtage (ihr_feld=feld; …)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="144"/>
        <source>Weight raster for harmonising (dasymetric)</source>
        <translation>Gewichtungsraster für die Umrechnung (dasymetrisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="153"/>
        <source>Language of the chart</source>
        <translation>Sprache der Grafik</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="158"/>
        <source>Long table (period, district, counts, shares, LQ)</source>
        <translation>Lange Tabelle (Stichtag, Gebiet, Zahlen, Anteile, LQ)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="160"/>
        <source>Index series</source>
        <translation>Indexreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="162"/>
        <source>Change classes per district</source>
        <translation>Veränderungsklassen je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="165"/>
        <source>Accounting per period</source>
        <translation>Bilanz je Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="168"/>
        <source>Fixed class breaks of the series</source>
        <translation>Feste Klassengrenzen der Zeitreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="170"/>
        <source>Trend chart (PNG)</source>
        <translation>Verlaufsgrafik (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="172"/>
        <source>Trend chart (SVG)</source>
        <translation>Verlaufsgrafik (SVG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="250"/>
        <source>{n} periods: {first} … {last}</source>
        <translation>{n} Stichtage: {first} … {last}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="286"/>
        <source>Reading the periods…</source>
        <translation>Stichtage werden gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="326"/>
        <source>Intersecting the earlier boundaries with the target…</source>
        <translation>Frühere Gebietsgrenzen werden mit den Zielgebieten verschnitten…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="377"/>
        <source>Indices and bootstrap per period…</source>
        <translation>Indizes und Bootstrap je Stichtag…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="476"/>
        <source>{group}: city share {a:.4f} → {b:.4f} ({pp:+.2f} percentage points)</source>
        <translation>{group}: Anteil in der Stadt {a:.4f} → {b:.4f} ({pp:+.2f} Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="483"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="174"/>
        <source>Small-multiples map page of the first group&apos;s share (PNG)</source>
        <translation>Kartenseite mit kleinen Karten des Anteils der ersten Gruppe (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="146"/>
        <source>Address points for harmonising (dasymetric)</source>
        <translation>Adresspunkte für die Umrechnung (dasymetrisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="149"/>
        <source>Weight field of the address points (e.g. households; empty: 1 each)</source>
        <translation>Gewichtsfeld der Adresspunkte (z. B. Haushalte; leer: je 1)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="318"/>
        <source>{date}: {missing} target districts have no row (counted as 0).</source>
        <translation>{date}: {missing} Zielgebiete haben keine Zeile (als 0 gezählt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="334"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by the weight raster &apos;{weights}&apos;: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' mit dem Gewichtungsraster '{weights}' auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="339"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by the address points &apos;{weights}&apos;: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' mit den Adresspunkten '{weights}' auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="344"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by area: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' nach Fläche auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="352"/>
        <source>{k} of {units} units of &apos;{source}&apos; have no weight in any of their pieces and were harmonised by area (area_fallback in ACCOUNTING).</source>
        <translation>{k} von {units} Gebieten von '{source}' haben in keinem ihrer Teilstücke ein Gewicht und wurden nach Fläche umgerechnet (area_fallback in ACCOUNTING).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="64"/>
        <source>A series of dates (tables or layers with one row per unit) on one target geometry.
The periods come from FOLDER with a file-name PATTERN containing {date} (YYYY-MM or YYYY-HH) and KEY_FIELD, or from SERIES_TABLE, a CSV with the columns date, path, key and optionally geometry, geometry_key.
A period's geometry is the one named in the geometry column of SERIES_TABLE; otherwise the one of TARGET, PREVIOUS_GEOMETRY and the geometries of the table that holds all its keys (refused when none or several do). Periods may lie on several earlier geometries: each is harmonised to TARGET through the join engine: areal weighting, or dasymetric with WEIGHT_RASTER or ADDRESS_POINTS (each point weighing its ADDRESS_WEIGHT, e.g. households or dwellings, or 1): a source unit's counts go to its pieces in proportion to the weight in each; a unit without any weight in its pieces is weighted by area (area_fallback in ACCOUNTING). Slivers of a source unit (less than 1 % of its area outside every target district) are given to its pieces; a larger uncovered part is refused, with the uncovered mass of every period.
LONG: period, district, counts, shares, location quotients, whether the values were harmonised and the share of the district's count estimated from split source units.
Confidentiality (as in localmeasures): where a district's total or a group's count in a period is above 0 and below MIN_COUNT, every derived value of that group in that period (share, LQ) is left empty and '&lt;group&gt;_suppressed' is true ('suppressed': any group); the counts are kept unless MASK_COUNTS. CHANGE gives no change and no class where the first or the last period is suppressed (same flags), the map page hatches such districts grey, and the breaks use only the values shown. The index series of the city are computed from all counts.
SERIES: every index per period with its bootstrap interval and the test of the change against the first and the previous period (difference, bias-corrected interval, two-sided p).
CHANGE: the target districts with the change of each group's share from the first to the last period in percentage points, that change minus the city's, and its class (-2 … 2: beyond ±0.5 and ±1.5 standard deviations of the districts' relative change).
BREAKS: fixed class breaks of shares, LQs and changes for every map of the series (JSON).
CHART_PNG / CHART_SVG: the indices over time with their intervals, the boundary change marked.
MAP_PAGE: one small map per year (the last period of each year when there are more than ten) of the first group's share, classed by the fixed breaks of the series, one legend.</source>
        <translation>Eine Zeitreihe von Stichtagen (Tabellen oder Layer mit einer Zeile je Gebiet) auf einer Zielgeometrie.
Die Stichtage kommen aus ORDNER (FOLDER) mit einem Dateinamensmuster PATTERN, das {date} enthält (JJJJ-MM oder JJJJ-HH), und KEY_FIELD, oder aus SERIES_TABLE, einer CSV-Datei mit den Spalten date, path, key und wahlweise geometry, geometry_key.
Ein Stichtag liegt auf der Geometrie, die in der Spalte geometry von SERIES_TABLE genannt ist; sonst auf derjenigen von TARGET, PREVIOUS_GEOMETRY und den Geometrien der Tabelle, die alle seine Schlüssel enthält (abgelehnt, wenn keine oder mehrere das tun). Stichtage dürfen auf mehreren früheren Geometrien liegen: Jede wird über die Verknüpfungsfunktion auf TARGET umgerechnet: Flächengewichtung oder dasymetrisch mit WEIGHT_RASTER oder ADDRESS_POINTS (jeder Punkt mit seinem ADDRESS_WEIGHT gewichtet, z. B. Haushalte oder Wohnungen, sonst mit 1): Die Zahlen eines Quellgebiets gehen an seine Teilstücke im Verhältnis des Gewichts in jedem; ein Gebiet ohne Gewicht in seinen Teilstücken wird nach Fläche umgerechnet (area_fallback in ACCOUNTING). Splitter eines Quellgebiets (weniger als 1 % seiner Fläche außerhalb aller Zielgebiete) werden seinen übrigen Teilen zugeschlagen; ein größerer nicht abgedeckter Teil wird mit der nicht abgedeckten Zahl jedes Stichtags abgelehnt.
LONG: Stichtag, Gebiet, Zahlen, Anteile, Lokalisationsquotienten, ob die Werte umgerechnet wurden und der Anteil der Zahl des Gebiets, der aus geteilten Quellgebieten geschätzt wurde.
Geheimhaltung (wie in localmeasures): Wo die Gesamtzahl eines Gebiets oder die Zahl einer Gruppe an einem Stichtag über 0 und unter MIN_COUNT liegt, bleibt jeder abgeleitete Wert dieser Gruppe an diesem Stichtag (Anteil, LQ) leer und '&lt;group&gt;_suppressed' ist wahr ('suppressed': irgendeine Gruppe); die Zahlen bleiben erhalten, außer mit MASK_COUNTS. CHANGE gibt keine Veränderung und keine Klasse an, wo der erste oder der letzte Stichtag unterdrückt ist (gleiche Kennzeichen), die Kartenseite schraffiert solche Gebiete grau, und die Klassengrenzen verwenden nur die gezeigten Werte. Die Indexreihen der Gesamtstadt werden aus allen Zahlen berechnet.
SERIES: jeder Index je Stichtag mit seinem Bootstrap-Intervall und dem Test der Veränderung gegenüber dem ersten und dem vorigen Stichtag (Differenz, verzerrungskorrigiertes Intervall, zweiseitiges p).
CHANGE: die Zielgebiete mit der Veränderung des Anteils jeder Gruppe vom ersten zum letzten Stichtag in Prozentpunkten, dieser Veränderung abzüglich der gesamtstädtischen und ihrer Klasse (-2 … 2: jenseits von ±0,5 und ±1,5 Standardabweichungen der relativen Veränderung der Gebiete).
BREAKS: feste Klassengrenzen der Anteile, LQ und Veränderungen für jede Karte der Zeitreihe (JSON).
CHART_PNG / CHART_SVG: die Indizes im Zeitverlauf mit ihren Intervallen, die Gebietsreform markiert.
MAP_PAGE: eine kleine Karte je Jahr (bei mehr als zehn Stichtagen der letzte Stichtag jedes Jahres) des Anteils der ersten Gruppe, klassiert mit den festen Klassengrenzen der Zeitreihe, eine Legende.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="134"/>
        <source>Minimum count shown (smaller counts are suppressed)</source>
        <translation>Mindestfallzahl für die Anzeige (kleinere Fallzahlen werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="137"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="454"/>
        <source>{n} district-periods have a total or group count above 0 and below the minimum count {m}: the shares and location quotients of those groups are left empty there (suppressed), and no change is given where the first or the last period is suppressed.</source>
        <translation>{n} Gebiets-Stichtage haben eine Gesamt- oder Gruppenzahl über 0 und unter der Mindestfallzahl {m}: Die Anteile und Lokalisationsquotienten dieser Gruppen bleiben dort leer (unterdrückt), und wo der erste oder der letzte Stichtag unterdrückt ist, wird keine Veränderung angegeben.</translation>
    </message>
</context>
<context>
    <name>ParticipationPotential</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="37"/>
        <source>Participation potential</source>
        <translation>Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="39"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="63"/>
        <source>Districts with milieu household counts</source>
        <translation>Gebiete mit Haushaltszahlen je Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="65"/>
        <source>Participation rate table (CSV; default: illustrative rates)</source>
        <translation>Tabelle der Beteiligungsquoten (CSV; Vorgabe: illustrative Quoten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="68"/>
        <source>Milieu count fields (default: mil_CODE for every code)</source>
        <translation>Milieu-Zählfelder (Vorgabe: mil_CODE für jeden Code)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="71"/>
        <source>Population field for the rates (default: the households)</source>
        <translation>Bevölkerungsfeld für die Quoten (Vorgabe: die Haushalte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="74"/>
        <source>Minimum households shown (0 = no suppression)</source>
        <translation>Mindestzahl gezeigter Haushalte (0 = keine Geheimhaltung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="78"/>
        <source>Milieu model (CSV; default: vhw migrant milieus)</source>
        <translation>Milieumodell (CSV; Vorgabe: vhw-Migrantenmilieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="81"/>
        <source>District name or key for the summary (default: the first field)</source>
        <translation>Gebietsname oder -schlüssel für die Übersicht (Vorgabe: das erste Feld)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="91"/>
        <source>Districts with participation potential</source>
        <translation>Gebiete mit Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="93"/>
        <source>Summary (city and districts ranked by untapped potential)</source>
        <translation>Übersicht (Stadt und Gebiete nach ungenutztem Potenzial geordnet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="141"/>
        <source>The rate table is ILLUSTRATIVE (invented rates, not a survey): use the results to try the method, not to decide. Replace it with your own survey (RATES).</source>
        <translation>Die Quotentabelle ist ILLUSTRATIV (erfundene Quoten, keine Befragung): Nutzen Sie die Ergebnisse zum Ausprobieren der Methode, nicht für Entscheidungen. Ersetzen Sie sie durch Ihre eigene Befragung (RATES).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="144"/>
        <source>Rates: {path}</source>
        <translation>Quoten: {path}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="146"/>
        <source>The rate table gives no respondents (n): no intervals.</source>
        <translation>Die Quotentabelle nennt keine Befragtenzahlen (n): keine Intervalle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="147"/>
        <source>City: {h:,.0f} households, status quo {s:,.0f}, potential {p:,.0f}, untapped {u:,.0f} ({r:.1%}).</source>
        <translation>Stadt: {h:,.0f} Haushalte, Status quo {s:,.0f}, Potenzial {p:,.0f}, ungenutzt {u:,.0f} ({r:.1%}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="167"/>
        <source>City total</source>
        <translation>Stadt gesamt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="40"/>
        <source>Where participation potential is large and untapped. For every district: part_statusquo = sum over milieus of households × status-quo rate (have taken part in local decisions), part_potential = households × potential rate (would take part), part_untapped = their difference; the same over the population as part_*_rate (POPULATION_FIELD, default the households of the milieu fields). Where the rate table gives the respondents n per milieu, part_untapped_ci_low/_high is the 95 % interval from the survey's sampling error: Var = Σ_m h_m² d_m(1−d_m)/n_m, h_m the district's households of milieu m, d_m = potential − status quo; the lower end is clipped at 0.
RATES: a CSV with code, status_quo, potential, n, source, year (rates as fractions; every milieu of the MODEL once). The default table is ILLUSTRATIVE: invented rates that reproduce the vhw study's 20 % / 40 % on the synthetic Berlin sample; replace it with your own survey.
MILIEU_FIELDS: default mil_CODE for every code (the output of 'Milieu localisation'). Districts with more than 0 and fewer than MIN_COUNT households get no value and suppressed = true (an existing 'suppressed' field stays true where it was); districts without households are not suppressed but have no value either. MASK_COUNTS: the milieu counts and the population of suppressed districts are left empty too (otherwise the layer keeps them for later steps).
SUMMARY: the city totals, the districts ranked by untapped potential, then the districts without a value. Where the districts left out could be recovered from the city total (one suppressed district), the smallest other district is left out as well (secondary suppression); 'suppressed' marks both.</source>
        <translation>Wo das Beteiligungspotenzial groß und ungenutzt ist. Für jedes Gebiet: part_statusquo = Summe über die Milieus von Haushalten × Status-quo-Quote (haben sich an lokalen Entscheidungen beteiligt), part_potential = Haushalte × Potenzialquote (würden sich beteiligen), part_untapped = die Differenz; dasselbe bezogen auf die Bevölkerung als part_*_rate (POPULATION_FIELD, Vorgabe: die Haushalte der Milieufelder). Wo die Quotentabelle die Zahl der Befragten n je Milieu nennt, ist part_untapped_ci_low/_high das 95-%-Intervall aus dem Stichprobenfehler der Befragung: Var = Σ_m h_m² d_m(1−d_m)/n_m, h_m die Haushalte des Milieus m im Gebiet, d_m = Potenzial − Status quo; das untere Ende wird bei 0 abgeschnitten.
RATES: eine CSV-Datei mit code, status_quo, potential, n, source, year (Quoten als Bruchteile; jedes Milieu des MODEL genau einmal). Die Vorgabetabelle ist ILLUSTRATIV: erfundene Quoten, die auf der synthetischen Berliner Stichprobe die 20 % / 40 % der vhw-Studie ergeben; ersetzen Sie sie durch Ihre eigene Befragung.
MILIEU_FIELDS: Vorgabe mil_CODE für jeden Code (die Ausgabe von „Milieulokalisierung“). Gebiete mit mehr als 0 und weniger als MIN_COUNT Haushalten erhalten keinen Wert und suppressed = wahr (ein vorhandenes Feld „suppressed“ bleibt wahr, wo es wahr war); Gebiete ohne Haushalte werden nicht gesperrt, haben aber ebenfalls keinen Wert. MASK_COUNTS: Die Milieuzahlen und die Bevölkerung gesperrter Gebiete bleiben ebenfalls leer (sonst behält die Ebene sie für weitere Schritte).
SUMMARY: die Summen der Stadt, die Gebiete nach ungenutztem Potenzial geordnet, dann die Gebiete ohne Wert. Wo die weggelassenen Gebiete aus der Stadtsumme zurückgerechnet werden könnten (ein einziges gesperrtes Gebiet), wird auch das kleinste andere Gebiet weggelassen (sekundäre Geheimhaltung); „suppressed“ markiert beide.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="84"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="153"/>
        <source>{n} districts have fewer than {m} households: no values (suppressed).</source>
        <translation>{n} Gebiete haben weniger als {m} Haushalte: keine Werte (gesperrt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="158"/>
        <source>Summary: {n} more districts left out, so that the suppressed ones cannot be recovered from the city total (secondary suppression).</source>
        <translation>Übersicht: {n} weitere Gebiete weggelassen, damit die gesperrten nicht aus der Stadtsumme zurückgerechnet werden können (sekundäre Geheimhaltung).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="92"/>
        <source>Report (HTML and XLSX)</source>
        <translation>Bericht (HTML und XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="94"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="110"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="112"/>
        <source>Result tables and layers</source>
        <translation>Ergebnistabellen und -layer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="114"/>
        <source>Images (PNG or SVG sheets and charts)</source>
        <translation>Bilder (Kartenblätter und Grafiken als PNG oder SVG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="116"/>
        <source>Input files of the run (for the provenance)</source>
        <translation>Eingabedateien des Laufs (für die Herkunftsangaben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="119"/>
        <source>Parameters of the run (JSON or NAME=VALUE lines)</source>
        <translation>Parameter des Laufs (JSON oder Zeilen NAME=WERT)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="122"/>
        <source>Field marking suppressed rows</source>
        <translation>Feld, das geheim gehaltene Zeilen kennzeichnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="124"/>
        <source>Suppression rule (text for the provenance)</source>
        <translation>Geheimhaltungsregel (Text für die Herkunftsangaben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="127"/>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="128"/>
        <source>Report (HTML)</source>
        <translation>Bericht (HTML)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="130"/>
        <source>Report (XLSX)</source>
        <translation>Bericht (XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="225"/>
        <source>{n} tables, {m} images, {k} provenance entries.</source>
        <translation>{n} Tabellen, {m} Bilder, {k} Herkunftsangaben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="95"/>
        <source>One self-contained HTML page (opens offline: no scripts, fonts, tiles or links; images embedded) and an XLSX workbook from the results of a run: every table given in TABLES (indices with intervals and notes, levels, index series, local measures, milieu profiles, participation potential, accounting; the kind is recognised by the columns), the images of IMAGES (sheets, charts), and the provenance: every input file and table with its SHA-256, layer name and feature count, the parameters of the run (PARAMETERS, JSON or NAME=VALUE lines), plugin, QGIS, GDAL and numpy versions, the date and the suppression rule.
Rows marked in SUPPRESS_FIELD keep their labels but show '.' for every value (DIN 55301); '–' means nothing there, 'x' no meaningful value. Where a hidden value could be recovered from a total (a row or column of the same table that holds the sum of the others, e.g. a city row, or the city total of a count column, which a yearbook publishes), the smallest other rows show '.' as well (secondary suppression); the provenance counts both.</source>
        <translation>Eine eigenständige HTML-Seite (öffnet offline: keine Skripte, Schriften, Kacheln oder Links; Bilder eingebettet) und eine XLSX-Arbeitsmappe aus den Ergebnissen eines Laufs: jede in TABLES angegebene Tabelle (Indizes mit Intervallen und Hinweisen, Ebenen, Indexreihe, lokale Maße, Milieuprofile, Beteiligungspotenzial, Bilanz; die Art wird an den Spalten erkannt), die Bilder aus IMAGES (Kartenblätter, Grafiken) und die Herkunft jeder Zahl: jede Eingabedatei und Tabelle mit SHA-256, Layername und Objektanzahl, die Parameter des Laufs (PARAMETERS, JSON oder Zeilen NAME=WERT), die Versionen von Plugin, QGIS, GDAL und numpy, das Datum und die Geheimhaltungsregel.
In SUPPRESS_FIELD markierte Zeilen behalten ihre Bezeichnungen, zeigen aber für jeden Wert „.“ (DIN 55301); „–“ bedeutet nichts vorhanden, „x“ Aussage nicht sinnvoll. Wo ein ausgeblendeter Wert aus einer Summe zurückgerechnet werden könnte (eine Zeile oder Spalte derselben Tabelle mit der Summe der anderen, z. B. eine Zeile für die Stadt, oder die Stadtsumme einer Zählspalte, die ein Jahrbuch veröffentlicht), zeigen auch die kleinsten anderen Zeilen „.“ (sekundäre Geheimhaltung); die Herkunftsangaben zählen beide.</translation>
    </message>
</context>
<context>
    <name>SegregationChange</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="48"/>
        <source>Segregation change between two dates</source>
        <translation>Veränderung der Segregation zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="50"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="51"/>
        <source>Compares segregation indices of two dates (or two data sets) on the same units, matched by key: value at A, value at B, difference B − A with a bias-corrected bootstrap confidence interval and a two-sided bootstrap p-value for 'no change'. Units present at only one date are left out and counted in the note.</source>
        <translation>Vergleicht Segregationsindizes zweier Zeitpunkte (oder zweier Datensätze) auf denselben Raumeinheiten, über den Schlüssel zugeordnet: Wert zu A, Wert zu B, Differenz B − A mit einem verzerrungskorrigierten Bootstrap-Konfidenzintervall und einem zweiseitigen Bootstrap-p-Wert für „keine Veränderung“. Raumeinheiten, die nur zu einem Zeitpunkt vorhanden sind, werden ausgelassen und in der Anmerkung gezählt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="59"/>
        <source>Units at date A (earlier)</source>
        <translation>Raumeinheiten zum Zeitpunkt A (früher)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="61"/>
        <source>Unit key at date A</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt A</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="63"/>
        <source>Units at date B (later)</source>
        <translation>Raumeinheiten zum Zeitpunkt B (später)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="65"/>
        <source>Unit key at date B</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt B</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="67"/>
        <source>Total population field (in both)</source>
        <translation>Feld der Gesamtbevölkerung (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="70"/>
        <source>Group count fields (in both)</source>
        <translation>Anzahlfelder der Gruppen (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="73"/>
        <source>Indices (default: D)</source>
        <translation>Indizes (Standard: D)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="75"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="78"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="80"/>
        <source>Change table</source>
        <translation>Veränderungstabelle</translation>
    </message>
</context>
<context>
    <name>SegregationIndices</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="47"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="49"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="50"/>
        <source>City-wide segregation indices for one or more groups, one row per index and group: dissimilarity D, Gini, Theil's H, Atkinson A(0.5), isolation xPx, exposure xPy, correlation ratio eta², and with 'Groups form a partition' the multigroup indices. Spatial indices use the layer's polygons (projected CRS; geographic layers are reprojected). Units with no population are skipped and counted in the note; units with a missing (NULL) count are refused, or with MISSING_VALUES=skip left out and counted in the note. With permutations, the expected value under random allocation (each unit keeps its total, membership drawn with the city share) and a p-value are added.</source>
        <translation>Gesamtstädtische Segregationsindizes für eine oder mehrere Gruppen, eine Zeile je Index und Gruppe: Dissimilaritätsindex D, Gini-Index, Theil-Index H, Atkinson-Index A(0,5), Isolation xPx, Exposition xPy, Korrelationsverhältnis eta² und mit „Gruppen bilden eine Zerlegung“ die Mehrgruppenindizes. Räumliche Indizes verwenden die Polygone des Layers (projiziertes KBS; Layer in geografischen Koordinaten werden umprojiziert). Raumeinheiten ohne Bevölkerung werden übersprungen und in der Anmerkung gezählt; Raumeinheiten mit fehlender Zahl (NULL) werden abgelehnt oder mit MISSING_VALUES=skip ausgelassen und in der Anmerkung gezählt. Mit Permutationen werden der Erwartungswert unter Zufallsverteilung (jede Raumeinheit behält ihre Gesamtzahl, die Gruppenzugehörigkeit wird mit dem gesamtstädtischen Anteil gezogen) und ein p-Wert ergänzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="63"/>
        <source>Spatial units (layer or table, one row per unit)</source>
        <translation>Raumeinheiten (Layer oder Tabelle, eine Zeile je Raumeinheit)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="66"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="68"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="71"/>
        <source>Groups form a partition of the total (add multigroup indices)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (Mehrgruppenindizes ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="74"/>
        <source>Indices (default: all that apply)</source>
        <translation>Indizes (Standard: alle anwendbaren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="76"/>
        <source>Permutations for the test against random allocation</source>
        <translation>Permutationen für den Test gegen Zufallsverteilung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="79"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="81"/>
        <source>Parent unit field (between/within decomposition)</source>
        <translation>Feld der übergeordneten Raumeinheit (Zerlegung in Anteile zwischen und innerhalb der übergeordneten Einheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="84"/>
        <source>Units with a missing (NULL) count</source>
        <translation>Raumeinheiten mit fehlender Zahl (NULL)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="86"/>
        <source>Bootstrap draws for confidence intervals (empty: as many as permutations)</source>
        <translation>Bootstrap-Ziehungen für Konfidenzintervalle (leer: so viele wie Permutationen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="90"/>
        <source>Atkinson shape parameter b</source>
        <translation>Formparameter b des Atkinson-Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="93"/>
        <source>Distance unit of the exp(-d) decay (metres)</source>
        <translation>Distanzeinheit des Abfalls exp(-d) (Meter)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="96"/>
        <source>Kernel bandwidths for HSPATIAL in metres (several: a multiscalar profile, e.g. 500,1000,2000,4000)</source>
        <translation>Kernbandbreiten für HSPATIAL in Metern (mehrere: ein multiskalares Profil, z. B. 500,1000,2000,4000)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="100"/>
        <source>Kernel of HSPATIAL</source>
        <translation>Kernfunktion für HSPATIAL</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="102"/>
        <source>Kernel sums of HSPATIAL, ACL, RCL, SP, DDXPX, DDXPY (auto: exact where affordable, else an FFT grid; for the Gaussian the corrected grid wherever it is faster and within 1e-5 of the exact sums; the note says which)</source>
        <translation>Kernsummen für HSPATIAL, ACL, RCL, SP, DDXPX, DDXPY (auto: exakt, wo bezahlbar, sonst ein FFT-Raster; beim Gauß-Kern das korrigierte Raster, wo immer es schneller ist und höchstens 1e-5 von den exakten Summen abweicht; die Notiz nennt das Verfahren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="108"/>
        <source>City centre point(s) for centralisation (several: polycentric, distance to the nearest; empty: mean of unit centroids)</source>
        <translation>Punkt(e) des Stadtzentrums für die Zentralisierung (mehrere: polyzentrisch, Abstand zum nächstgelegenen; leer: Mittel der Schwerpunkte der Raumeinheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="112"/>
        <source>Index table</source>
        <translation>Indextabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="159"/>
        <source>{n} units read from &apos;{layer}&apos;.</source>
        <translation>{n} Raumeinheiten aus „{layer}“ gelesen.</translation>
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
