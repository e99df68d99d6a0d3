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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="355"/>
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
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="329"/>
        <source>{n} classes requested; a ratio to the average needs an odd number of classes centred at 1, so {m} are drawn.</source>
        <translation>{n} Klassen angefordert; ein Verhältnis zum Durchschnitt erfordert eine ungerade Anzahl von Klassen mit 1 in der Mitte, daher werden {m} dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="345"/>
        <source>(about average)</source>
        <translation>(etwa durchschnittlich)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="921"/>
        <source>There are no values to classify (all are NULL or suppressed).</source>
        <translation>Es gibt keine Werte zum Klassifizieren (alle sind NULL oder unterdrückt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="429"/>
        <source>{n} classes requested; {m} are drawn.</source>
        <translation>{n} Klassen angefordert; {m} werden dargestellt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="447"/>
        <source>Only {m} distinct classes could be formed from the values.</source>
        <translation>Aus den Werten konnten nur {m} unterschiedliche Klassen gebildet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="494"/>
        <source>HH: high, neighbours high</source>
        <translation>HH: hoch, Umgebung hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="495"/>
        <source>HL: high, neighbours low</source>
        <translation>HL: hoch, Umgebung niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="496"/>
        <source>LH: low, neighbours high</source>
        <translation>LH: niedrig, Umgebung hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="497"/>
        <source>LL: low, neighbours low</source>
        <translation>LL: niedrig, Umgebung niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="498"/>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="504"/>
        <source>mixed (no dominant milieu)</source>
        <translation>gemischt (kein dominantes Milieu)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="528"/>
        <source>Values without a colour in the model: {v}.</source>
        <translation>Werte ohne Farbe im Modell: {v}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="573"/>
        <source>Unknown kind &apos;{k}&apos;; use one of {ks}.</source>
        <translation>Unbekannte Art „{k}“; verwenden Sie eine der folgenden: {ks}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="575"/>
        <source>Unknown classification &apos;{m}&apos;.</source>
        <translation>Unbekannte Klassifizierung „{m}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="589"/>
        <source>Field &apos;{f}&apos; has negative values; a ratio to the average (LQ) cannot be negative.</source>
        <translation>Das Feld „{f}“ enthält negative Werte; ein Verhältnis zum Durchschnitt (LQ) kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="945"/>
        <source>suppressed / no data</source>
        <translation>unterdrückt / keine Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="858"/>
        <source>Number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="755"/>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="941"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="146"/>
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
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="150"/>
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
        <location filename="../milieu_atlas_plugin/processing/base.py" line="187"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="144"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="62"/>
        <source>Could not open layer &apos;{0}&apos; ({1}).</source>
        <translation>Der Layer „{0}“ konnte nicht geöffnet werden ({1}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="123"/>
        <source>Algorithm {0} is not available: is the Milieu Atlas provider loaded?</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar: Ist der Verarbeitungsanbieter von Milieu Atlas geladen?</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="146"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/tasks.py" line="164"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="323"/>
        <source>Profile of {n} {units}, {y}. LQ = share in the district ÷ share in the city (1 = average); median over the districts with a value. '.' = value suppressed for confidentiality, '–' = nothing there.</source>
        <translation>Profil der {n} {units}, {y}. LQ = Anteil im Gebiet ÷ Anteil in der Stadt (1 = Durchschnitt); Median über die Gebiete mit Wert. „.“ = Wert aus Gründen der Geheimhaltung gesperrt, „–“ = nichts vorhanden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="328"/>
        <source>Profile of {n} {units}. LQ = share in the district ÷ share in the city (1 = average); median over the districts with a value. '.' = value suppressed for confidentiality, '–' = nothing there.</source>
        <translation>Profil der {n} {units}. LQ = Anteil im Gebiet ÷ Anteil in der Stadt (1 = Durchschnitt); Median über die Gebiete mit Wert. „.“ = Wert aus Gründen der Geheimhaltung gesperrt, „–“ = nichts vorhanden.</translation>
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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="343"/>
        <source>District profile</source>
        <translation>Gebietsprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="587"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="563"/>
        <source>Total of the districts shown: {v}</source>
        <translation>Summe der dargestellten Gebiete: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="563"/>
        <source>Circle area proportional to the count. Counts are drawn as circles, not as coloured areas, which would let large districts dominate the map.</source>
        <translation>Kreisfläche proportional zur Anzahl. Absolute Zahlen werden als Kreise dargestellt, nicht als eingefärbte Flächen, bei denen große Gebiete das Kartenbild bestimmen würden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="571"/>
        <source>{n} with fewer than {m} in the count (value suppressed)</source>
        <translation>{n} mit weniger als {m} in der Fallzahl (Wert gesperrt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="574"/>
        <source>{n} with fewer than {m} residents (too small for a meaningful value)</source>
        <translation>{n} mit weniger als {m} Einwohnern (zu klein für einen aussagekräftigen Wert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="577"/>
        <source>{n} suppressed for confidentiality</source>
        <translation>{n} aus Gründen der Geheimhaltung gesperrt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="582"/>
        <source>{n} without a value</source>
        <translation>{n} ohne Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="585"/>
        <source>Hatched: {n} of {t} {units}: {parts}.</source>
        <translation>Schraffiert: {n} der {t} {units}: {parts}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="750"/>
        <source>City average: LQ = 1</source>
        <translation>Stadtdurchschnitt: LQ = 1</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="760"/>
        <source>City: {v}</source>
        <translation>Gesamtstadt: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="766"/>
        <source>Median of the districts: {v}</source>
        <translation>Median der Gebiete: {v}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="771"/>
        <source>fixed, symmetric around 1</source>
        <translation>fest, symmetrisch um 1</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="776"/>
        <source>standard deviations (mean {m}, standard deviation {s})</source>
        <translation>Standardabweichungen (Mittelwert {m}, Standardabweichung {s})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="780"/>
        <source>symmetric around 0 (no change)</source>
        <translation>symmetrisch um 0 (keine Veränderung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="782"/>
        <source>circles with an area proportional to the count</source>
        <translation>Kreise mit zur Anzahl proportionaler Fläche</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="783"/>
        <source>quantiles (about equal numbers of districts per class)</source>
        <translation>Quantile (etwa gleich viele Gebiete je Klasse)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="784"/>
        <source>natural breaks (Jenks)</source>
        <translation>natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="785"/>
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="786"/>
        <source>rounded intervals (pretty breaks)</source>
        <translation>gerundete Intervalle (Pretty Breaks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="787"/>
        <source>fixed limits</source>
        <translation>feste Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="788"/>
        <source>one colour per category</source>
        <translation>eine Farbe je Kategorie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="134"/>
        <source>Markers (DIN 55301): '.' value suppressed for confidentiality, '–' nothing there, 'x' no meaningful value.</source>
        <translation>Zeichen (DIN 55301): „.“ Zahlenwert aus Gründen der Geheimhaltung nicht veröffentlicht, „–“ nichts vorhanden, „x“ Aussage nicht sinnvoll.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="136"/>
        <source>Source: {source}; {rows} rows.</source>
        <translation>Quelle: {source}; {rows} Zeilen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="137"/>
        <source>Sheets and charts</source>
        <translation>Kartenblätter und Grafiken</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="138"/>
        <source>Provenance</source>
        <translation>Herkunft der Zahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="139"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="143"/>
        <source>Index series</source>
        <translation>Indexreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="143"/>
        <source>Indices by spatial level</source>
        <translation>Indizes nach räumlicher Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="228"/>
        <source>Accounting</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="145"/>
        <source>Counts, shares and location quotients by period</source>
        <translation>Zahlen, Anteile und Lokalisationsquotienten nach Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="146"/>
        <source>Milieu profiles</source>
        <translation>Milieuprofile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="147"/>
        <source>Local measures</source>
        <translation>Lokale Maße</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="147"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="195"/>
        <source>result table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="204"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="208"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="219"/>
        <source>Input files and tables</source>
        <translation>Eingabedateien und Tabellen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="220"/>
        <source>Parameters of the run</source>
        <translation>Parameter des Laufs</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="221"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="222"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="223"/>
        <source>Suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="223"/>
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
        <location filename="../milieu_atlas_plugin/demo.py" line="159"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="333"/>
        <source>&apos;x&apos; = no meaningful value (a share or LQ where the count is 0).</source>
        <translation>„x“ = kein sinnvoller Wert (ein Anteil oder LQ, wo die Fallzahl 0 ist).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="579"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="556"/>
        <source>Colours only on inhabited land ({name}); district boundaries in full.</source>
        <translation>Farben nur auf bewohnten Flächen ({name}); Gebietsgrenzen vollständig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="163"/>
        <source>LISA clusters ({n} permutations, p ≤ {a}, FDR-corrected); ns = not significant.</source>
        <translation>Cluster nach LISA ({n} Permutationen, p ≤ {a}, FDR-korrigiert); ns = nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/texts.py" line="165"/>
        <source>LISA clusters ({n} permutations, p ≤ {a}, not FDR-corrected); ns = not significant.</source>
        <translation>Cluster nach LISA ({n} Permutationen, p ≤ {a}, ohne FDR-Korrektur); ns = nicht signifikant.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/small_multiples.py" line="68"/>
        <source>suppressed (too few persons)</source>
        <translation>unterdrückt (zu wenige Personen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="559"/>
        <source>Colours only on inhabited land; district boundaries in full.</source>
        <translation>Farben nur auf bewohnten Flächen; Gebietsgrenzen vollständig.</translation>
    </message>
</context>
<context>
    <name>DistrictAtlas</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="46"/>
        <source>District atlas (one page per district)</source>
        <translation>Gebietsatlas (eine Seite je Gebiet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="48"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="82"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="84"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="86"/>
        <source>District name field</source>
        <translation>Namensfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="89"/>
        <source>Indicators for the profile table</source>
        <translation>Indikatoren für die Profiltabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="92"/>
        <source>Suppression field (true = values hidden)</source>
        <translation>Feld für die Geheimhaltung (wahr = Werte ausgeblendet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="95"/>
        <source>Count field for small-count suppression</source>
        <translation>Fallzahlfeld für die Geheimhaltung kleiner Fallzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="99"/>
        <source>Minimum count (districts below it are suppressed)</source>
        <translation>Mindestfallzahl (Gebiete darunter werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="102"/>
        <source>Atlas title (default: District profile)</source>
        <translation>Titel des Atlas (Standard: Gebietsprofil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="104"/>
        <source>Source and licence of the data</source>
        <translation>Quelle und Lizenz der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="106"/>
        <source>Year or reference date of the data</source>
        <translation>Jahr oder Stichtag der Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="108"/>
        <source>Note (default: written from the fields, units and year)</source>
        <translation>Anmerkung (Standard: aus Feldern, Raumeinheiten und Jahr erzeugt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="111"/>
        <source>Fields of the bar chart (the district against the median)</source>
        <translation>Felder des Balkendiagramms (das Gebiet gegenüber dem Median)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="118"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="119"/>
        <source>Language of the pages</source>
        <translation>Sprache der Seiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="121"/>
        <source>Atlas (single PDF)</source>
        <translation>Atlas (eine einzige PDF-Datei)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="121"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="124"/>
        <source>Folder for one PDF per district</source>
        <translation>Ordner für eine PDF-Datei je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="127"/>
        <source>Profile table of every district (CSV or XLSX)</source>
        <translation>Profiltabelle aller Gebiete (CSV oder XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="130"/>
        <source>Pages / files written</source>
        <translation>Geschriebene Seiten / Dateien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="141"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="143"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="146"/>
        <source>No indicator (FIELDS) was given for layer &apos;{l}&apos;.</source>
        <translation>Für den Layer „{l}“ wurde kein Indikator (FIELDS) angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="147"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="149"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="151"/>
        <source>suppression</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="153"/>
        <source>count</source>
        <translation>Fallzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="159"/>
        <source>MODE=single needs OUTPUT_PDF.</source>
        <translation>MODE=single erfordert OUTPUT_PDF.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="161"/>
        <source>MODE=per_district needs OUTPUT_FOLDER.</source>
        <translation>MODE=per_district erfordert OUTPUT_FOLDER.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="186"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: feature {i} has no key (NULL).</source>
        <translation>Layer „{l}“, Feld „{f}“: Objekt {i} hat keinen Schlüssel (NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="190"/>
        <source>Layer &apos;{l}&apos;, field &apos;{f}&apos;: key &apos;{k}&apos; occurs more than once.</source>
        <translation>Layer „{l}“, Feld „{f}“: Schlüssel „{k}“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="222"/>
        <source>Keys that give the same file name were numbered: {m}</source>
        <translation>Schlüssel, die denselben Dateinamen ergäben, wurden nummeriert: {m}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="338"/>
        <source>No SOURCE_TEXT given: the pages are marked &apos;source missing&apos; and are not ready to publish.</source>
        <translation>Kein SOURCE_TEXT angegeben: Die Seiten sind als „Quelle fehlt“ markiert und nicht zur Veröffentlichung bereit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="378"/>
        <source>Laying out {n} pages…</source>
        <translation>{n} Seiten werden gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="389"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="403"/>
        <source>Atlas written: {p}</source>
        <translation>Atlas geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="217"/>
        <source>{n} more districts hidden, so that the suppressed ones cannot be recovered from a total (secondary suppression).</source>
        <translation>{n} weitere Gebiete ausgeblendet, damit die gesperrten nicht aus einer Summe zurückgerechnet werden können (sekundäre Geheimhaltung).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="49"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_atlas.py" line="115"/>
        <source>Inhabited land: colours only there (polygons or raster, optional)</source>
        <translation>Bewohnte Flächen: Farben nur dort (Polygone oder Raster, optional)</translation>
    </message>
</context>
<context>
    <name>DistrictTypology</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="41"/>
        <source>District typology</source>
        <translation>Gebietstypisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="43"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="44"/>
        <source>Groups districts into types by their composition and writes type_id, type_label and type_distance (distance to the type centre divided by the type's root-mean-square distance: about 1 is typical, 2 and more unusual) to a copy of the input.&lt;br&gt;&lt;b&gt;kmeans&lt;/b&gt;: k-means with many k-means++ restarts on the transformed indicators, as the UK Output Area Classification (asinh_range: inverse hyperbolic sine, then scaled to 0-1). Types are numbered by size (1 = largest); the same seed gives the same types, whatever the order of the features.&lt;br&gt;&lt;b&gt;contiguous&lt;/b&gt;: Ward clustering that only merges neighbouring polygons (queen contiguity): every type is one connected region. Districts without a neighbour (islands) stay unclassified; separate areas of the layer get separate types; both are reported.&lt;br&gt;&lt;b&gt;mss&lt;/b&gt;: the index method of Berlin's Monitoring Soziale Stadtentwicklung: status and dynamics indicators (high values = disadvantage) are z-scored, summed and z-scored again; status classes 1 hoch (below -1), 2 mittel, 3 niedrig (above +1), 4 sehr niedrig (above +1.5); dynamics 1 positiv (below -1), 2 stabil, 3 negativ (above +1). type_id = 10 × status + dynamics. Needs no scikit-learn.&lt;br&gt;K = 0 chooses between 2 and 10 types by the silhouette (reported in the log). Districts with an empty (NULL) indicator, or with fewer residents than the minimum population when a population field is given, stay unclassified and are counted. PROFILE lists per type the number of districts, the population, the mean of every indicator and its index score (type mean / mean of all classified districts × 100). kmeans and contiguous need scikit-learn (Debian: python3-sklearn).</source>
        <translation>Fasst Gebiete nach ihrer Zusammensetzung zu Typen zusammen und schreibt type_id, type_label und type_distance (Abstand zum Typzentrum geteilt durch den quadratisch gemittelten Abstand im Typ: etwa 1 ist typisch, 2 und mehr ungewöhnlich) in eine Kopie der Eingabe.&lt;br&gt;&lt;b&gt;kmeans&lt;/b&gt;: k-Means mit vielen k-means++-Neustarts auf den transformierten Indikatoren, wie bei der britischen Output Area Classification (asinh_range: Areasinus hyperbolicus, dann auf 0–1 skaliert). Die Typen sind nach Größe nummeriert (1 = größter); derselbe Startwert ergibt dieselben Typen, unabhängig von der Reihenfolge der Objekte.&lt;br&gt;&lt;b&gt;contiguous&lt;/b&gt;: Ward-Clusterung, die nur benachbarte Polygone zusammenfasst (Queen-Nachbarschaft): Jeder Typ ist eine zusammenhängende Region. Gebiete ohne Nachbarn (Inseln) bleiben unklassifiziert; getrennte Teilflächen des Layers erhalten eigene Typen; beides wird gemeldet.&lt;br&gt;&lt;b&gt;mss&lt;/b&gt;: das Indexverfahren des Berliner Monitorings Soziale Stadtentwicklung: Status- und Dynamikindikatoren (hohe Werte = Benachteiligung) werden z-standardisiert, summiert und erneut z-standardisiert; Statusklassen 1 hoch (unter -1), 2 mittel, 3 niedrig (über +1), 4 sehr niedrig (über +1,5); Dynamik 1 positiv (unter -1), 2 stabil, 3 negativ (über +1). type_id = 10 × Status + Dynamik. Benötigt kein scikit-learn.&lt;br&gt;K = 0 wählt zwischen 2 und 10 Typen nach dem Silhouettenkoeffizienten (im Protokoll ausgegeben). Gebiete mit einem leeren Indikator (NULL) oder – wenn ein Einwohnerfeld angegeben ist – mit weniger Einwohnern als die Mindestzahl bleiben unklassifiziert und werden gezählt. PROFILE enthält je Typ die Zahl der Gebiete, die Einwohnerzahl, den Mittelwert jedes Indikators und seinen Indexwert (Mittelwert des Typs / Mittelwert aller klassifizierten Gebiete × 100). kmeans und contiguous benötigen scikit-learn (Debian: python3-sklearn).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="70"/>
        <source>Districts (layer or table, one row per district)</source>
        <translation>Gebiete (Layer oder Tabelle, eine Zeile je Gebiet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="73"/>
        <source>Indicator fields (kmeans, contiguous; with mss: more profile columns)</source>
        <translation>Indikatorfelder (kmeans, contiguous; bei mss: weitere Spalten im Profil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="77"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="78"/>
        <source>Number of types (0: choose 2-10 by silhouette)</source>
        <translation>Anzahl der Typen (0: 2–10 nach Silhouettenkoeffizient wählen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="81"/>
        <source>k-means restarts</source>
        <translation>Neustarts von k-Means</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="84"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="86"/>
        <source>Transformation of the indicators</source>
        <translation>Transformation der Indikatoren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="88"/>
        <source>Status indicators (mss; high = disadvantage)</source>
        <translation>Statusindikatoren (mss; hoch = Benachteiligung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="91"/>
        <source>Dynamics indicators (mss; high = worsening)</source>
        <translation>Dynamikindikatoren (mss; hoch = Verschlechterung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="94"/>
        <source>Population field (optional)</source>
        <translation>Einwohnerfeld (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="97"/>
        <source>Minimum population (smaller districts stay unclassified)</source>
        <translation>Mindesteinwohnerzahl (kleinere Gebiete bleiben unklassifiziert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="100"/>
        <source>Districts with types</source>
        <translation>Gebiete mit Typen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="102"/>
        <source>Type profiles</source>
        <translation>Typprofile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="104"/>
        <source>Number of types</source>
        <translation>Anzahl der Typen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="105"/>
        <source>Silhouette of the chosen number of types (K = 0)</source>
        <translation>Silhouettenkoeffizient der gewählten Typenzahl (K = 0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="107"/>
        <source>Silhouette of every number of types tried (K = 0)</source>
        <translation>Silhouettenkoeffizient jeder geprüften Typenzahl (K = 0)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="109"/>
        <source>Classified districts</source>
        <translation>Klassifizierte Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="110"/>
        <source>Unclassified districts (NULL, small population, islands)</source>
        <translation>Unklassifizierte Gebiete (NULL, geringe Einwohnerzahl, Inseln)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="112"/>
        <source>Districts without a neighbour (contiguous)</source>
        <translation>Gebiete ohne Nachbarn (contiguous)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="114"/>
        <source>Separate areas of the layer (contiguous)</source>
        <translation>Getrennte Teilflächen des Layers (contiguous)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="116"/>
        <source>Within-type sum of squares (transformed indicators)</source>
        <translation>Quadratsumme innerhalb der Typen (transformierte Indikatoren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="122"/>
        <source>high share of {names}</source>
        <translation>hoher Anteil {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="123"/>
        <source>low share of {names}</source>
        <translation>niedriger Anteil {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="124"/>
        <source>average composition</source>
        <translation>durchschnittliche Zusammensetzung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="125"/>
        <source>{label} (type {id})</source>
        <translation>{label} (Typ {id})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="126"/>
        <source>Status {status}, dynamics {dynamics}</source>
        <translation>Status {status}, Dynamik {dynamics}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="127"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="128"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="129"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="130"/>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="131"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="132"/>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="133"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="181"/>
        <source>No population field: no district is left out for a small population (the MSS leaves out those below 300).</source>
        <translation>Kein Einwohnerfeld: Kein Gebiet wird wegen geringer Einwohnerzahl ausgelassen (das MSS lässt Gebiete unter 300 Einwohnern aus).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="251"/>
        <source>{n} districts consist of several parts (features {ids}): a district is a neighbour of every district one of its parts touches, so a type may reach across the gap between its parts.</source>
        <translation>{n} Gebiete bestehen aus mehreren Teilen (Objekte {ids}): Ein Gebiet ist Nachbar jedes Gebiets, das einer seiner Teile berührt; ein Typ kann daher über die Lücke zwischen seinen Teilen reichen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="262"/>
        <source>{n} districts have an empty (NULL) indicator and stay unclassified (features {ids}).</source>
        <translation>{n} Gebiete haben einen leeren Indikator (NULL) und bleiben unklassifiziert (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="267"/>
        <source>{n} districts have fewer than {m} residents in &apos;{field}&apos; and stay unclassified (features {ids}).</source>
        <translation>{n} Gebiete haben laut „{field}“ weniger als {m} Einwohner und bleiben unklassifiziert (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="273"/>
        <source>{n} districts have no classified neighbour (islands) and stay unclassified: a contiguous type cannot include them (features {ids}).</source>
        <translation>{n} Gebiete haben keinen klassifizierten Nachbarn (Inseln) und bleiben unklassifiziert: Ein zusammenhängender Typ kann sie nicht einschließen (Objekte {ids}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="278"/>
        <source>The districts form {n} separate areas; each gets its own types, no type crosses between them.</source>
        <translation>Die Gebiete bilden {n} getrennte Teilflächen; jede erhält eigene Typen, kein Typ reicht über mehrere.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="282"/>
        <source>K = {k}: silhouette {s:.4f}</source>
        <translation>K = {k}: Silhouettenkoeffizient {s:.4f}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="284"/>
        <source>K = {k} chosen (highest silhouette).</source>
        <translation>K = {k} gewählt (höchster Silhouettenkoeffizient).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="286"/>
        <source>The silhouettes are estimated on a random sample of {n} districts (seeded).</source>
        <translation>Die Silhouettenkoeffizienten werden an einer Zufallsstichprobe von {n} Gebieten geschätzt (mit festem Startwert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="290"/>
        <source>METHOD=mss has fixed classes: K is ignored.</source>
        <translation>METHOD=mss hat feste Klassen: K wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="291"/>
        <source>{n} districts in {k} types.</source>
        <translation>{n} Gebiete in {k} Typen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="341"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="33"/>
        <source>Join data to districts</source>
        <translation>Daten mit Gebieten verknüpfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="35"/>
        <source>Data preparation</source>
        <translation>Datenaufbereitung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="36"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="54"/>
        <source>District polygons</source>
        <translation>Gebietspolygone</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="56"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="58"/>
        <source>Source layer or table</source>
        <translation>Quelllayer oder -tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="60"/>
        <source>Join mode</source>
        <translation>Verknüpfungsmodus</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="61"/>
        <source>Source key field (key mode)</source>
        <translation>Schlüsselfeld der Quelle (Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="64"/>
        <source>Count or share fields to carry</source>
        <translation>Zu übernehmende Anzahl- oder Anteilsfelder</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="67"/>
        <source>Total field</source>
        <translation>Feld der Gesamtzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="69"/>
        <source>Fields are shares of the total (percent or fraction)</source>
        <translation>Felder sind Anteile an der Gesamtzahl (Prozent oder Bruchteil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="72"/>
        <source>Weight raster (dasymetric mode)</source>
        <translation>Gewichtungsraster (Modus dasymetric)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="74"/>
        <source>Invalid geometries</source>
        <translation>Ungültige Geometrien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="76"/>
        <source>Unit of the shares</source>
        <translation>Einheit der Anteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="77"/>
        <source>Category field (long table, key mode)</source>
        <translation>Kategoriefeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="80"/>
        <source>Value field (long table, key mode)</source>
        <translation>Wertfeld (lange Tabelle, Modus key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="83"/>
        <source>Categories to carry (long table; comma separated, empty = all)</source>
        <translation>Zu übernehmende Kategorien (lange Tabelle; durch Kommas getrennt, leer = alle)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="88"/>
        <source>Districts with joined fields</source>
        <translation>Gebiete mit verknüpften Feldern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="90"/>
        <source>Unmatched source rows, points or pieces</source>
        <translation>Nicht zugeordnete Quellzeilen, Punkte oder Teilstücke</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="93"/>
        <source>Accounting table</source>
        <translation>Bilanztabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="157"/>
        <source>Reading districts…</source>
        <translation>Gebiete werden gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="216"/>
        <source>Accounting (source = districts + unmatched):</source>
        <translation>Bilanz (Quelle = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="220"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>LocalMeasures</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="33"/>
        <source>Local measures per district</source>
        <translation>Lokale Maßzahlen je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="35"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="52"/>
        <source>Districts (layer with counts)</source>
        <translation>Gebiete (Layer mit Anzahlen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="54"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="56"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="59"/>
        <source>Groups form a partition of the total (add local diversity)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (lokale Diversität ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="62"/>
        <source>Local Moran (LISA) and Getis-Ord Gi* (polygons only)</source>
        <translation>Lokales Moran’s I (LISA) und Getis-Ord Gi* (nur Polygone)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="65"/>
        <source>Permutations for LISA and Gi* p-values</source>
        <translation>Permutationen für die p-Werte von LISA und Gi*</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="68"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="70"/>
        <source>Control the false discovery rate (Benjamini-Hochberg) for LISA classes</source>
        <translation>Falscherkennungsrate (Benjamini-Hochberg) für die LISA-Klassen kontrollieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="73"/>
        <source>Minimum count shown (smaller counts are suppressed)</source>
        <translation>Mindestfallzahl für die Anzeige (kleinere Fallzahlen werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="79"/>
        <source>Districts with local measures</source>
        <translation>Gebiete mit lokalen Maßzahlen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="111"/>
        <source>{n} districts have no neighbour (islands): their LISA class is &apos;ns&apos;.</source>
        <translation>{n} Gebiete haben keine Nachbarn (Inseln): Ihre LISA-Klasse ist „ns“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="114"/>
        <source>No polygons: LISA and Gi* are skipped.</source>
        <translation>Keine Polygone: LISA und Gi* werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="115"/>
        <source>Computing the local measures…</source>
        <translation>Lokale Maße werden berechnet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="132"/>
        <source>{n} districts have values below the minimum count {m}: suppressed.</source>
        <translation>{n} Gebiete haben Werte unter der Mindestfallzahl {m}: unterdrückt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="76"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="36"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="602"/>
        <source>Laying out the sheet…</source>
        <translation>Kartenblatt wird gestaltet…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="617"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="629"/>
        <source>Map sheet written: {p}</source>
        <translation>Kartenblatt geschrieben: {p}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="631"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="649"/>
        <source>EXTENT lies outside the districts of layer &apos;{l}&apos; (is its coordinate reference system right?).</source>
        <translation>EXTENT liegt außerhalb der Gebiete des Layers „{l}“ (stimmt sein Koordinatenbezugssystem?).</translation>
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
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="531"/>
        <source>Layer &apos;{l}&apos; does not record the LISA settings (lisa_permutations, lisa_alpha, lisa_fdr of localmeasures): the sheet cannot state the permutations and the significance level.</source>
        <translation>Der Layer „{l}“ enthält die LISA-Einstellungen nicht (lisa_permutations, lisa_alpha, lisa_fdr aus localmeasures): Das Blatt kann die Permutationen und das Signifikanzniveau nicht angeben.</translation>
    </message>
</context>
<context>
    <name>MilieuAtlas</name>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/project_layouts.py" line="94"/>
        <source>Could not write the layer &apos;{layer}&apos; of the layout to &apos;{gpkg}&apos;: {result}</source>
        <translation>Der Layer „{layer}“ des Layouts konnte nicht nach „{gpkg}“ geschrieben werden: {result}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/project_layouts.py" line="99"/>
        <source>Could not open the copy of the layer &apos;{layer}&apos; (&apos;{gpkg}&apos;).</source>
        <translation>Die Kopie des Layers „{layer}“ („{gpkg}“) konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/project_layouts.py" line="130"/>
        <source>The layout &apos;{name}&apos; could not be copied into the project.</source>
        <translation>Das Layout „{name}“ konnte nicht in das Projekt kopiert werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/project_layouts.py" line="142"/>
        <source>The layout &apos;{name}&apos; could not be added to the project.</source>
        <translation>Das Layout „{name}“ konnte dem Projekt nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/accounting.py" line="60"/>
        <source>Field &apos;{field}&apos;: districts {d!r} + unmatched {u!r} = {value!r} differs from the source total {s!r} by more than {rtol:g} relative. This is a defect of the join; please report it with the input data.</source>
        <translation>Feld „{field}“: Gebiete {d!r} + nicht zugeordnet {u!r} = {value!r} weicht von der Summe der Quelle {s!r} relativ um mehr als {rtol:g} ab. Das ist ein Fehler der Verknüpfung; bitte melden Sie ihn mit den Eingabedaten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="112"/>
        <source>{label} does not exist.</source>
        <translation>{label} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="116"/>
        <source>{label} is not UTF-8 text (byte {start}); save it as UTF-8 CSV.</source>
        <translation>{label} ist kein UTF-8-Text (Byte {start}); speichern Sie die Datei als UTF-8-CSV.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="120"/>
        <source>{label} cannot be read: {strerror}.</source>
        <translation>{label} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="127"/>
        <source>{label} has no header line.</source>
        <translation>{label} hat keine Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="134"/>
        <source>{label}: a quoted field spans several lines (near line {head_no}); write every record on one line.</source>
        <translation>{label}: Ein Feld in Anführungszeichen erstreckt sich über mehrere Zeilen (nahe Zeile {head_no}); schreiben Sie jeden Datensatz in eine Zeile.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="141"/>
        <source>{label}, line {head_no}: the header lacks the column(s) {missing} (expected {required}).</source>
        <translation>{label}, Zeile {head_no}: In der Kopfzeile fehlen die Spalten {missing} (erwartet: {required}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="146"/>
        <source>{label}, line {head_no}: the header names column &apos;{dup}&apos; twice.</source>
        <translation>{label}, Zeile {head_no}: Die Kopfzeile nennt die Spalte „{dup}“ zweimal.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="153"/>
        <source>{label}, line {no}: {n_cells} values for {n_header} columns (delimiter &apos;{delimiter}&apos;; quote values that contain it).</source>
        <translation>{label}, Zeile {no}: {n_cells} Werte für {n_header} Spalten (Trennzeichen „{delimiter}“; setzen Sie Werte, die es enthalten, in Anführungszeichen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="159"/>
        <source>{label} has a header but no data line.</source>
        <translation>{label} hat eine Kopfzeile, aber keine Datenzeile.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="265"/>
        <source>{where}: no code.</source>
        <translation>{where}: kein Code.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="185"/>
        <source>{where}: code &apos;{code}&apos; is not usable as a field name (a letter, then letters, digits or &apos;_&apos;, at most 31 characters).</source>
        <translation>{where}: Der Code „{code}“ ist als Feldname nicht verwendbar (ein Buchstabe, dann Buchstaben, Ziffern oder „_“, höchstens 31 Zeichen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="190"/>
        <source>{where}: code &apos;{code}&apos; is reserved (mil_dominant = &apos;MIX&apos; marks districts without a clear dominant milieu).</source>
        <translation>{where}: Der Code „{code}“ ist reserviert (mil_dominant = „MIX“ kennzeichnet Gebiete ohne klar vorherrschendes Milieu).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="195"/>
        <source>{where}: code &apos;{code}&apos; is reserved (mil_{code2} is a field of the milieu profile).</source>
        <translation>{where}: Der Code „{code}“ ist reserviert (mil_{code2} ist ein Feld des Milieuprofils).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="199"/>
        <source>{where}: duplicate code &apos;{code}&apos; (already on line {seen}).</source>
        <translation>{where}: doppelter Code „{code}“ (bereits in Zeile {seen}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="205"/>
        <source>{where}: milieu &apos;{code}&apos; has no segment.</source>
        <translation>{where}: Das Milieu „{code}“ hat kein Segment.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="209"/>
        <source>{where}: segment &apos;{segment}&apos; has no letter or digit usable in a field name.</source>
        <translation>{where}: Das Segment „{segment}“ enthält keinen Buchstaben und keine Ziffer, die in einem Feldnamen verwendbar sind.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="214"/>
        <source>{where}: colour &apos;{colour}&apos; of milieu &apos;{code}&apos; is not of the form &apos;#RRGGBB&apos;.</source>
        <translation>{where}: Die Farbe „{colour}“ des Milieus „{code}“ hat nicht die Form „#RRGGBB“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="228"/>
        <source>{label}: segments &apos;{order}&apos; and &apos;{order2}&apos; give the same field name seg_{key}; rename one of them.</source>
        <translation>{label}: Die Segmente „{order}“ und „{order2}“ ergeben denselben Feldnamen seg_{key}; benennen Sie eines davon um.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="243"/>
        <source>{where}: {column} &apos;{text}&apos; is not a number.</source>
        <translation>{where}: {column} „{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="247"/>
        <source>{where}: {column} &apos;{text}&apos; is not a finite number.</source>
        <translation>{where}: {column} „{text}“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="270"/>
        <source>{where}: code &apos;{raw}&apos; is not a milieu of the model &apos;{name}&apos; ({codes}).</source>
        <translation>{where}: Der Code „{raw}“ ist kein Milieu des Modells „{name}“ ({codes}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="274"/>
        <source>{where}: duplicate code &apos;{raw}&apos; (already on line {found}).</source>
        <translation>{where}: doppelter Code „{raw}“ (bereits in Zeile {found}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="281"/>
        <source>{where}: {column} {value:g} of &apos;{code}&apos; is outside [0, 1] (rates are fractions: 0.2 for 20 %).</source>
        <translation>{where}: {column} {value:g} von „{code}“ liegt außerhalb von [0, 1] (Quoten sind Anteile: 0.2 für 20 %).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="286"/>
        <source>{where}: potential {q:g} of &apos;{code}&apos; is below its status quo {s:g} (the potential includes those who already take part).</source>
        <translation>{where}: Das Potenzial {q:g} von „{code}“ liegt unter seinem Status quo {s:g} (das Potenzial schließt diejenigen ein, die bereits teilnehmen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="295"/>
        <source>{where}: n {n:g} of &apos;{code}&apos; is below 1 (number of respondents).</source>
        <translation>{where}: n {n:g} von „{code}“ ist kleiner als 1 (Zahl der Befragten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="301"/>
        <source>{label}: no line for the milieu(s) {missing} of the model &apos;{name}&apos;; every milieu needs its rates.</source>
        <translation>{label}: keine Zeile für die Milieus {missing} des Modells „{name}“; jedes Milieu braucht seine Quoten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/monitoring.py" line="42"/>
        <source>{where}: date &apos;{text}&apos; is not YYYY-MM or YYYY-HH (e.g. 2015-01).</source>
        <translation>{where}: Das Datum „{text}“ hat nicht die Form JJJJ-MM oder JJJJ-HH (z. B. 2015-01).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/monitoring.py" line="51"/>
        <source>PATTERN &apos;{pattern}&apos; must contain {{date}} exactly once.</source>
        <translation>PATTERN „{pattern}“ muss {{date}} genau einmal enthalten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/monitoring.py" line="63"/>
        <source>Two periods have the same date {d}: &apos;{seen}&apos; and &apos;{label}&apos;.</source>
        <translation>Zwei Stichtage haben dasselbe Datum {d}: „{seen}“ und „{label}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="191"/>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="222"/>
        <source>field &apos;{field}&apos;</source>
        <translation>Feld „{field}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="222"/>
        <source>the column</source>
        <translation>die Spalte</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="230"/>
        <source>{name}: {row_name} has no value (NULL).</source>
        <translation>{name}: {row_name} hat keinen Wert (NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="236"/>
        <source>{name} is not numeric: {row_name} has &apos;{value}&apos;.</source>
        <translation>{name} ist nicht numerisch: {row_name} hat „{value}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="246"/>
        <source>{name}: {row_name} has no value (empty).</source>
        <translation>{name}: {row_name} hat keinen Wert (leer).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="253"/>
        <source>{name} is not numeric: {row_name} has &apos;{text}&apos;.</source>
        <translation>{name} ist nicht numerisch: {row_name} hat „{text}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="269"/>
        <source>{name} mixes number formats: {row_name} has &apos;{gt}&apos; (German) and {row_name2} has &apos;{et}&apos; (English); export the table in one format.</source>
        <translation>{name} mischt Zahlenformate: {row_name} hat „{gt}“ (deutsch) und {row_name2} hat „{et}“ (englisch); exportieren Sie die Tabelle in einem einzigen Format.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="302"/>
        <source>{name}: {row_name} has &apos;{ut}&apos;, which is {german_reading} in German and {english_reading} in English number format, and no other value of the column decides which; export the numbers without thousands separators (or with a decimal part that is not three digits).</source>
        <translation>{name}: {row_name} hat „{ut}“, das im deutschen Zahlenformat {german_reading} und im englischen {english_reading} ist, und kein anderer Wert der Spalte entscheidet, welches gilt; exportieren Sie die Zahlen ohne Tausendertrennzeichen (oder mit einem Nachkommateil, der nicht dreistellig ist).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="334"/>
        <source>{name} is not a number: &apos;{text}&apos;.</source>
        <translation>{name} ist keine Zahl: „{text}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="347"/>
        <source>{name} is not a finite number: &apos;{text}&apos;.</source>
        <translation>{name} ist keine endliche Zahl: „{text}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="109"/>
        <source>field &apos;{field}&apos; has a negative share ({raw:g}) in {where}</source>
        <translation>Feld „{field}“ hat einen negativen Anteil ({raw:g}) in {where}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="113"/>
        <source>no share values to read</source>
        <translation>keine Anteilswerte zu lesen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="117"/>
        <source>the shares of {rows_one} add up to 1 (fractions) but those of {rows_hundred} add up to 100 (percent): one unit per table; export the shares in one unit</source>
        <translation>die Anteile von {rows_one} ergeben zusammen 1 (Bruchteile), die von {rows_hundred} aber 100 (Prozent): eine Einheit je Tabelle; exportieren Sie die Anteile in einer einzigen Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="126"/>
        <source>field &apos;{field}&apos; has a share of {raw:g} % in {where}, over 100 %: the fields are not shares (leave &apos;fields are shares&apos; off for counts)</source>
        <translation>Feld „{field}“ hat einen Anteil von {raw:g} % in {where}, über 100 %: Die Felder sind keine Anteile (lassen Sie „Felder sind Anteile“ bei Anzahlen ausgeschaltet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="140"/>
        <source>field &apos;{field}&apos; mixes units: {rows} are at most {low_max:g} (fractions?) but {rows2} are {high_min:g} or more (percent?); export the shares in one unit, or set SHARE_UNIT=percent if the small values are percent</source>
        <translation>Feld „{field}“ mischt Einheiten: {rows} sind höchstens {low_max:g} (Bruchteile?), {rows2} aber {high_min:g} oder mehr (Prozent?); exportieren Sie die Anteile in einer einzigen Einheit oder setzen Sie SHARE_UNIT=percent, wenn die kleinen Werte Prozent sind</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="152"/>
        <source>every share is at most {vmax:g}: that is up to {value:g} % as fractions, or below 1 % as percent, and the values do not decide which; set SHARE_UNIT=percent or SHARE_UNIT=fraction</source>
        <translation>jeder Anteil ist höchstens {vmax:g}: Das sind als Bruchteile bis zu {value:g} % oder als Prozent unter 1 %, und die Werte entscheiden nicht, was gilt; setzen Sie SHARE_UNIT=percent oder SHARE_UNIT=fraction</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="165"/>
        <source>field &apos;{field}&apos; has a share of {raw:g} in {where}, more than the whole (read as {unit})</source>
        <translation>Feld „{field}“ hat einen Anteil von {raw:g} in {where}, mehr als das Ganze (gelesen als {unit})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="71"/>
        <source>feature {fid}</source>
        <translation>Objekt {fid}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="210"/>
        <source>rows {rows}</source>
        <translation>Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="210"/>
        <source>features {fids}</source>
        <translation>Objekte {fids}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="217"/>
        <source>{items} … ({count} in all)</source>
        <translation>{items} … (insgesamt {count})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="47"/>
        <source>districttypology METHOD={method} needs scikit-learn, which is not installed: install the Debian package python3-sklearn (or `pip install scikit-learn` for the Python that runs QGIS). METHOD=mss works without it.</source>
        <translation>districttypology METHOD={method} benötigt scikit-learn, das nicht installiert ist: Installieren Sie das Debian-Paket python3-sklearn (oder `pip install scikit-learn` für das Python, mit dem QGIS läuft). METHOD=mss funktioniert auch ohne.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="93"/>
        <source>Choose at least one indicator field.</source>
        <translation>Wählen Sie mindestens ein Indikatorfeld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="97"/>
        <source>Indicator &apos;{name}&apos; has no values (all NULL).</source>
        <translation>Der Indikator „{name}“ hat keine Werte (alle NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="107"/>
        <source>Fewer than 2 units can be classified ({ok} of {n_x} have a value in every indicator and enough population).</source>
        <translation>Weniger als 2 Einheiten können klassifiziert werden ({ok} von {n_x} haben einen Wert in jedem Indikator und genügend Einwohner).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="114"/>
        <source>Indicator &apos;{name}&apos; is constant ({col:g} in every classified unit): it cannot separate types; leave it out.</source>
        <translation>Der Indikator „{name}“ ist konstant ({col:g} in jeder klassifizierten Einheit): Er kann keine Typen trennen; lassen Sie ihn weg.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="141"/>
        <source>Unknown TRANSFORM &apos;{method}&apos;; use one of {transforms}.</source>
        <translation>Unbekannte TRANSFORM „{method}“; verwenden Sie eine von {transforms}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="205"/>
        <source>K = {key}: choose 0 (chosen by silhouette) or at least 2 types.</source>
        <translation>K = {key}: Wählen Sie 0 (Wahl nach Silhouettenkoeffizient) oder mindestens 2 Typen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="209"/>
        <source>K = {key} is larger than the number of districts that can be classified ({n}).</source>
        <translation>K = {key} ist größer als die Zahl der klassifizierbaren Gebiete ({n}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="213"/>
        <source>K = {key}, but the classified districts have only {distinct} distinct combinations of indicator values.</source>
        <translation>K = {key}, aber die klassifizierten Gebiete haben nur {distinct} verschiedene Kombinationen von Indikatorwerten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="223"/>
        <source>K = 0 chooses between {k_range} and {k_range2} types by silhouette, which needs at least 3 distinct districts ({n} can be classified).</source>
        <translation>K = 0 wählt nach dem Silhouettenkoeffizienten zwischen {k_range} und {k_range2} Typen; dafür sind mindestens 3 verschiedene Gebiete nötig ({n} sind klassifizierbar).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="258"/>
        <source>RESTARTS = {restarts}: at least 1 start is needed.</source>
        <translation>RESTARTS = {restarts}: Mindestens 1 Start ist nötig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="357"/>
        <source>Fewer than 2 districts with a neighbour can be classified ({islands} islands).</source>
        <translation>Weniger als 2 Gebiete mit Nachbarn können klassifiziert werden ({islands} Inseln).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="362"/>
        <source>Indicator &apos;{name}&apos; is constant ({xo:g}) in every district with a neighbour: it cannot separate types; leave it out.</source>
        <translation>Der Indikator „{name}“ ist in jedem Gebiet mit Nachbarn konstant ({xo:g}): Er kann keine Typen trennen; lassen Sie ihn weg.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="377"/>
        <source>The districts form {n_comp} separate areas and a type never crosses between them: K = 0 chooses at most {k_range} types; give K (at least {n_comp}).</source>
        <translation>Die Gebiete bilden {n_comp} getrennte Flächen, und kein Typ reicht über sie hinweg: K = 0 wählt höchstens {k_range} Typen; geben Sie K an (mindestens {n_comp}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="388"/>
        <source>The districts form {n_comp} separate areas (not counting {islands} islands) and a type never crosses between them: K = {key} is too small, use at least {n_comp}.</source>
        <translation>Die Gebiete bilden {n_comp} getrennte Flächen (ohne {islands} Inseln), und kein Typ reicht über sie hinweg: K = {key} ist zu klein, verwenden Sie mindestens {n_comp}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="462"/>
        <source>METHOD=mss: choose at least one status indicator (STATUS_FIELDS).</source>
        <translation>METHOD=mss: Wählen Sie mindestens einen Statusindikator (STATUS_FIELDS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/typology.py" line="465"/>
        <source>METHOD=mss: choose at least one dynamics indicator (DYNAMICS_FIELDS).</source>
        <translation>METHOD=mss: Wählen Sie mindestens einen Dynamikindikator (DYNAMICS_FIELDS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="34"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: keys are not unique.</source>
        <translation>Layer „{layer}“, Feld „{field}“: Die Schlüssel sind nicht eindeutig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="39"/>
        <source>Layers &apos;{layer_a}&apos; and &apos;{layer_b}&apos; share fewer than two keys (&apos;{key_a}&apos; / &apos;{key_b}&apos;): nothing to compare.</source>
        <translation>Die Layer „{layer_a}“ und „{layer_b}“ haben weniger als zwei gemeinsame Schlüssel („{key_a}“ / „{key_b}“): nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="101"/>
        <source>No layer given for {name}, or it cannot be opened: {parameters!r}.</source>
        <translation>Für {name} wurde kein Layer angegeben, oder er kann nicht geöffnet werden: {parameters!r}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="111"/>
        <source>MODE must be one of {modes}; got &apos;{mode}&apos;.</source>
        <translation>MODE muss einer der Werte {modes} sein; angegeben: „{mode}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="148"/>
        <source>DISTRICT_KEY: choose the key field of the district layer.</source>
        <translation>DISTRICT_KEY: Wählen Sie das Schlüsselfeld des Gebietslayers.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="133"/>
        <source>A long table needs both CATEGORY_FIELD and VALUE_FIELD.</source>
        <translation>Eine lange Tabelle braucht sowohl CATEGORY_FIELD als auch VALUE_FIELD.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="136"/>
        <source>A long table (CATEGORY_FIELD/VALUE_FIELD) is pivoted in key mode only.</source>
        <translation>Eine lange Tabelle (CATEGORY_FIELD/VALUE_FIELD) wird nur im Modus key pivotiert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="139"/>
        <source>FIELDS_ARE_SHARES applies to a wide table, not to a long table.</source>
        <translation>FIELDS_ARE_SHARES gilt für eine breite Tabelle, nicht für eine lange.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="142"/>
        <source>FIELDS: choose at least one count or share field of &apos;{s_label}&apos;.</source>
        <translation>FIELDS: Wählen Sie mindestens ein Anzahl- oder Anteilsfeld von „{s_label}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="176"/>
        <source>FIELDS_ARE_SHARES needs TOTAL_FIELD: the shares are converted to counts of it.</source>
        <translation>FIELDS_ARE_SHARES braucht TOTAL_FIELD: Die Anteile werden in Anzahlen davon umgerechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="149"/>
        <source>Layer &apos;{s_label}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{s_label}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="151"/>
        <source>Layer &apos;{d_label}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{d_label}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="194"/>
        <source>MODE=dasymetric needs WEIGHT_RASTER (a population or building raster).</source>
        <translation>MODE=dasymetric braucht WEIGHT_RASTER (ein Einwohner- oder Gebäuderaster).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="238"/>
        <source>MODE=key needs SOURCE_KEY: the field of &apos;{s_label}&apos; holding the district key.</source>
        <translation>MODE=key braucht SOURCE_KEY: das Feld von „{s_label}“, das den Gebietsschlüssel enthält.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="266"/>
        <source>Layer &apos;{label}&apos; already has a field named {items}; the joined field would hide it. Rename or remove it in the district layer first.</source>
        <translation>Der Layer „{label}“ hat bereits ein Feld namens {items}; das verknüpfte Feld würde es verdecken. Benennen Sie es im Gebietslayer zuerst um oder entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="203"/>
        <source>Layer &apos;{label}&apos;: {error}</source>
        <translation>Layer „{label}“: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="61"/>
        <source>Give at least one layer.</source>
        <translation>Geben Sie mindestens einen Layer an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="77"/>
        <source>Layer &apos;{layer}&apos; has no polygons: the spatial indices {wanted_spatial} need district polygons.</source>
        <translation>Der Layer „{layer}“ hat keine Polygone: Die räumlichen Indizes {wanted_spatial} brauchen Gebietspolygone.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="200"/>
        <source>Give either FOLDER (with PATTERN and KEY_FIELD) or SERIES_TABLE, not both or neither.</source>
        <translation>Geben Sie entweder FOLDER (mit PATTERN und KEY_FIELD) oder SERIES_TABLE an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="219"/>
        <source>TARGET: no district layer given, or it cannot be opened.</source>
        <translation>TARGET: Kein Gebietslayer angegeben, oder er kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="227"/>
        <source>TOTAL_FIELD and GROUP_FIELDS: name the total and at least one group field.</source>
        <translation>TOTAL_FIELD und GROUP_FIELDS: Nennen Sie das Feld der Gesamtzahl und mindestens ein Gruppenfeld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="230"/>
        <source>GROUP_FIELDS: each group once, and not the total field.</source>
        <translation>GROUP_FIELDS: jede Gruppe nur einmal und nicht das Feld der Gesamtzahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="235"/>
        <source>INDICES {items} are multigroup indices: set MULTIGROUP (the groups must partition the total).</source>
        <translation>INDICES {items} sind Mehrgruppenindizes: Setzen Sie MULTIGROUP (die Gruppen müssen die Gesamtzahl vollständig aufteilen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="246"/>
        <source>WEIGHT_RASTER: the weight raster cannot be opened.</source>
        <translation>WEIGHT_RASTER: Das Gewichtungsraster kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="251"/>
        <source>ADDRESS_POINTS: the address point layer cannot be opened.</source>
        <translation>ADDRESS_POINTS: Der Adresspunktlayer kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="254"/>
        <source>Give WEIGHT_RASTER or ADDRESS_POINTS for dasymetric harmonising, not both.</source>
        <translation>Geben Sie für die dasymetrische Harmonisierung WEIGHT_RASTER oder ADDRESS_POINTS an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="258"/>
        <source>ADDRESS_WEIGHT is a field of ADDRESS_POINTS: give the address points too.</source>
        <translation>ADDRESS_WEIGHT ist ein Feld von ADDRESS_POINTS: Geben Sie auch die Adresspunkte an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="273"/>
        <source>PREVIOUS_KEY: choose the key field of PREVIOUS_GEOMETRY.</source>
        <translation>PREVIOUS_KEY: Wählen Sie das Schlüsselfeld von PREVIOUS_GEOMETRY.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="289"/>
        <source>SERIES_TABLE, period {date}: geometry &apos;{geometry}&apos; has no geometry_key.</source>
        <translation>SERIES_TABLE, Stichtag {date}: Die Geometrie „{geometry}“ hat keinen geometry_key.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="385"/>
        <source>TARGET &apos;{t_label}&apos; does not cover the area of every period; &apos;{total_field}&apos; outside every target district: {uncovered_msgs}.</source>
        <translation>TARGET „{t_label}“ deckt nicht die Fläche jedes Stichtags ab; „{total_field}“ außerhalb aller Zielgebiete: {uncovered_msgs}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="392"/>
        <source>Accounting of {period} &apos;{field}&apos; does not add up ({districts} + {unmatched} != {source}); this is a defect, please report it.</source>
        <translation>Die Bilanz von {period} „{field}“ geht nicht auf ({districts} + {unmatched} != {source}); das ist ein Fehler, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="584"/>
        <source>Layer &apos;{target_label}&apos; already has a field named {clash!r}.</source>
        <translation>Der Layer „{target_label}“ hat bereits ein Feld namens {clash!r}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="164"/>
        <source>Give OUTPUT_HTML, OUTPUT_XLSX or both.</source>
        <translation>Geben Sie OUTPUT_HTML, OUTPUT_XLSX oder beides an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="170"/>
        <source>TABLES: give at least one result table or layer.</source>
        <translation>TABLES: Geben Sie mindestens eine Ergebnistabelle oder einen Layer an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="177"/>
        <source>TABLES: &apos;{layer}&apos; is not a table or vector layer.</source>
        <translation>TABLES: „{layer}“ ist keine Tabelle und kein Vektorlayer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="199"/>
        <source>IMAGES: &apos;{path}&apos; is not a PNG or SVG file.</source>
        <translation>IMAGES: „{path}“ ist keine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="260"/>
        <source>{name}: &apos;{path}&apos; is not a file.</source>
        <translation>{name}: „{path}“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="279"/>
        <source>PARAMETERS is not valid JSON: {error}.</source>
        <translation>PARAMETERS ist kein gültiges JSON: {error}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="288"/>
        <source>PARAMETERS: line &apos;{line}&apos; is not NAME=VALUE.</source>
        <translation>PARAMETERS: Die Zeile „{line}“ hat nicht die Form NAME=WERT.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="31"/>
        <source>No input layer given.</source>
        <translation>Kein Eingabelayer angegeben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="157"/>
        <source>Layer &apos;{label}&apos;: METHOD=mss needs STATUS_FIELDS and DYNAMICS_FIELDS.</source>
        <translation>Layer „{label}“: METHOD=mss braucht STATUS_FIELDS und DYNAMICS_FIELDS.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="164"/>
        <source>Layer &apos;{label}&apos;: choose at least one indicator field (FIELDS).</source>
        <translation>Layer „{label}“: Wählen Sie mindestens ein Indikatorfeld (FIELDS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="170"/>
        <source>Layer &apos;{label}&apos; has no polygons: METHOD=contiguous needs district polygons (kmeans and mss also work on tables).</source>
        <translation>Der Layer „{label}“ hat keine Polygone: METHOD=contiguous braucht Gebietspolygone (kmeans und mss funktionieren auch mit Tabellen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_typology.py" line="232"/>
        <source>Layer &apos;{layer_label}&apos; already has a field &apos;{name}&apos;; rename it or choose another layer.</source>
        <translation>Der Layer „{layer_label}“ hat bereits ein Feld „{name}“; benennen Sie es um oder wählen Sie einen anderen Layer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="195"/>
        <source>{reason} (&apos;{file}&apos;); nothing was written.</source>
        <translation>{reason} („{file}“); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="198"/>
        <source>{reason}; nothing was written.</source>
        <translation>{reason}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="204"/>
        <source>Unexpected error in {alg} ({kind}: {text}); nothing was written. Please report it with the log.</source>
        <translation>Unerwarteter Fehler in {alg} ({kind}: {text}); es wurde nichts geschrieben. Bitte melden Sie ihn mit dem Protokoll.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="34"/>
        <source>Layer &apos;{layer_label}&apos;: choose at least one group field.</source>
        <translation>Layer „{layer_label}“: Wählen Sie mindestens ein Gruppenfeld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="57"/>
        <source>Layer &apos;{layer_label}&apos;: every unit has a NULL count ({fields}); nothing is left to compute.</source>
        <translation>Layer „{layer_label}“: Jede Einheit hat eine NULL-Anzahl ({fields}); es bleibt nichts zu berechnen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="77"/>
        <source>Layer &apos;{layer_label}&apos;: group field &apos;{g}&apos; exceeds the total field &apos;{total_field}&apos; in feature {fids} ({x:g} &gt; {total:g}).</source>
        <translation>Layer „{layer_label}“: Das Gruppenfeld „{g}“ übersteigt das Feld der Gesamtzahl „{total_field}“ in Objekt {fids} ({x:g} &gt; {total:g}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="88"/>
        <source>Layer &apos;{layer_label}&apos;, field &apos;{level_field}&apos;: feature {fid} has no parent unit (NULL or empty); every unit needs one for the within/between decomposition.</source>
        <translation>Layer „{layer_label}“, Feld „{level_field}“: Objekt {fid} hat keine übergeordnete Einheit (NULL oder leer); jede Einheit braucht eine für die Zerlegung in innerhalb/zwischen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="101"/>
        <source>Layer &apos;{layer_label}&apos;: {error}</source>
        <translation>Layer „{layer_label}“: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="104"/>
        <source>Layer &apos;{layer_label}&apos;, feature {fids}: {error}</source>
        <translation>Layer „{layer_label}“, Objekt {fids}: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="164"/>
        <source>{name}={reps}: the replicates of {statistics} statistics would need {size} of memory, and {size2} are available; use fewer (9999 gives p-values to 0.0001).</source>
        <translation>{name}={reps}: Die Wiederholungen von {statistics} Statistiken bräuchten {size} Arbeitsspeicher, verfügbar sind {size2}; verwenden Sie weniger (9999 ergibt p-Werte auf 0,0001 genau).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/params.py" line="170"/>
        <source>{name}={reps}: {reps} replicates × {units} units × {statistics} statistics = {work:.2g} values to draw and evaluate, more than {max_work:.0g} (hours of work); use fewer (9999 gives p-values to 0.0001).</source>
        <translation>{name}={reps}: {reps} Wiederholungen × {units} Einheiten × {statistics} Statistiken = {work:.2g} zu ziehende und auszuwertende Werte, mehr als {max_work:.0g} (Stunden Rechenzeit); verwenden Sie weniger (9999 ergibt p-Werte auf 0,0001 genau).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="46"/>
        <source>The district layer has no CRS; set one (Layer Properties ▸ Source) before joining by area.</source>
        <translation>Der Gebietslayer hat kein KBS; legen Sie eines fest (Layereigenschaften ▸ Quelle), bevor Sie nach Fläche verknüpfen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="80"/>
        <source>Layer &apos;{label}&apos; is not a polygon layer ({display_string}); MODE=areal and MODE=dasymetric need polygons (use MODE=points for points, MODE=key for tables).</source>
        <translation>Der Layer „{label}“ ist kein Polygonlayer ({display_string}); MODE=areal und MODE=dasymetric brauchen Polygone (verwenden Sie MODE=points für Punkte, MODE=key für Tabellen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="204"/>
        <source>Layer &apos;{label}&apos; is empty: it has no polygons.</source>
        <translation>Der Layer „{label}“ ist leer: Er enthält keine Polygone.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="230"/>
        <source>No polygon of &apos;{label}&apos; overlaps a district of &apos;{districts_label}&apos; (check that both layers cover the same place and have the right CRS).</source>
        <translation>Kein Polygon von „{label}“ überlappt ein Gebiet von „{districts_label}“ (prüfen Sie, ob beide Layer dasselbe Gebiet abdecken und das richtige KBS haben).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="80"/>
        <source>Layer &apos;{label}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{label}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="88"/>
        <source>Layer &apos;{label}&apos;, field &apos;{key_field}&apos;: feature {id} has no key (NULL or empty); every district needs one.</source>
        <translation>Layer „{label}“, Feld „{key_field}“: Objekt {id} hat keinen Schlüssel (NULL oder leer); jedes Gebiet braucht einen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="97"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: duplicate district key &apos;{key}&apos; (features {fid1} and {fid2}); district keys must be unique.</source>
        <translation>Layer „{layer}“, Feld „{field}“: doppelter Gebietsschlüssel „{key}“ (Objekte {fid1} und {fid2}); Gebietsschlüssel müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="101"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: duplicate district key &apos;{key}&apos; (features {fid1} and {fid2}, &apos;{key1}&apos; and &apos;{key}&apos; are the same key); district keys must be unique.</source>
        <translation>Layer „{layer}“, Feld „{field}“: doppelter Gebietsschlüssel „{key}“ (Objekte {fid1} und {fid2}; „{key1}“ und „{key}“ sind derselbe Schlüssel); Gebietsschlüssel müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="140"/>
        <source>Layer &apos;{label}&apos;, field &apos;{field}&apos;: feature {fids} has no finite value ({a}).</source>
        <translation>Layer „{label}“, Feld „{field}“: Objekt {fids} hat keinen endlichen Wert ({a}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="146"/>
        <source>Layer &apos;{label}&apos;, field &apos;{field}&apos;: feature {fids} has {a:g}, more than {max_count:g}: not a count (a broken export or the wrong field?).</source>
        <translation>Layer „{label}“, Feld „{field}“: Objekt {fids} hat {a:g}, mehr als {max_count:g}: keine Anzahl (ein fehlerhafter Export oder das falsche Feld?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="154"/>
        <source>Layer &apos;{label}&apos;, field &apos;{field}&apos;: feature {fids} has a negative count ({a:g}); counts must be zero or more.</source>
        <translation>Layer „{label}“, Feld „{field}“: Objekt {fids} hat eine negative Anzahl ({a:g}); Anzahlen müssen null oder größer sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="169"/>
        <source>Layer &apos;{label}&apos;: feature {fid} has an invalid geometry{why}. Repair it, or run with INVALID_GEOMETRY=repair.</source>
        <translation>Layer „{label}“: Objekt {fid} hat eine ungültige Geometrie{why}. Reparieren Sie sie, oder starten Sie mit INVALID_GEOMETRY=repair.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_common.py" line="177"/>
        <source>Layer &apos;{label}&apos;: feature {fid} has an invalid geometry that could not be repaired.</source>
        <translation>Layer „{label}“: Objekt {fid} hat eine ungültige Geometrie, die nicht repariert werden konnte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="32"/>
        <source>Layer &apos;{label}&apos; is empty: it has no rows.</source>
        <translation>Der Layer „{label}“ ist leer: Er enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="47"/>
        <source>Layer &apos;{label}&apos;, field &apos;{category_field}&apos;: feature {fid} has no category.</source>
        <translation>Layer „{label}“, Feld „{category_field}“: Objekt {fid} hat keine Kategorie.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="57"/>
        <source>Layer &apos;{label}&apos;, field &apos;{category_field}&apos; has no category {items}; it has {items2}</source>
        <translation>Layer „{label}“, Feld „{category_field}“ hat keine Kategorie {items}; vorhanden sind {items2}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="110"/>
        <source>No key of &apos;{label}&apos; field &apos;{source_key}&apos; matches a district key of &apos;{districts_label}&apos; field &apos;{key_field}&apos; (table keys look like {sample_src}; district keys like {sample_dst}). Check that the right fields were chosen.</source>
        <translation>Kein Schlüssel von „{label}“, Feld „{source_key}“, passt zu einem Gebietsschlüssel von „{districts_label}“, Feld „{key_field}“ (Tabellenschlüssel sehen aus wie {sample_src}, Gebietsschlüssel wie {sample_dst}). Prüfen Sie, ob die richtigen Felder gewählt sind.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="67"/>
        <source>The district layer has no polygon with an area.</source>
        <translation>Der Gebietslayer hat kein Polygon mit einer Fläche.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="324"/>
        <source>Layer &apos;{label}&apos; is not a point layer ({display_string}); MODE=points needs points.</source>
        <translation>Der Layer „{label}“ ist kein Punktlayer ({display_string}); MODE=points braucht Punkte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="381"/>
        <source>Layer '{label}': feature {id} has {n_parts} points in one feature; split the multipoints first (Vector ▸ Geometry ▸ Multipart to singleparts).</source>
        <translation>Layer „{label}“: Objekt {id} enthält {n_parts} Punkte in einem Objekt; zerlegen Sie die Multipunkte zuerst (Vektor ▸ Geometrie-Werkzeuge ▸ Mehrteilig zu einteilig).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="439"/>
        <source>Layer &apos;{label}&apos;, field &apos;{field}&apos;: feature {fid} has no value (NULL).</source>
        <translation>Layer „{label}“, Feld „{field}“: Objekt {fid} hat keinen Wert (NULL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="571"/>
        <source>Layer &apos;{label}&apos; is empty: it has no points.</source>
        <translation>Der Layer „{label}“ ist leer: Er enthält keine Punkte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="582"/>
        <source>No point of &apos;{label}&apos; lies in a district of &apos;{districts_label}&apos; (check that both layers cover the same place and have the right CRS).</source>
        <translation>Kein Punkt von „{label}“ liegt in einem Gebiet von „{districts_label}“ (prüfen Sie, ob beide Layer dasselbe Gebiet abdecken und das richtige KBS haben).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="29"/>
        <source>MODE=dasymetric reads the weight raster with the Python package &apos;rasterio&apos;, which QGIS&apos;s Python does not have. Install it into QGIS&apos;s Python (Debian/Ubuntu: apt install python3-rasterio; OSGeo4W: the python3-rasterio package; otherwise: python -m pip install rasterio with QGIS&apos;s python).</source>
        <translation>MODE=dasymetric liest das Gewichtungsraster mit dem Python-Paket „rasterio“, das dem Python von QGIS fehlt. Installieren Sie es in das Python von QGIS (Debian/Ubuntu: apt install python3-rasterio; OSGeo4W: das Paket python3-rasterio; sonst: python -m pip install rasterio mit dem Python von QGIS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="247"/>
        <source>Weight raster &apos;{label}&apos; is not a file GDAL reads (provider {provider_type}); save it as GeoTIFF first.</source>
        <translation>Das Gewichtungsraster „{label}“ ist keine Datei, die GDAL liest (Provider {provider_type}); speichern Sie es zuerst als GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="255"/>
        <source>Weight raster &apos;{label}&apos; cannot be opened: {error}</source>
        <translation>Das Gewichtungsraster „{label}“ kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="260"/>
        <source>Weight raster &apos;{label}&apos; has no CRS; assign one (e.g. gdal_edit.py -a_srs) first.</source>
        <translation>Das Gewichtungsraster „{label}“ hat kein KBS; weisen Sie ihm zuerst eines zu (z. B. gdal_edit.py -a_srs).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="265"/>
        <source>Weight raster &apos;{label}&apos; has a CRS QGIS does not understand: {to_wkt}</source>
        <translation>Das Gewichtungsraster „{label}“ hat ein KBS, das QGIS nicht versteht: {to_wkt}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="290"/>
        <source>Weight raster '{label}' does not cover any source polygon (raster extent {left:.1f}, {bottom:.1f} – {right:.1f}, {top:.1f} in {crs_name}).</source>
        <translation>Das Gewichtungsraster „{label}“ deckt kein Quellpolygon ab (Rasterausdehnung {left:.1f}, {bottom:.1f} – {right:.1f}, {top:.1f} in {crs_name}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="305"/>
        <source>Weight raster &apos;{label}&apos; has a negative weight ({data:g}) at x={x:.1f}, y={y:.1f}; weights must be zero or more.</source>
        <translation>Das Gewichtungsraster „{label}“ hat ein negatives Gewicht ({data:g}) bei x={x:.1f}, y={y:.1f}; Gewichte müssen null oder größer sein.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="314"/>
        <source>Weight raster &apos;{label}&apos; has no mass under the source polygons (all cells nodata or zero); use MODE=areal, or a raster with population or buildings there.</source>
        <translation>Das Gewichtungsraster „{label}“ hat unter den Quellpolygonen keine Masse (alle Zellen NoData oder null); verwenden Sie MODE=areal oder ein Raster mit Einwohnern oder Gebäuden dort.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/raster_out.py" line="21"/>
        <source>Writing GeoTIFF needs the Python package &apos;rasterio&apos;, which this QGIS&apos;s Python lacks. Install it: Debian/Ubuntu &apos;apt install python3-rasterio&apos;; OSGeo4W (Windows) &apos;python -m pip install rasterio&apos; in the OSGeo4W Shell; macOS (QGIS.app) &apos;/Applications/QGIS.app/Contents/MacOS/bin/pip3 install rasterio&apos;. Or leave the raster outputs empty.</source>
        <translation>Zum Schreiben von GeoTIFF wird das Python-Paket „rasterio“ benötigt, das dem Python dieses QGIS fehlt. Installieren Sie es: Debian/Ubuntu „apt install python3-rasterio“; OSGeo4W (Windows) „python -m pip install rasterio“ in der OSGeo4W Shell; macOS (QGIS.app) „/Applications/QGIS.app/Contents/MacOS/bin/pip3 install rasterio“. Oder lassen Sie die Rasterausgaben leer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/raster_out.py" line="45"/>
        <source>The folder of the output &apos;{path}&apos; does not exist.</source>
        <translation>Der Ordner der Ausgabe „{path}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="39"/>
        <source>FOLDER &apos;{folder}&apos; is not a folder.</source>
        <translation>FOLDER „{folder}“ ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="52"/>
        <source>No file in &apos;{folder}&apos; matches PATTERN &apos;{pattern}&apos;.</source>
        <translation>Keine Datei in „{folder}“ passt zu PATTERN „{pattern}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="69"/>
        <source>SERIES_TABLE &apos;{path}&apos; cannot be read: {error}.</source>
        <translation>SERIES_TABLE „{path}“ kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="73"/>
        <source>SERIES_TABLE &apos;{path}&apos; lists no period.</source>
        <translation>SERIES_TABLE „{path}“ enthält keinen Stichtag.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="78"/>
        <source>SERIES_TABLE &apos;{path}&apos; has no column {missing} (needs date, path, key; optional geometry, geometry_key).</source>
        <translation>SERIES_TABLE „{path}“ hat keine Spalte {missing} (benötigt date, path, key; optional geometry, geometry_key).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="86"/>
        <source>SERIES_TABLE &apos;{path}&apos;, line {index}: no path.</source>
        <translation>SERIES_TABLE „{path}“, Zeile {index}: kein Pfad.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="104"/>
        <source>A series needs at least two periods.</source>
        <translation>Eine Zeitreihe braucht mindestens zwei Stichtage.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="122"/>
        <source>Period {label}: &apos;{path}&apos; cannot be opened as a layer or table.</source>
        <translation>Stichtag {label}: „{path}“ kann nicht als Layer oder Tabelle geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="136"/>
        <source>FIELD_MAP: &apos;{item}&apos; is not of the form their_field=field.</source>
        <translation>FIELD_MAP: „{item}“ hat nicht die Form ihr_feld=feld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="149"/>
        <source>Period {date} (&apos;{layer}&apos;) has no key field &apos;{key}&apos;. Available fields: {names}</source>
        <translation>Stichtag {date} („{layer}“) hat kein Schlüsselfeld „{key}“. Vorhandene Felder: {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="159"/>
        <source>Period {date} (&apos;{layer}&apos;) has no field &apos;{field}&apos;; name its field in FIELD_MAP as &lt;its field&gt;={field}. Available fields: {names}</source>
        <translation>Stichtag {date} („{layer}“) hat kein Feld „{field}“; nennen Sie sein Feld in FIELD_MAP als &lt;sein Feld&gt;={field}. Vorhandene Felder: {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="165"/>
        <source>Period {date} (&apos;{layer}&apos;) is empty.</source>
        <translation>Stichtag {date} („{layer}“) ist leer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="175"/>
        <source>Period {date} (&apos;{layer}&apos;), field &apos;{key}&apos;: a row has no key.</source>
        <translation>Stichtag {date} („{layer}“), Feld „{key}“: Eine Zeile hat keinen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="179"/>
        <source>Period {date} (&apos;{layer}&apos;), field &apos;{key}&apos;: key &apos;{key2}&apos; occurs twice.</source>
        <translation>Stichtag {date} („{layer}“), Feld „{key}“: Der Schlüssel „{key2}“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="187"/>
        <source>Period {date} (&apos;{layer}&apos;), field &apos;{a}&apos;: feature {fids} has no count or a negative one ({value:g}).</source>
        <translation>Stichtag {date} („{layer}“), Feld „{a}“: Objekt {fids} hat keine oder eine negative Anzahl ({value:g}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="224"/>
        <source>Period {date} (&apos;{layer}&apos;): every key of field &apos;{key}&apos; is a key of {listed}, so its geometry cannot be determined; name it in SERIES_TABLE (columns geometry and geometry_key).</source>
        <translation>Stichtag {date} („{layer}“): Jeder Schlüssel des Felds „{key}“ ist ein Schlüssel von {listed}, daher lässt sich seine Geometrie nicht bestimmen; nennen Sie sie in SERIES_TABLE (Spalten geometry und geometry_key).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="233"/>
        <source>Period {date} (&apos;{layer}&apos;): no key of field &apos;{key}&apos; matches a district of {where} (e.g. &apos;{example}&apos;).</source>
        <translation>Stichtag {date} („{layer}“): Kein Schlüssel des Felds „{key}“ passt zu einem Gebiet von {where} (z. B. „{example}“).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="237"/>
        <source>Period {date} (&apos;{layer}&apos;): no key of field &apos;{key}&apos; matches a district of {where} (e.g. &apos;{example}&apos;); name its geometry in SERIES_TABLE (columns geometry and geometry_key) or give PREVIOUS_GEOMETRY.</source>
        <translation>Stichtag {date} („{layer}“): Kein Schlüssel des Felds „{key}“ passt zu einem Gebiet von {where} (z. B. „{example}“); nennen Sie seine Geometrie in SERIES_TABLE (Spalten geometry und geometry_key) oder geben Sie PREVIOUS_GEOMETRY an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="243"/>
        <source>Period {date} (&apos;{layer}&apos;): {n_miss} of {n_keys} keys of field &apos;{key}&apos; match no district of &apos;{name}&apos; (e.g. &apos;{miss}&apos;).</source>
        <translation>Stichtag {date} („{layer}“): {n_miss} von {n_keys} Schlüsseln des Felds „{key}“ passen zu keinem Gebiet von „{name}“ (z. B. „{miss}“).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="294"/>
        <source>ADDRESS_POINTS &apos;{label}&apos; has no CRS; set one before harmonising with it.</source>
        <translation>ADDRESS_POINTS „{label}“ hat kein KBS; legen Sie eines fest, bevor Sie damit harmonisieren.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="300"/>
        <source>ADDRESS_POINTS &apos;{label}&apos; is empty: it has no points.</source>
        <translation>ADDRESS_POINTS „{label}“ ist leer: Er enthält keine Punkte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="309"/>
        <source>ADDRESS_POINTS &apos;{label}&apos;, field &apos;{weight_field}&apos;: every point weighs 0.</source>
        <translation>ADDRESS_POINTS „{label}“, Feld „{weight_field}“: Jeder Punkt hat das Gewicht 0.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="330"/>
        <source>No address point of &apos;{points_label}&apos; lies in a unit of &apos;{source_districts_label}&apos; (check that both cover the same place and have the right CRS).</source>
        <translation>Kein Adresspunkt von „{points_label}“ liegt in einer Einheit von „{source_districts_label}“ (prüfen Sie, ob beide dasselbe Gebiet abdecken und das richtige KBS haben).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="372"/>
        <source>No polygon of &apos;{source_districts_label}&apos; overlaps a district of &apos;{target_districts_label}&apos; (check that both cover the same place and have the right CRS).</source>
        <translation>Kein Polygon von „{source_districts_label}“ überlappt ein Gebiet von „{target_districts_label}“ (prüfen Sie, ob beide dasselbe Gebiet abdecken und das richtige KBS haben).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="48"/>
        <source>{name}: file not found: {path}</source>
        <translation>{name}: Datei nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="69"/>
        <source>{name}: {path} cannot be opened: it is not a file GDAL/OGR can read, or it is damaged (truncated?).</source>
        <translation>{name}: {path} kann nicht geöffnet werden: Es ist keine Datei, die GDAL/OGR lesen kann, oder sie ist beschädigt (abgeschnitten?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="78"/>
        <source>{name}: {path} has no layer.</source>
        <translation>{name}: {path} enthält keinen Layer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="85"/>
        <source>{name}: {path} has {count} layers ({shown}); name the one to use, e.g. &apos;{path}|layername={names}&apos;.</source>
        <translation>{name}: {path} enthält {count} Layer ({shown}); nennen Sie den zu verwendenden, z. B. „{path}|layername={names}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="92"/>
        <source>{name}: {path} has no layer &apos;{val}&apos;; it has {names}.</source>
        <translation>{name}: {path} enthält keinen Layer „{val}“; vorhanden sind {names}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="99"/>
        <source>{name}: {path} cannot be read ({error}); is it damaged?</source>
        <translation>{name}: {path} kann nicht gelesen werden ({error}); ist die Datei beschädigt?</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="65"/>
        <source>Layer &apos;{layer_label}&apos;: feature {id} has no geometry.</source>
        <translation>Layer „{layer_label}“: Objekt {id} hat keine Geometrie.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="104"/>
        <source>Layer &apos;{layer_label}&apos;: feature {missing} was read with its counts but not with its geometry (was the layer changed while it was read?).</source>
        <translation>Layer „{layer_label}“: Objekt {missing} wurde mit seinen Anzahlen, aber ohne seine Geometrie gelesen (wurde der Layer während des Lesens geändert?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="283"/>
        <source>{name} mixes number formats: {row_name} has &apos;{ev}&apos; (German) but earlier rows were in English number format (1,234.5); export the table in one format.</source>
        <translation>{name} mischt Zahlenformate: {row_name} hat „{ev}“ (deutsch), frühere Zeilen waren aber im englischen Zahlenformat (1,234.5); exportieren Sie die Tabelle in einem einzigen Format.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="287"/>
        <source>{name} mixes number formats: {row_name} has &apos;{ev}&apos; (English) but earlier rows were in German number format (1.234,5); export the table in one format.</source>
        <translation>{name} mischt Zahlenformate: {row_name} hat „{ev}“ (englisch), frühere Zeilen waren aber im deutschen Zahlenformat (1.234,5); exportieren Sie die Tabelle in einem einzigen Format.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="340"/>
        <source>{name}=&apos;{text}&apos; is ambiguous: {german} in German and {english} in English number format; write it without a thousands separator ({german} or {english}).</source>
        <translation>{name}=„{text}“ ist mehrdeutig: {german} im deutschen und {english} im englischen Zahlenformat; schreiben Sie die Zahl ohne Tausendertrennzeichen ({german} oder {english}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/crs.py" line="61"/>
        <source>Layer '{name}' has no CRS and its coordinates ({x_minimum:g} … {x_maximum:g}, {y_minimum:g} … {y_maximum:g}) lie within ±180/±90 like longitude/latitude: distances would be in degrees. Set the layer's CRS (e.g. EPSG:4326) first.</source>
        <translation>Der Layer „{name}“ hat kein KBS, und seine Koordinaten ({x_minimum:g} … {x_maximum:g}, {y_minimum:g} … {y_maximum:g}) liegen wie Längen-/Breitengrade innerhalb von ±180/±90: Abstände wären in Grad. Legen Sie zuerst das KBS des Layers fest (z. B. EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="64"/>
        <source>{name}: {path} is a vector layer, not a raster.</source>
        <translation>{name}: {path} ist ein Vektorlayer, kein Raster.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/sources.py" line="66"/>
        <source>{name}: {path} is a raster (image), not a vector layer or table.</source>
        <translation>{name}: {path} ist ein Raster (Bild), kein Vektorlayer und keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cli.py" line="48"/>
        <source>expected NAME=VALUE, got &apos;{arg}&apos;</source>
        <translation>NAME=WERT erwartet, angegeben: „{arg}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cli.py" line="92"/>
        <source>Warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cli.py" line="112"/>
        <source>unknown algorithm &apos;{alg}&apos; (see: python3 -m milieu_atlas_plugin list)</source>
        <translation>unbekannter Algorithmus „{alg}“ (siehe: python3 -m milieu_atlas_plugin list)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cli.py" line="216"/>
        <source>{alg} has no parameter {unknown}; known: {known}</source>
        <translation>{alg} hat keinen Parameter {unknown}; bekannt: {known}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/demo.py" line="157"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="107"/>
        <source>Milieu model file &apos;{path}&apos;</source>
        <translation>Milieumodell-Datei „{path}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="107"/>
        <source>Rate table file &apos;{path}&apos;</source>
        <translation>Quotentabelle „{path}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieu_model.py" line="262"/>
        <source>{label}, line {line}</source>
        <translation>{label}, Zeile {line}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/headless.py" line="168"/>
        <source>unknown algorithm &apos;{alg}&apos;</source>
        <translation>unbekannter Algorithmus „{alg}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/headless.py" line="177"/>
        <source>{alg} failed</source>
        <translation>{alg} ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="376"/>
        <source>{date}: {n:.0f} of {total:.0f} ({pct:.2f} %)</source>
        <translation>{date}: {n:.0f} von {total:.0f} ({pct:.2f} %)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="49"/>
        <source>Milieu model &apos;{model_name}&apos;: its codes and segments give the field name &apos;{name}&apos; twice (e.g. a code ending in _share or _lq); rename the code.</source>
        <translation>Milieumodell „{model_name}“: Seine Codes und Segmente ergeben den Feldnamen „{name}“ zweimal (z. B. ein Code, der auf _share oder _lq endet); benennen Sie den Code um.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="64"/>
        <source>expected an (n, {n_codes}) array of milieu counts, got {shape}</source>
        <translation>ein (n, {n_codes})-Array von Milieuanzahlen erwartet, erhalten: {shape}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="69"/>
        <source>milieu &apos;{codes}&apos; has no finite count in unit {index}</source>
        <translation>Milieu „{codes}“ hat in Einheit {index} keine endliche Anzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="76"/>
        <source>milieu &apos;{codes}&apos; has a negative count ({n_im:g}) in unit {index}</source>
        <translation>Milieu „{codes}“ hat in Einheit {index} eine negative Anzahl ({n_im:g})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="82"/>
        <source>DOMINANT_MARGIN must be between 0 and 100 percentage points, got {margin!r}</source>
        <translation>DOMINANT_MARGIN muss zwischen 0 und 100 Prozentpunkten liegen, angegeben: {margin!r}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/participation.py" line="60"/>
        <source>MIN_COUNT must be zero or more, got {min_count!r}</source>
        <translation>MIN_COUNT muss null oder größer sein, angegeben: {min_count!r}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="143"/>
        <source>{label}: the milieu fields ({codes}) do not add up to the total in {bad} of {n_s} features; the largest difference is in feature {ids}: {s:g} instead of {total:g} ({diff:+g}); over all features {s2:g} instead of {total2:g} ({value:+g}). Correct the data, or set RESCALE to scale the milieu counts to the total.</source>
        <translation>{label}: Die Milieufelder ({codes}) ergeben in {bad} von {n_s} Objekten nicht die Gesamtzahl; die größte Abweichung hat Objekt {ids}: {s:g} statt {total:g} ({diff:+g}); über alle Objekte {s2:g} statt {total2:g} ({value:+g}). Korrigieren Sie die Daten oder setzen Sie RESCALE, um die Milieuanzahlen auf die Gesamtzahl zu skalieren.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="159"/>
        <source>{label}: the milieu shares are percent in some features and fractions in others: they add up to {s:g} in feature {ids} ({size} features) but to {s2:g} in feature {ids2} ({size2} features). Use one unit throughout.</source>
        <translation>{label}: Die Milieuanteile sind in einigen Objekten Prozent, in anderen Bruchteile: Sie ergeben {s:g} in Objekt {ids} (Anzahl Objekte: {size}), aber {s2:g} in Objekt {ids2} (Anzahl Objekte: {size2}). Verwenden Sie durchgehend eine Einheit.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="205"/>
        <source>the milieu layer</source>
        <translation>der Milieulayer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="219"/>
        <source>{label} has no field &apos;{field}&apos;. Available fields: {names}</source>
        <translation>{label} hat kein Feld „{field}“. Vorhandene Felder: {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="227"/>
        <source>{label}: field &apos;{field}&apos; is not a milieu of the model &apos;{model_name}&apos; (codes {codes}; a field belongs to a milieu when it is named CODE, mil_CODE or CODE_count). Choose another model (MODEL) or rename the field.</source>
        <translation>{label}: Das Feld „{field}“ ist kein Milieu des Modells „{model_name}“ (Codes {codes}; ein Feld gehört zu einem Milieu, wenn es CODE, mil_CODE oder CODE_count heißt). Wählen Sie ein anderes Modell (MODEL) oder benennen Sie das Feld um.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="235"/>
        <source>{label}: fields &apos;{found}&apos; and &apos;{field}&apos; both hold milieu &apos;{code}&apos;; choose one of them in MILIEU_FIELDS.</source>
        <translation>{label}: Die Felder „{found}“ und „{field}“ enthalten beide das Milieu „{code}“; wählen Sie eines davon in MILIEU_FIELDS.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/milieus.py" line="242"/>
        <source>{label} has no field for the milieu(s) {missing} of the model &apos;{model_name}&apos; (looked for fields named CODE, mil_CODE or CODE_count); choose them in MILIEU_FIELDS or choose the model that fits the data (MODEL).</source>
        <translation>{label} hat kein Feld für die Milieus {missing} des Modells „{model_name}“ (gesucht wurden Felder namens CODE, mil_CODE oder CODE_count); wählen Sie sie in MILIEU_FIELDS oder wählen Sie das zu den Daten passende Modell (MODEL).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/participation.py" line="49"/>
        <source>expected an (n, {m}) array of milieu counts, got {shape}</source>
        <translation>ein (n, {m})-Array von Milieuanzahlen erwartet, erhalten: {shape}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/participation.py" line="54"/>
        <source>unit {index} has a missing or negative milieu count</source>
        <translation>Einheit {index} hat eine fehlende oder negative Milieuanzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/participation.py" line="73"/>
        <source>unit {bad} has a missing or negative population ({pop})</source>
        <translation>Einheit {bad} hat eine fehlende oder negative Einwohnerzahl ({pop})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="156"/>
        <source>Layer &apos;{layer}&apos; already has the field(s) {existing}; the output writes {planned} (field names are case-blind in GeoPackages and shapefiles). Rename or remove them in the layer first.</source>
        <translation>Der Layer „{layer}“ hat bereits die Felder {existing}; die Ausgabe schreibt {planned} (Feldnamen unterscheiden in GeoPackages und Shapefiles keine Groß-/Kleinschreibung). Benennen Sie sie im Layer zuerst um oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_local.py" line="169"/>
        <source>Layer &apos;{layer}&apos; already has a field &apos;{key}&apos;; rename it or choose another layer.</source>
        <translation>Der Layer „{layer}“ hat bereits ein Feld „{key}“; benennen Sie es um oder wählen Sie einen anderen Layer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="142"/>
        <source>No layer given for DISTRICTS, or it cannot be opened: {parameters!r}.</source>
        <translation>Für DISTRICTS wurde kein Layer angegeben, oder er kann nicht geöffnet werden: {parameters!r}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="158"/>
        <source>MILIEUS cannot be opened: {parameters!r}.</source>
        <translation>MILIEUS kann nicht geöffnet werden: {parameters!r}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="179"/>
        <source>RESCALE needs TOTAL_FIELD: the milieu counts are scaled to it.</source>
        <translation>RESCALE braucht TOTAL_FIELD: Die Milieuanzahlen werden darauf skaliert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="182"/>
        <source>DOMINANT_MARGIN must be between 0 and 100 percentage points, got {margin:g}.</source>
        <translation>DOMINANT_MARGIN muss zwischen 0 und 100 Prozentpunkten liegen, angegeben: {margin:g}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="186"/>
        <source>MIN_COUNT must be zero or more, got {min_count:g}.</source>
        <translation>MIN_COUNT muss null oder größer sein, angegeben: {min_count:g}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="196"/>
        <source>{name} must be a positive distance in metres, got {value:g}.</source>
        <translation>{name} muss ein positiver Abstand in Metern sein, angegeben: {value:g}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="504"/>
        <source>Layer &apos;{layer}&apos;</source>
        <translation>Layer „{layer}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="208"/>
        <source>Layer &apos;{label}&apos; has no field &apos;{total_field}&apos; (TOTAL_FIELD).</source>
        <translation>Der Layer „{label}“ hat kein Feld „{total_field}“ (TOTAL_FIELD).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="212"/>
        <source>TOTAL_FIELD &apos;{total_field}&apos; is also a milieu field; choose the total separately.</source>
        <translation>TOTAL_FIELD „{total_field}“ ist auch ein Milieufeld; wählen Sie die Gesamtzahl gesondert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="223"/>
        <source>Layer &apos;{label}&apos; has no point or polygon geometry; join a table to the districts first (&apos;Join data to districts&apos;, MODE=key) and run this on the result.</source>
        <translation>Der Layer „{label}“ hat keine Punkt- oder Polygongeometrie; verknüpfen Sie eine Tabelle zuerst mit den Gebieten („Daten mit Gebieten verknüpfen“, MODE=key) und starten Sie dies mit dem Ergebnis.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="235"/>
        <source>Layer &apos;{d_label}&apos; already has a field named {items}{value}; the milieu profile would hide it. Rename or remove it first, or use a copy without it.</source>
        <translation>Der Layer „{d_label}“ hat bereits ein Feld namens {items}{value}; das Milieuprofil würde es verdecken. Benennen Sie es zuerst um oder entfernen Sie es, oder verwenden Sie eine Kopie ohne dieses Feld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="132"/>
        <source>Layer &apos;{layer}&apos;, feature {fid}: {error}</source>
        <translation>Layer „{layer}“, Objekt {fid}: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="417"/>
        <source>No milieu feature has a location: the surface cannot be computed.</source>
        <translation>Kein Milieuobjekt hat eine Lage: Die Oberfläche kann nicht berechnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="101"/>
        <source>No layer given for INPUT, or it cannot be opened: {parameters!r}.</source>
        <translation>Für INPUT wurde kein Layer angegeben, oder er kann nicht geöffnet werden: {parameters!r}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="120"/>
        <source>Layer &apos;{label}&apos; already has a field named {items}; rename or remove it first, or use a copy without it.</source>
        <translation>Der Layer „{label}“ hat bereits ein Feld namens {items}; benennen Sie es zuerst um oder entfernen Sie es, oder verwenden Sie eine Kopie ohne dieses Feld.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="197"/>
        <source>WEIGHT_RASTER is used in dasymetric mode only; ignored in areal mode.</source>
        <translation>WEIGHT_RASTER wird nur im Modus dasymetric verwendet; im Modus areal ignoriert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="270"/>
        <source>{overlapping} polygons of &apos;{label}&apos; are covered by overlapping districts; their pieces were scaled so that nothing is counted twice.</source>
        <translation>Polygone von „{label}“, die von sich überlappenden Gebieten bedeckt sind: {overlapping}; ihre Teile wurden so skaliert, dass nichts doppelt gezählt wird.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="275"/>
        <source>{size} polygons of &apos;{label}&apos; have no area (e.g. feature {fids}); their counts are in UNMATCHED.</source>
        <translation>Polygone von „{label}“ ohne Fläche: {size} (z. B. Objekt {fids}); ihre Anzahlen stehen in UNMATCHED.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="127"/>
        <source>Key join: {np} of {n_keys} rows of &apos;{label}&apos; matched {has_row} of {n} districts (keys compared after trimming spaces and leading zeros of numeric keys, so 1100101, &apos;01100101&apos; and &apos; 01100101 &apos; meet).</source>
        <translation>Verknüpfung über Schlüssel: {np} von {n_keys} Zeilen von „{label}“ wurden {has_row} von {n} Gebieten zugeordnet (Schlüssel verglichen nach Entfernen von Leerzeichen und führenden Nullen numerischer Schlüssel, sodass 1100101, „01100101“ und „ 01100101 “ zusammenpassen).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="134"/>
        <source>{size} districts got several rows of &apos;{label}&apos; (e.g. {ex}); their values were summed.</source>
        <translation>Gebiete mit mehreren Zeilen von „{label}“: {size} (z. B. {ex}); ihre Werte wurden summiert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="139"/>
        <source>{value} districts have no row in &apos;{label}&apos; (e.g. {ex}); their fields are left empty (NULL), not zero.</source>
        <translation>Gebiete ohne Zeile in „{label}“: {value} (z. B. {ex}); ihre Felder bleiben leer (NULL), nicht null.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="146"/>
        <source>{size} rows of &apos;{label}&apos; match no district (e.g. keys {ex}); they are in the UNMATCHED output.</source>
        <translation>Zeilen von „{label}“ ohne passendes Gebiet: {size} (z. B. Schlüssel {ex}); sie stehen in der Ausgabe UNMATCHED.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="611"/>
        <source>{n_miss} points of &apos;{label}&apos; lie in no district; they are in the UNMATCHED output.</source>
        <translation>Punkte von „{label}“ außerhalb aller Gebiete: {n_miss}; sie stehen in der Ausgabe UNMATCHED.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="92"/>
        <source>Layer &apos;{label}&apos;: {n} units; overlapping units were not looked for (done up to {overlap_check_max} units or with the neighbour indices DADJ, DW, DS).</source>
        <translation>Layer „{label}“: Anzahl Einheiten: {n}; nach überlappenden Einheiten wurde nicht gesucht (das geschieht bis {overlap_check_max} Einheiten oder mit den Nachbarschaftsindizes DADJ, DW, DS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="184"/>
        <source>Queen contiguity: {size} neighbour pairs among {n} polygons.</source>
        <translation>Queen-Nachbarschaft: {size} Nachbarpaare unter {n} Polygonen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="593"/>
        <source>{n} district(s) of &apos;{label}&apos; have no geometry (empty or NULL: feature(s) {fids}); their values are NULL, not 0.</source>
        <translation>Gebiete von „{label}“ ohne Geometrie (leer oder NULL): {n} (Objekte {fids}); ihre Werte sind NULL, nicht 0.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="63"/>
        <source>QGIS&apos;s {alg_id} failed on the sheet&apos;s layers.</source>
        <translation>Der QGIS-Algorithmus {alg_id} ist an den Layern des Kartenblatts gescheitert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="77"/>
        <source>INHABITED: the layer &apos;{name}&apos; could not be opened.</source>
        <translation>INHABITED: Der Layer „{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="83"/>
        <source>INHABITED: &apos;{name}&apos; is neither a polygon layer nor a raster.</source>
        <translation>INHABITED: „{name}“ ist weder ein Polygonlayer noch ein Raster.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="88"/>
        <source>INHABITED: layer &apos;{name}&apos; has {display_string} geometry; the inhabited land must be polygons (e.g. residential blocks) or a raster (cells above 0 inhabited).</source>
        <translation>INHABITED: Der Layer „{name}“ hat Geometrien vom Typ {display_string}; die bewohnten Flächen müssen Polygone (z. B. Wohnblöcke) oder ein Raster sein (Zellen über 0 bewohnt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="93"/>
        <source>INHABITED: layer &apos;{name}&apos; is empty: it has no features.</source>
        <translation>INHABITED: Der Layer „{name}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="97"/>
        <source>INHABITED: layer &apos;{name}&apos; has no coordinate reference system.</source>
        <translation>INHABITED: Der Layer „{name}“ hat kein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="109"/>
        <source>INHABITED: raster &apos;{name}&apos; has no coordinate reference system.</source>
        <translation>INHABITED: Das Raster „{name}“ hat kein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="114"/>
        <source>INHABITED: the raster &apos;{name}&apos; could not be read.</source>
        <translation>INHABITED: Das Raster „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="124"/>
        <source>INHABITED: raster &apos;{name}&apos; has no cell above 0: nothing is inhabited.</source>
        <translation>INHABITED: Das Raster „{name}“ hat keine Zelle über 0: Nichts ist bewohnt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/inhabited.py" line="160"/>
        <source>INHABITED: layer &apos;{inhabited}&apos; does not overlap the districts &apos;{value}&apos; (is its coordinate reference system right?).</source>
        <translation>INHABITED: Der Layer „{inhabited}“ überlappt die Gebiete „{value}“ nicht (stimmt sein Koordinatenbezugssystem?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="384"/>
        <source>BREAKS: &apos;{item}&apos; is not a number (write e.g. BREAKS=0.1,0.2,0.3).</source>
        <translation>BREAKS: „{item}“ ist keine Zahl (schreiben Sie z. B. BREAKS=0.1,0.2,0.3).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="389"/>
        <source>BREAKS: &apos;{item}&apos; is not a finite number.</source>
        <translation>BREAKS: „{item}“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="394"/>
        <source>BREAKS is empty: CLASSIFICATION=fixed needs the class limits, e.g. BREAKS=0.1,0.2,0.3.</source>
        <translation>BREAKS ist leer: CLASSIFICATION=fixed braucht die Klassengrenzen, z. B. BREAKS=0.1,0.2,0.3.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="398"/>
        <source>BREAKS must ascend strictly: {b:g} follows {a:g}.</source>
        <translation>BREAKS muss streng aufsteigen: {b:g} folgt auf {a:g}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="684"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field_name}&apos;.</source>
        <translation>Der Layer „{layer}“ hat kein Feld „{field_name}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/styling.py" line="692"/>
        <source>Suppression expression &apos;{suppress_expression}&apos;: {parser_error_string}</source>
        <translation>Ausdruck für die Geheimhaltung „{suppress_expression}“: {parser_error_string}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="286"/>
        <source>TEMPLATE &apos;{name}&apos; is neither one of {template_names} nor a .qpt file.</source>
        <translation>TEMPLATE „{name}“ ist weder eine der Vorlagen {template_names} noch eine .qpt-Datei.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="290"/>
        <source>TEMPLATE: the file &apos;{name}&apos; does not exist.</source>
        <translation>TEMPLATE: Die Datei „{name}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="305"/>
        <source>TEMPLATE &apos;{path}&apos; is not a readable QGIS layout template (.qpt).</source>
        <translation>TEMPLATE „{path}“ ist keine lesbare QGIS-Layoutvorlage (.qpt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="310"/>
        <source>TEMPLATE &apos;{path}&apos; could not be loaded as a print layout.</source>
        <translation>TEMPLATE „{path}“ konnte nicht als Drucklayout geladen werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="315"/>
        <source>TEMPLATE &apos;{path}&apos; lacks the item ids the sheet fills: {missing} (give the items these ids in the layout designer: Item Properties, Item ID).</source>
        <translation>TEMPLATE „{path}“ fehlen die Element-IDs, die das Kartenblatt füllt: {missing} (geben Sie den Elementen diese IDs im Layoutdesigner: Elementeigenschaften, Element-ID).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/cartography/templates.py" line="328"/>
        <source>TEMPLATE &apos;{path}&apos;: the items {wrong} have the wrong type (title, subtitle, note, source, date, reading_aid, suppression_note and scale_text must be labels; map and overview maps).</source>
        <translation>TEMPLATE „{path}“: Die Elemente {wrong} haben den falschen Typ (title, subtitle, note, source, date, reading_aid, suppression_note und scale_text müssen Beschriftungen sein; map und overview Karten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="56"/>
        <source>INHABITED: the layer &apos;{v}&apos; could not be opened.</source>
        <translation>INHABITED: Der Layer „{v}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_mapsheet.py" line="622"/>
        <source>The map sheet could not be exported: {error}</source>
        <translation>Das Kartenblatt konnte nicht exportiert werden: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="117"/>
        <source>&apos;{final}&apos; could not be written completely (is the disk full?); nothing was written.</source>
        <translation>„{final}“ konnte nicht vollständig geschrieben werden (ist der Datenträger voll?); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="181"/>
        <source>{shown} is the input file &apos;{source}&apos;: choose another name, the input would be overwritten.</source>
        <translation>{shown} ist die Eingabedatei „{source}“: Wählen Sie einen anderen Namen, die Eingabe würde überschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="187"/>
        <source>{shown} is the same file as {other}: give each output its own file.</source>
        <translation>{shown} ist dieselbe Datei wie {other}: Geben Sie jeder Ausgabe eine eigene Datei.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="192"/>
        <source>{shown} is a file, not a folder: give a folder for the outputs.</source>
        <translation>{shown} ist eine Datei, kein Ordner: Geben Sie einen Ordner für die Ausgaben an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="208"/>
        <source>{shown}: the folder &apos;{parent}&apos; does not exist.</source>
        <translation>{shown}: Der Ordner „{parent}“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="203"/>
        <source>{shown} is an existing folder, not a file: give a file name.</source>
        <translation>{shown} ist ein vorhandener Ordner, keine Datei: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="214"/>
        <source>{shown}: the file type &apos;.{ext}&apos; is not supported here (use {items}).</source>
        <translation>{shown}: Der Dateityp „.{ext}“ wird hier nicht unterstützt (verwenden Sie {items}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="230"/>
        <source>{name}: cannot write into the folder &apos;{folder}&apos; ({value}).</source>
        <translation>{name}: In den Ordner „{folder}“ kann nicht geschrieben werden ({value}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="237"/>
        <source>&apos;{path}&apos; is the input file &apos;{source}&apos;: the input would be overwritten.</source>
        <translation>„{path}“ ist die Eingabedatei „{source}“: Die Eingabe würde überschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="269"/>
        <source>Two outputs of this run would be written to &apos;{final}&apos;.</source>
        <translation>Zwei Ausgaben dieses Laufs würden nach „{final}“ geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/files.py" line="274"/>
        <source>The output &apos;{final}&apos; was not written.</source>
        <translation>Die Ausgabe „{final}“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="67"/>
        <source>Could not write {name} &apos;{final}&apos;: write failed</source>
        <translation>{name} „{final}“ konnte nicht geschrieben werden: Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="69"/>
        <source>Could not write {name} &apos;{final}&apos;: {error}</source>
        <translation>{name} „{final}“ konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="305"/>
        <source>{target_name}: {target} is also {other_name}: give each output its own table.</source>
        <translation>{target_name}: {target} ist auch {other_name}: Geben Sie jeder Ausgabe eine eigene Tabelle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="377"/>
        <source>{name} &apos;{target}&apos; would get two fields named &apos;{seen}&apos; and &apos;{n}&apos; (field names are case-blind in the file); rename one in the input.</source>
        <translation>{name} „{target}“ bekäme zwei Felder namens „{seen}“ und „{n}“ (Feldnamen unterscheiden in der Datei keine Groß-/Kleinschreibung); benennen Sie eines in der Eingabe um.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="393"/>
        <source>{name} &apos;{target}&apos; is a shapefile: field names are cut to 10 characters and would collide ({groups}). Write a GeoPackage (.gpkg) instead.</source>
        <translation>{name} „{target}“ ist ein Shapefile: Feldnamen werden auf 10 Zeichen gekürzt und würden kollidieren ({groups}). Schreiben Sie stattdessen ein GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="431"/>
        <source>Could not create {name} ({target}): {reason}</source>
        <translation>{name} ({target}) konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="436"/>
        <source>Could not create {name} ({target}).</source>
        <translation>{name} ({target}) konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="514"/>
        <source>Could not create {name} &apos;{target}&apos;: {reason}. Nothing was written.</source>
        <translation>{name} „{target}“ konnte nicht angelegt werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="544"/>
        <source>Could not write {sink} &apos;{final}&apos;: the file is incomplete ({max} of {count} features could be read back; is the disk full?). Nothing was written.</source>
        <translation>{sink} „{final}“ konnte nicht geschrieben werden: Die Datei ist unvollständig ({max} von {count} Objekten konnten zurückgelesen werden; ist der Datenträger voll?). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="609"/>
        <source>{name} must be a whole number; got &apos;{raw}&apos;.</source>
        <translation>{name} muss eine ganze Zahl sein; angegeben: „{raw}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="617"/>
        <source>at most {hi}</source>
        <translation>höchstens {hi}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="619"/>
        <source>{lo} or more</source>
        <translation>{lo} oder mehr</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="621"/>
        <source>from {lo} to {hi}</source>
        <translation>von {lo} bis {hi}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="623"/>
        <source>a whole number {range}</source>
        <translation>eine ganze Zahl {range}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="624"/>
        <source>{name} must be {rng}; got &apos;{raw}&apos;.</source>
        <translation>{name} muss {rng} sein; angegeben: „{raw}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="635"/>
        <source>{name}=&apos;{text}&apos;: write it as {shown} (digits and a decimal point only).</source>
        <translation>{name}=„{text}“: Schreiben Sie es als {shown} (nur Ziffern und ein Dezimalpunkt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="69"/>
        <source>localhost (default socket)</source>
        <translation>localhost (Standard-Socket)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="71"/>
        <source>database &apos;{database}&apos; on host &apos;{host}&apos;, port {port}</source>
        <translation>Datenbank „{database}“ auf Host „{host}“, Port {port}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="74"/>
        <source>database &apos;{database}&apos; on host &apos;{host}&apos;</source>
        <translation>Datenbank „{database}“ auf Host „{host}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="78"/>
        <source>service &apos;{service}&apos;</source>
        <translation>Dienst „{service}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="79"/>
        <source>service &apos;{service}&apos; ({where})</source>
        <translation>Dienst „{service}“ ({where})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="131"/>
        <source>{what}: the QGIS authentication configuration &apos;{authcfg}&apos; for {describe} could not be used (unknown id, or the master password is not set).</source>
        <translation>{what}: Die QGIS-Authentifizierungskonfiguration „{authcfg}“ für {describe} konnte nicht verwendet werden (unbekannte ID, oder das Master-Passwort ist nicht gesetzt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="144"/>
        <source>{what}: writing to and reading columns from PostgreSQL needs the Python package psycopg2 in QGIS&apos;s Python (Debian/Ubuntu: apt install python3-psycopg2; OSGeo4W: python3-psycopg2).</source>
        <translation>{what}: Schreiben in PostgreSQL und Lesen von Spalten daraus benötigt das Python-Paket psycopg2 im Python von QGIS (Debian/Ubuntu: apt install python3-psycopg2; OSGeo4W: python3-psycopg2).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="155"/>
        <source>{what}: cannot connect to {describe} as user &apos;{value}&apos;: {reason}</source>
        <translation>{what}: Keine Verbindung zu {describe} als Benutzer „{value}“ möglich: {reason}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="155"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="191"/>
        <source>{name}: the database destination names no table (give table=&quot;schema&quot;.&quot;name&quot; in the URI).</source>
        <translation>{name}: Das Datenbankziel nennt keine Tabelle (geben Sie table=&quot;schema&quot;.&quot;name&quot; im URI an).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="195"/>
        <source>{name}: a query cannot be a destination; give a table name.</source>
        <translation>{name}: Eine Abfrage kann kein Ziel sein; geben Sie einen Tabellennamen an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="208"/>
        <source>table {table} in {where}</source>
        <translation>Tabelle {table} in {where}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="249"/>
        <source>{name}: {value}: {reason}</source>
        <translation>{name}: {value}: {reason}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="257"/>
        <source>{name}: {value} is an input of this run: choose another table, the input would be replaced.</source>
        <translation>{name}: {value} ist eine Eingabe dieses Laufs: Wählen Sie eine andere Tabelle, die Eingabe würde ersetzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="275"/>
        <source>{name}: the schema &apos;{schema}&apos; does not exist in {describe}.</source>
        <translation>{name}: Das Schema „{schema}“ existiert nicht in {describe}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="279"/>
        <source>{name}: {describe} is read-only (a standby server); nothing can be written there.</source>
        <translation>{name}: {describe} ist schreibgeschützt (ein Standby-Server); dort kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="283"/>
        <source>{name}: the role &apos;{user}&apos; may not create tables in schema &apos;{schema}&apos; of {describe} (writing refused); ask for CREATE privilege or choose another schema.</source>
        <translation>{name}: Die Rolle „{user}“ darf im Schema „{schema}“ von {describe} keine Tabellen anlegen (Schreiben verweigert); bitten Sie um das CREATE-Recht oder wählen Sie ein anderes Schema.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="293"/>
        <source>{name}: {value} exists and is not a table (a view or other relation); it is not replaced.</source>
        <translation>{name}: {value} existiert und ist keine Tabelle (eine Sicht oder andere Relation); sie wird nicht ersetzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="298"/>
        <source>{name}: the role &apos;{user}&apos; may not replace {value} (only its owner may; writing refused).</source>
        <translation>{name}: Die Rolle „{user}“ darf {value} nicht ersetzen (nur der Eigentümer darf das; Schreiben verweigert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="343"/>
        <source>{error} The table was not changed.</source>
        <translation>{error} Die Tabelle wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="349"/>
        <source>{name}: could not write {value} ({reason}); the table was not changed.</source>
        <translation>{name}: {value} konnte nicht geschrieben werden ({reason}); die Tabelle wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="368"/>
        <source>{name}: {value}: the rows written to the side table {stage} are gone (did the server restart during the run?).</source>
        <translation>{name}: {value}: Die in die Hilfstabelle {stage} geschriebenen Zeilen sind verschwunden (wurde der Server während des Laufs neu gestartet?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="374"/>
        <source>{name}: {value}: only {count} of {expected} features arrived.</source>
        <translation>{name}: {value}: Nur {count} von {expected} Objekten sind angekommen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="388"/>
        <source>{name}: {value}: the swap did not take effect inside its transaction; rolled back.</source>
        <translation>{name}: {value}: Der Austausch wurde innerhalb seiner Transaktion nicht wirksam; zurückgerollt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="407"/>
        <source>it could not be read back ({error})</source>
        <translation>sie konnte nicht zurückgelesen werden ({error})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="409"/>
        <source>{name}: {value} was not written as expected (COMMIT failed: {failed}): {problem}. Check the table before using it.</source>
        <translation>{name}: {value} wurde nicht wie erwartet geschrieben (COMMIT fehlgeschlagen: {failed}): {problem}. Prüfen Sie die Tabelle, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="414"/>
        <source>{name}: {value} was not written as expected: {problem}. Check the table before using it.</source>
        <translation>{name}: {value} wurde nicht wie erwartet geschrieben: {problem}. Prüfen Sie die Tabelle, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="428"/>
        <source>the side table is still there: the swap did not happen</source>
        <translation>die Hilfstabelle ist noch vorhanden: Der Austausch hat nicht stattgefunden</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="430"/>
        <source>the table does not exist after the swap</source>
        <translation>die Tabelle existiert nach dem Austausch nicht</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="437"/>
        <source>it holds {rows} rows (expected {expected}) and another comment than the one written</source>
        <translation>sie enthält {rows} Zeilen (erwartet: {expected}) und einen anderen Kommentar als den geschriebenen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="440"/>
        <source>it holds {rows} rows (expected {expected})</source>
        <translation>sie enthält {rows} Zeilen (erwartet: {expected})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="528"/>
        <source>{what}: reading {relation} from {where} failed</source>
        <translation>{what}: Lesen von {relation} aus {where} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/postgis.py" line="620"/>
        <source>{lost} ({reason}); nothing was written.</source>
        <translation>{lost} ({reason}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="140"/>
        <source>{name}: values are not numeric</source>
        <translation>{name}: Die Werte sind nicht numerisch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="144"/>
        <source>{name}: expected one value per unit, got an array of shape {shape}</source>
        <translation>{name}: ein Wert je Einheit erwartet, erhalten: ein Array der Form {shape}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="148"/>
        <source>{name}: {shape} values but {n} units</source>
        <translation>{name}: {shape} Werte, aber {n} Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="154"/>
        <source>{name}: missing or non-finite value (NULL/NaN) in unit {bad}</source>
        <translation>{name}: fehlender oder nicht endlicher Wert (NULL/NaN) in Einheit {bad}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="159"/>
        <source>{name}: negative count {arr:g} in unit {neg}</source>
        <translation>{name}: negative Anzahl {arr:g} in Einheit {neg}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="185"/>
        <source>unknown index code {c!r}; known codes: {all_codes}</source>
        <translation>unbekannter Indexcode {c!r}; bekannte Codes: {all_codes}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="189"/>
        <source>index {code} needs the unit geometry (a polygon layer), but none was given</source>
        <translation>Der Index {code} braucht die Geometrie der Einheiten (einen Polygonlayer), es wurde aber keine angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="193"/>
        <source>index {code} needs the multigroup option (group fields as a partition of the total)</source>
        <translation>Der Index {code} braucht die Mehrgruppenoption (Gruppenfelder als vollständige Aufteilung der Gesamtzahl)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="197"/>
        <source>index {code} needs a level field (the parent unit of each unit)</source>
        <translation>Der Index {code} braucht ein Ebenenfeld (die übergeordnete Einheit jeder Einheit)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="208"/>
        <source>level: {shape} values but {n} units</source>
        <translation>Ebene: {shape} Werte, aber {n} Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="213"/>
        <source>level: missing parent unit (NULL) in unit {index}</source>
        <translation>Ebene: fehlende übergeordnete Einheit (NULL) in Einheit {index}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="224"/>
        <source>spatial context: centroids of shape {shape}, expected ({n}, 2)</source>
        <translation>räumlicher Kontext: Schwerpunkte der Form {shape}, erwartet ({n}, 2)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="229"/>
        <source>spatial context: unit {bad} has no valid centroid (empty or invalid geometry)</source>
        <translation>räumlicher Kontext: Einheit {bad} hat keinen gültigen Schwerpunkt (leere oder ungültige Geometrie)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="235"/>
        <source>spatial context: {name} of shape {shape}, expected ({n},)</source>
        <translation>räumlicher Kontext: {name} der Form {shape}, erwartet ({n},)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="240"/>
        <source>spatial context: unit {bad} has an invalid {name}</source>
        <translation>räumlicher Kontext: Einheit {bad} hat einen ungültigen Wert {name}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="246"/>
        <source>spatial context: {name} of shape {shape}, expected ({n}, {n})</source>
        <translation>räumlicher Kontext: {name} der Form {shape}, erwartet ({n}, {n})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/local.py" line="212"/>
        <source>no group fields given</source>
        <translation>keine Gruppenfelder angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="312"/>
        <source>group names are not unique</source>
        <translation>die Gruppennamen sind nicht eindeutig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="333"/>
        <source>group &apos;{names}&apos; ({a:g}) exceeds the total ({t_all:g}) in unit {index}</source>
        <translation>Gruppe „{names}“ ({a:g}) übersteigt die Gesamtzahl ({t_all:g}) in Einheit {index}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="340"/>
        <source>permutations must be 0 or more</source>
        <translation>die Zahl der Permutationen muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="344"/>
        <source>bootstrap must be 0 or more</source>
        <translation>die Zahl der Bootstrap-Wiederholungen muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="347"/>
        <source>Atkinson parameter b must lie strictly between 0 and 1, got {atkinson_b}</source>
        <translation>Der Atkinson-Parameter b muss echt zwischen 0 und 1 liegen, angegeben: {atkinson_b}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="351"/>
        <source>confidence level must lie between 0 and 1, got {ci_level}</source>
        <translation>Das Konfidenzniveau muss zwischen 0 und 1 liegen, angegeben: {ci_level}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="361"/>
        <source>every unit has a total of zero: nothing to measure</source>
        <translation>jede Einheit hat die Gesamtzahl null: nichts zu messen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="364"/>
        <source>only one unit has population: segregation indices need at least two units</source>
        <translation>nur eine Einheit hat Einwohner: Segregationsindizes brauchen mindestens zwei Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="374"/>
        <source>group &apos;{name}&apos; has no members in any unit</source>
        <translation>Gruppe „{name}“ hat in keiner Einheit Mitglieder</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="378"/>
        <source>group &apos;{name}&apos; is the whole population in every unit: there is no rest to compare with</source>
        <translation>Gruppe „{name}“ ist in jeder Einheit die gesamte Bevölkerung: Es gibt keinen Rest zum Vergleich</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="400"/>
        <source>the group fields sum to {rowsum:g}, more than the total {t:g}, in unit {index}: with the multigroup option they must partition the total</source>
        <translation>die Gruppenfelder ergeben in Einheit {index} zusammen {rowsum:g}, mehr als die Gesamtzahl {t:g}: Mit der Mehrgruppenoption müssen sie die Gesamtzahl vollständig aufteilen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="412"/>
        <source>the multigroup indices need at least two groups</source>
        <translation>die Mehrgruppenindizes brauchen mindestens zwei Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="76"/>
        <source>unknown kernel {kernel!r}; choose one of {kernels}</source>
        <translation>unbekannter Kern {kernel!r}; wählen Sie einen von {kernels}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="139"/>
        <source>{name} must be a positive distance in metres, got {value!r}</source>
        <translation>{name} muss ein positiver Abstand in Metern sein, angegeben: {value!r}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="209"/>
        <source>use a larger CELL_SIZE (about {fit:.0f} m would fit) or a smaller BANDWIDTH (the padding by the kernel radius dominates the grid)</source>
        <translation>verwenden Sie eine größere CELL_SIZE (etwa {fit:.0f} m würden passen) oder eine kleinere BANDWIDTH (der Rand um den Kernradius bestimmt die Gittergröße)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="212"/>
        <source>use a larger CELL_SIZE (about {fit:.0f} m would fit)</source>
        <translation>verwenden Sie eine größere CELL_SIZE (etwa {fit:.0f} m würden passen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="214"/>
        <source>use a larger CELL_SIZE or a smaller BANDWIDTH (the padding by the kernel radius dominates the grid)</source>
        <translation>verwenden Sie eine größere CELL_SIZE oder eine kleinere BANDWIDTH (der Rand um den Kernradius bestimmt die Gittergröße)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="217"/>
        <source>use a larger CELL_SIZE</source>
        <translation>verwenden Sie eine größere CELL_SIZE</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="218"/>
        <source>the density grid of {ny:,} x {nx:,} cells x {m} layer(s) would need {value:,.0f} MB, more than the limit of {value2:,.0f} MB; {hint}</source>
        <translation>das Dichtegitter aus {ny:,} x {nx:,} Zellen x {m} Ebenen bräuchte {value:,.0f} MB, mehr als die Grenze von {value2:,.0f} MB; {hint}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="247"/>
        <source>the kernel is wider than the grid</source>
        <translation>der Kern ist breiter als das Gitter</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="290"/>
        <source>weights: expected ({n},) or ({n}, m) values, got shape {shape}</source>
        <translation>Gewichte: ({n},) oder ({n}, m) Werte erwartet, erhalten: Form {shape}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="296"/>
        <source>weights: missing or non-finite value at point {index}</source>
        <translation>Gewichte: fehlender oder nicht endlicher Wert bei Punkt {index}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="301"/>
        <source>weights: negative value at point {index}</source>
        <translation>Gewichte: negativer Wert bei Punkt {index}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="325"/>
        <source>x has {n} values, y {shape}</source>
        <translation>x hat {n} Werte, y {shape}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="330"/>
        <source>point {index} has no finite coordinates</source>
        <translation>Punkt {index} hat keine endlichen Koordinaten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="336"/>
        <source>no points and no extent: the grid is undefined</source>
        <translation>keine Punkte und keine Ausdehnung: Das Gitter ist nicht bestimmt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="342"/>
        <source>extent must be (x_min, y_min, x_max, y_max), got {extent!r}</source>
        <translation>Die Ausdehnung muss (x_min, y_min, x_max, y_max) sein, angegeben: {extent!r}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="452"/>
        <source>kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="452"/>
        <source>the bandwidth</source>
        <translation>die Bandbreite</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="474"/>
        <source>unknown KERNEL_METHOD {method!r}; choose one of {methods}</source>
        <translation>unbekannte KERNEL_METHOD {method!r}; wählen Sie eine von {methods}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="588"/>
        <source>{label}: the exact kernel sums would evaluate about {pairs:,.0f} unit pairs (hours); use KERNEL_METHOD grid or a smaller {param_hint}</source>
        <translation>{label}: Die exakten Kernsummen würden etwa {pairs:,.0f} Einheitenpaare auswerten (Stunden); verwenden Sie KERNEL_METHOD grid oder ein kleineres {param_hint}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="599"/>
        <source>{label}: the kernel grid of {plan:,} x {plan2:,} cells would need {value:,.0f} MB, more than the limit of {value2:,.0f} MB; use a smaller {param_hint}</source>
        <translation>{label}: Das Kerngitter aus {plan:,} x {plan2:,} Zellen bräuchte {value:,.0f} MB, mehr als die Grenze von {value2:,.0f} MB; verwenden Sie einen kleineren Wert für {param_hint}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="117"/>
        <source>distance decay (ACL, RCL, SP, DDXPX, DDXPY)</source>
        <translation>Distanzabnahme (ACL, RCL, SP, DDXPX, DDXPY)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="132"/>
        <source>HSPATIAL kernel, bandwidth {h:g} m</source>
        <translation>HSPATIAL-Kern, Bandbreite {h:g} m</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="132"/>
        <source>bandwidth (BANDWIDTHS)</source>
        <translation>Bandbreite (BANDWIDTHS)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="126"/>
        <source>LEVEL_FIELD &apos;{level_field}&apos; is used by the within/between decomposition of the multigroup indices (MM_BETWEEN, MM_WITHIN, MH_BETWEEN, MH_WITHIN): set MULTIGROUP=true, or leave LEVEL_FIELD empty.</source>
        <translation>LEVEL_FIELD „{level_field}“ wird von der Zerlegung innerhalb/zwischen der Mehrgruppenindizes (MM_BETWEEN, MM_WITHIN, MH_BETWEEN, MH_WITHIN) verwendet: Setzen Sie MULTIGROUP=true oder lassen Sie LEVEL_FIELD leer.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="171"/>
        <source>Layer &apos;{layer}&apos; has no polygons: the spatial indices {items} need district polygons.</source>
        <translation>Der Layer „{layer}“ hat keine Polygone: Die räumlichen Indizes {items} brauchen Gebietspolygone.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="209"/>
        <source>{error} (BANDWIDTHS are metres; several are separated by commas)</source>
        <translation>{error} (BANDWIDTHS sind Meter; mehrere werden durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="213"/>
        <source>BANDWIDTHS: {value:g} m is not positive.</source>
        <translation>BANDWIDTHS: {value:g} m ist nicht positiv.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="218"/>
        <source>BANDWIDTHS: give at least one bandwidth in metres.</source>
        <translation>BANDWIDTHS: Geben Sie mindestens eine Bandbreite in Metern an.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="240"/>
        <source>CENTRES: layer &apos;{source}&apos; has {display_string} geometries; give a point layer (one point per centre).</source>
        <translation>CENTRES: Der Layer „{source}“ hat Geometrien vom Typ {display_string}; geben Sie einen Punktlayer an (ein Punkt je Zentrum).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="255"/>
        <source>Centre layer &apos;{source}&apos; has no points.</source>
        <translation>Der Zentrenlayer „{source}“ hat keine Punkte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="285"/>
        <source>BANDWIDTHS: {bandwidths} m is below the typical distance between neighbouring unit centroids ({typical:.0f} m, the median nearest-neighbour distance): the kernel sees every unit alone; use at least {typical:.0f} m.</source>
        <translation>BANDWIDTHS: {bandwidths} m liegt unter dem typischen Abstand zwischen den Schwerpunkten benachbarter Einheiten ({typical:.0f} m, der Median des Abstands zum nächsten Nachbarn): Der Kern sieht jede Einheit allein; verwenden Sie mindestens {typical:.0f} m.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="291"/>
        <source>BANDWIDTHS: {bandwidths} m is below the typical distance between neighbouring unit centroids ({typical:.0f} m, the median nearest-neighbour distance): the kernel sees every unit alone (HSPATIAL equals H there).</source>
        <translation>BANDWIDTHS: {bandwidths} m liegt unter dem typischen Abstand zwischen den Schwerpunkten benachbarter Einheiten ({typical:.0f} m, der Median des Abstands zum nächsten Nachbarn): Der Kern sieht jede Einheit allein (HSPATIAL ist dort gleich H).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="38"/>
        <source>Layer &apos;{layer_label}&apos; is empty: it has no features.</source>
        <translation>Der Layer „{layer_label}“ ist leer: Er enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="75"/>
        <source>Layer &apos;{layer_label}&apos;, {error}</source>
        <translation>Layer „{layer_label}“, {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="144"/>
        <source>Layer &apos;{label}&apos;: feature {missing} was read with its counts but not with its geometry (was the layer changed while it was read?).</source>
        <translation>Layer „{label}“: Objekt {missing} wurde mit seinen Anzahlen, aber ohne seine Geometrie gelesen (wurde der Layer während des Lesens geändert?).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="15"/>
        <source>value field</source>
        <translation>Wertfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="16"/>
        <source>district key</source>
        <translation>Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="17"/>
        <source>source key</source>
        <translation>Schlüssel der Quelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="28"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; ({role}). Available fields: {names}</source>
        <translation>Der Layer „{layer}“ hat kein Feld „{field}“ ({role}). Vorhandene Felder: {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="31"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos;. Available fields: {names}</source>
        <translation>Der Layer „{layer}“ hat kein Feld „{field}“. Vorhandene Felder: {names}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/local.py" line="215"/>
        <source>neighbours: matrix of shape {shape}, expected ({n}, {n})</source>
        <translation>Nachbarn: Matrix der Form {shape}, erwartet ({n}, {n})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/local.py" line="220"/>
        <source>fewer than two units have population</source>
        <translation>weniger als zwei Einheiten haben Einwohner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/local.py" line="234"/>
        <source>group &apos;{name}&apos; ({x:g}) exceeds the total ({t:g}) in unit {over}</source>
        <translation>Gruppe „{name}“ ({x:g}) übersteigt die Gesamtzahl ({t:g}) in Einheit {over}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/local.py" line="273"/>
        <source>the group fields sum to more than the total in unit {over}</source>
        <translation>die Gruppenfelder ergeben in Einheit {over} zusammen mehr als die Gesamtzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="68"/>
        <source>distance scale must be positive, got {decay_scale}</source>
        <translation>Der Distanzmaßstab muss positiv sein, angegeben: {decay_scale}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="72"/>
        <source>kernel tolerance must lie between 0 and 1, got {kernel_tol}</source>
        <translation>Die Kerntoleranz muss zwischen 0 und 1 liegen, angegeben: {kernel_tol}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="90"/>
        <source>kernel bandwidth must be a positive distance in metres, got {b}</source>
        <translation>Die Kernbandbreite muss ein positiver Abstand in Metern sein, angegeben: {b}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="95"/>
        <source>unknown kernel method {kernel_method!r}; choose one of {methods}</source>
        <translation>unbekannte Kernmethode {kernel_method!r}; wählen Sie eine von {methods}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="194"/>
        <source>unknown centre {centre!r}: give coordinates or mean/median/weighted_mean</source>
        <translation>unbekanntes Zentrum {centre!r}: Geben Sie Koordinaten oder mean/median/weighted_mean an</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="200"/>
        <source>the centre coordinates are not finite</source>
        <translation>die Koordinaten des Zentrums sind nicht endlich</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="348"/>
        <source>{what}: no two units of the layer touch, the index is undefined</source>
        <translation>{what}: Keine zwei Einheiten des Layers berühren sich, der Index ist nicht bestimmt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="368"/>
        <source>{code} needs the neighbour structure of the units, which was not built</source>
        <translation>{code} braucht die Nachbarschaftsstruktur der Einheiten, die nicht aufgebaut wurde</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="387"/>
        <source>DS: unit {unit_ids} has zero area</source>
        <translation>DS: Einheit {unit_ids} hat die Fläche null</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="152"/>
        <source>{n} unit(s) with a NULL count left out (MISSING_VALUES=skip: features {fids})</source>
        <translation>Einheiten mit NULL-Anzahl ausgelassen: {n} (MISSING_VALUES=skip: Objekte {fids})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/base.py" line="404"/>
        <source>{name} is a shapefile (field names of at most 10 characters); fields renamed: {renamed}.</source>
        <translation>{name} ist ein Shapefile (Feldnamen mit höchstens 10 Zeichen); umbenannte Felder: {renamed}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="165"/>
        <source>{overlap}: a point there is counted in the first of them in layer order</source>
        <translation>{overlap}: Ein Punkt dort wird dem ersten dieser Gebiete in der Reihenfolge des Layers zugeordnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="363"/>
        <source>as given by SHARE_UNIT</source>
        <translation>wie in SHARE_UNIT angegeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="366"/>
        <source>Share fields {fields} of &apos;{label}&apos; are {unit} of &apos;{total}&apos; ({why}); written as counts named &lt;field&gt;_count.</source>
        <translation>Die Anteilsfelder {fields} von „{label}“ sind {unit} von „{total}“ ({why}); sie werden als Anzahlen mit dem Namen &lt;Feld&gt;_count geschrieben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/geometry_checks.py" line="17"/>
        <source>{n} districts of &apos;{label}&apos; have invalid geometry (self-intersecting, e.g. a bow-tie: feature(s) {shown}); they were repaired (makeValid) and their areas, perimeters and neighbours taken from the repaired shape</source>
        <translation>{n} Gebiete von „{label}“ haben eine ungültige Geometrie (selbstüberschneidend, z. B. eine Fliege: Objekt(e) {shown}); sie wurden repariert (makeValid), und ihre Flächen, Umfänge und Nachbarn wurden aus der reparierten Form bestimmt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/geometry_checks.py" line="17"/>
        <source>{n} units of &apos;{label}&apos; have invalid geometry (self-intersecting, e.g. a bow-tie: feature(s) {shown}); they were repaired (makeValid) and their areas, perimeters and neighbours taken from the repaired shape</source>
        <translation>{n} Einheiten von „{label}“ haben eine ungültige Geometrie (selbstüberschneidend, z. B. eine Fliege: Objekt(e) {shown}); sie wurden repariert (makeValid), und ihre Flächen, Umfänge und Nachbarn wurden aus der reparierten Form bestimmt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/geometry_checks.py" line="61"/>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/geometry_checks.py" line="62"/>
        <source>Districts of &apos;{label}&apos; overlap (feature(s) {shown}): their areas add up to {total} but cover {covered} ({share} % counted twice)</source>
        <translation>Gebiete von „{label}“ überlappen sich (Objekt(e) {shown}): Ihre Flächen ergeben zusammen {total}, bedecken aber nur {covered} ({share} % doppelt gezählt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/geometry_checks.py" line="62"/>
        <source>Units of &apos;{label}&apos; overlap (feature(s) {shown}): their areas add up to {total} but cover {covered} ({share} % counted twice)</source>
        <translation>Einheiten von „{label}“ überlappen sich (Objekt(e) {shown}): Ihre Flächen ergeben zusammen {total}, bedecken aber nur {covered} ({share} % doppelt gezählt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="36"/>
        <source>Source reprojected from {source_crs} to the districts&apos; projected CRS {crs}; areas are computed there.</source>
        <translation>Quelle von {source_crs} in das projizierte KBS der Gebiete {crs} umprojiziert; die Flächen werden dort berechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="40"/>
        <source>Districts reprojected from {districts_crs} to the source&apos;s projected CRS {crs}; areas are computed there.</source>
        <translation>Gebiete von {districts_crs} in das projizierte KBS der Quelle {crs} umprojiziert; die Flächen werden dort berechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="43"/>
        <source>Areas are computed in {crs} (projected).</source>
        <translation>Die Flächen werden in {crs} (projiziert) berechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="53"/>
        <source>Both layers are in a geographic CRS ({districts_crs}): areas are computed after reprojecting to {crs}, never in degrees.</source>
        <translation>Beide Layer liegen in einem geographischen KBS ({districts_crs}): Die Flächen werden nach Umprojektion in {crs} berechnet, nie in Grad.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="200"/>
        <source>Reading source polygons…</source>
        <translation>Quellpolygone werden gelesen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="214"/>
        <source>Invalid geometries repaired (INVALID_GEOMETRY=repair): {rep_s} in &apos;{label}&apos;, {rep_d} in &apos;{districts_label}&apos;.</source>
        <translation>Ungültige Geometrien repariert (INVALID_GEOMETRY=repair): {rep_s} in „{label}“, {rep_d} in „{districts_label}“.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="224"/>
        <source>Intersecting source polygons with districts…</source>
        <translation>Quellpolygone werden mit den Gebieten verschnitten …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="236"/>
        <source>Weighting by the raster…</source>
        <translation>Gewichtung mit dem Raster …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="260"/>
        <source>Dasymetric weighting: {polygons} polygons of &apos;{label}&apos; cut into {pieces} pieces in {hit} of {n} districts; {partly} polygons lie partly or wholly outside every district.</source>
        <translation>Dasymetrische Gewichtung: {polygons} Polygone von „{label}“ in {pieces} Teilstücke in {hit} von {n} Gebieten zerlegt; {partly} Polygone liegen teilweise oder ganz außerhalb aller Gebiete.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_areal.py" line="260"/>
        <source>Areal weighting: {polygons} polygons of &apos;{label}&apos; cut into {pieces} pieces in {hit} of {n} districts; {partly} polygons lie partly or wholly outside every district.</source>
        <translation>Flächengewichtung: {polygons} Polygone von „{label}“ in {pieces} Teilstücke in {hit} von {n} Gebieten zerlegt; {partly} Polygone liegen teilweise oder ganz außerhalb aller Gebiete.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="88"/>
        <source>Long table pivoted on '{category_field}' (values from '{value_field}'): {rows} rows → {n} units × {categories} categories.</source>
        <translation>Lange Tabelle nach „{category_field}“ umgeformt (Werte aus „{value_field}“): {rows} Zeilen → {n} Einheiten × {categories} Kategorien.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="93"/>
        <source>{skipped} rows of categories not asked for were left out.</source>
        <translation>{skipped} Zeilen nicht angeforderter Kategorien wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_key.py" line="96"/>
        <source>{dup} rows repeat a (key, category) pair; their values were summed.</source>
        <translation>{dup} Zeilen wiederholen ein Paar (Schlüssel, Kategorie); ihre Werte wurden addiert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="542"/>
        <source>Preparing the districts for point-in-polygon…</source>
        <translation>Die Gebiete werden für Punkt-in-Polygon vorbereitet …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="548"/>
        <source>{repaired} invalid district geometries were repaired (INVALID_GEOMETRY=repair).</source>
        <translation>{repaired} ungültige Gebietsgeometrien wurden repariert (INVALID_GEOMETRY=repair).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="554"/>
        <source>Reading and locating points in districts…</source>
        <translation>Punkte werden gelesen und den Gebieten zugeordnet …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/spatial_context.py" line="134"/>
        <source>Layer &apos;{label}&apos;: {n} units; overlapping units were not looked for (done up to {max} units or with the neighbour indices DADJ, DW, DS).</source>
        <translation>Layer „{label}“: {n} Einheiten; nach überlappenden Einheiten wurde nicht gesucht (geschieht bis zu {max} Einheiten oder mit den Nachbarschaftsindizes DADJ, DW, DS).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="132"/>
        <source>the shares of every row add up to 100: read as percent</source>
        <translation>die Anteile jeder Zeile ergeben zusammen 100: als Prozent gelesen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="147"/>
        <source>largest share is {vmax} (&gt; 1): read as percent</source>
        <translation>der größte Anteil ist {vmax} (&gt; 1): als Prozent gelesen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/shares.py" line="150"/>
        <source>the shares of every row add up to 1: read as fractions</source>
        <translation>die Anteile jeder Zeile ergeben zusammen 1: als Bruchteile gelesen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="364"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_join.py" line="364"/>
        <source>fraction</source>
        <translation>Bruchteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/crs.py" line="67"/>
        <source>Layer &apos;{name}&apos; has no CRS: its coordinates are taken as metres</source>
        <translation>Der Layer „{name}“ hat kein KBS: Seine Koordinaten werden als Meter verwendet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/crs.py" line="90"/>
        <source>Layer &apos;{layer}&apos; is in {crs}; areas and distances computed in {target}</source>
        <translation>Der Layer „{layer}“ liegt in {crs}; Flächen und Abstände werden in {target} berechnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="87"/>
        <source>{fallback} source polygons have no raster mass (nodata, zeros, or smaller than a cell) and were weighted by area instead.</source>
        <translation>{fallback} Quellpolygone haben keine Rastermasse (NoData, Nullen oder kleiner als eine Zelle) und wurden stattdessen nach Fläche gewichtet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="95"/>
        <source>Dasymetric weights: a raster cell counts for the source polygon and the district that contain its centre (cell-centre assignment, as GDAL rasterises); {n_shared} source polygons that share cell centres with another source were weighed one by one.</source>
        <translation>Dasymetrische Gewichte: Eine Rasterzelle zählt für das Quellpolygon und das Gebiet, die ihren Mittelpunkt enthalten (Zuordnung über den Zellmittelpunkt, wie GDAL rastert); {n_shared} Quellpolygone, die Zellmittelpunkte mit einer anderen Quelle teilen, wurden einzeln gewichtet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="99"/>
        <source>Dasymetric weights: a raster cell counts for the source polygon and the district that contain its centre (cell-centre assignment, as GDAL rasterises).</source>
        <translation>Dasymetrische Gewichte: Eine Rasterzelle zählt für das Quellpolygon und das Gebiet, die ihren Mittelpunkt enthalten (Zuordnung über den Zellmittelpunkt, wie GDAL rastert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="272"/>
        <source>Weight raster &apos;{label}&apos; is in {raster_crs}, the areas in {crs}: the polygons are reprojected onto the raster&apos;s grid for the weights (the raster is not resampled).</source>
        <translation>Das Gewichtungsraster „{label}“ liegt in {raster_crs}, die Flächen in {crs}: Für die Gewichte werden die Polygone auf das Gitter des Rasters umprojiziert (das Raster wird nicht neu abgetastet).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_raster.py" line="310"/>
        <source>Weight raster &apos;{label}&apos;: {nodata} of {cells} cells under the sources are nodata and weigh 0.</source>
        <translation>Gewichtungsraster „{label}“: {nodata} von {cells} Zellen unter den Quellen sind NoData und haben das Gewicht 0.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/series.py" line="343"/>
        <source>{n} address points of &apos;{label}&apos; have no geometry and are not used.</source>
        <translation>{n} Adresspunkte von „{label}“ haben keine Geometrie und werden nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="42"/>
        <source>German number format (1.234,5)</source>
        <translation>deutsches Zahlenformat (1.234,5)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="43"/>
        <source>English number format (1,234.5)</source>
        <translation>englisches Zahlenformat (1,234.5)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="44"/>
        <source>plain numbers (1234.5)</source>
        <translation>einfache Zahlen (1234.5)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="45"/>
        <source>numeric field</source>
        <translation>numerisches Feld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="72"/>
        <source>{style}, as field &apos;{field}&apos; of the same table (&apos;{evidence}&apos;)</source>
        <translation>{style}, wie das Feld „{field}“ derselben Tabelle („{evidence}“)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/numbers.py" line="76"/>
        <source>{style}, decided by &apos;{evidence}&apos;</source>
        <translation>{style}, entschieden anhand von „{evidence}“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/read.py" line="81"/>
        <source>Layer &apos;{layer}&apos;, field &apos;{field}&apos;: {format}.</source>
        <translation>Layer „{layer}“, Feld „{field}“: {format}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/qgis_io/join_points.py" line="294"/>
        <source>Districts reprojected from {districts_crs} to the source&apos;s {crs} for the point-in-polygon test.</source>
        <translation>Gebiete für den Punkt-in-Polygon-Test von {districts_crs} in das KBS der Quelle {crs} umprojiziert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="634"/>
        <source>expected/p: {permutations} random allocations keeping unit totals, p one-sided (lower = more segregated)</source>
        <translation>Erwartungswert/p: Permutationstest mit {permutations} zufälligen Zuordnungen bei festen Einheitensummen, p einseitig (niedriger = stärker segregiert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="634"/>
        <source>expected/p: {permutations} random allocations keeping unit totals, p one-sided (higher = more segregated)</source>
        <translation>Erwartungswert/p: Permutationstest mit {permutations} zufälligen Zuordnungen bei festen Einheitensummen, p einseitig (höher = stärker segregiert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="643"/>
        <source>CI: {level} bootstrap percentile interval shifted by the bootstrap bias, {bootstrap} draws within units</source>
        <translation>KI: {level}-Bootstrap-Perzentil-Konfidenzintervall, um die Bootstrap-Verzerrung verschoben, {bootstrap} Ziehungen innerhalb der Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="647"/>
        <source>undefined for these units (e.g. all units of equal area)</source>
        <translation>für diese Einheiten nicht definiert (z. B. alle Einheiten gleich groß)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="850"/>
        <source> (the grid&apos;s sampled error {error} was above {limit})</source>
        <translation> (der stichprobenhaft gemessene Fehler des Rasters, {error}, lag über {limit})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="854"/>
        <source>kernel sums exact (k-d tree blocks, about {pairs} unit pairs, none stored){why}</source>
        <translation>Kernsummen exakt (k-d-Baum-Blöcke, etwa {pairs} Einheitenpaare, keines gespeichert){why}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="858"/>
        <source>kernel sums exact (dense blocks of unit pairs, none stored){why}</source>
        <translation>Kernsummen exakt (dichte Blöcke von Einheitenpaaren, keines gespeichert){why}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="862"/>
        <source>kernel sums exact: unit centroids on a regular {cell} m lattice, convolved on it by FFT</source>
        <translation>Kernsummen exakt: Schwerpunkte der Einheiten auf einem regelmäßigen {cell}-m-Gitter, darauf per FFT gefaltet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="865"/>
        <source>not yet measured</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="867"/>
        <source>linear binning with its second-order error taken out</source>
        <translation>lineares Binning, Fehler zweiter Ordnung herausgerechnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="867"/>
        <source>linear binning</source>
        <translation>lineares Binning</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/kernel.py" line="869"/>
        <source>kernel sums on a {cell} m grid ({how}, FFT, KERNEL_METHOD {requested}), largest relative error at {sample} sampled units against the exact sums {error}</source>
        <translation>Kernsummen auf einem {cell}-m-Raster ({how}, FFT, KERNEL_METHOD {requested}), größter relativer Fehler gegenüber den exakten Summen an {sample} Stichprobeneinheiten: {error}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="397"/>
        <source>c_ij = exp(-d_ij/{scale} km) between centroids, d_ii = sqrt(0.6 a_i) (Massey &amp; Denton 1988; not PySAL&apos;s row-normalised variant), cut off at {cut} km (c &lt; {tol})</source>
        <translation>c_ij = exp(-d_ij/{scale} km) zwischen Schwerpunkten, d_ii = sqrt(0,6 a_i) (Massey &amp; Denton 1988; nicht die zeilennormierte Variante von PySAL), abgeschnitten bei {cut} km (c &lt; {tol})</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="419"/>
        <source>Hoover&apos;s Delta vs land area of the units used (Massey &amp; Denton 1988)</source>
        <translation>Hoovers Delta gegenüber der Landfläche der verwendeten Einheiten (Massey &amp; Denton 1988)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="421"/>
        <source>absolute concentration (Massey &amp; Denton 1988), land area of the units used</source>
        <translation>absolute Konzentration (Massey &amp; Denton 1988), Landfläche der verwendeten Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="423"/>
        <source>relative concentration (Massey &amp; Denton 1988); n1 from X, n2 from Y (PySAL takes n2 from X)</source>
        <translation>relative Konzentration (Massey &amp; Denton 1988); n1 aus X, n2 aus Y (PySAL nimmt n2 aus X)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="426"/>
        <source>absolute clustering; {decay}</source>
        <translation>absolute Clusterung; {decay}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="427"/>
        <source>relative clustering Pxx/Pyy - 1; {decay}</source>
        <translation>relative Clusterung Pxx/Pyy - 1; {decay}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="429"/>
        <source>spatial proximity (White 1983); {decay}</source>
        <translation>räumliche Nähe (White 1983); {decay}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="431"/>
        <source>distance-decay isolation (Morgan 1983); {decay}</source>
        <translation>distanzgewichtete Isolation (Morgan 1983); {decay}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="433"/>
        <source>distance-decay interaction (Morgan 1983); {decay}</source>
        <translation>distanzgewichtete Interaktion (Morgan 1983); {decay}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="435"/>
        <source>Morrill&apos;s D(adj), binary queen contiguity</source>
        <translation>Morrills D(adj), binäre Queen-Nachbarschaft</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="436"/>
        <source>Wong&apos;s D(w), shared boundary length / total shared length (Tivadar 2019 form)</source>
        <translation>Wongs D(w), Länge der gemeinsamen Grenze / gesamte gemeinsame Grenzlänge (Form nach Tivadar 2019)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="438"/>
        <source>Wong&apos;s D(s), D(w) with perimeter/area term (Tivadar 2019 form)</source>
        <translation>Wongs D(s), D(w) mit Umfang-Flächen-Term (Form nach Tivadar 2019)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="452"/>
        <source>spatial information theory index H~ (Reardon &amp; O&apos;Sullivan 2004), {kernel} kernel, bandwidth {bandwidth} m, units as centroid points; {how}</source>
        <translation>räumlicher informationstheoretischer Index H~ (Reardon &amp; O'Sullivan 2004), Kern {kernel}, Bandbreite {bandwidth} m, Einheiten als Schwerpunkte; {how}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="100"/>
        <source>{n} units in both</source>
        <translation>{n} Einheiten zu beiden Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="102"/>
        <source>left out: {a} only at A, {b} only at B</source>
        <translation>ausgelassen: {a} nur in A, {b} nur in B</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="107"/>
        <source>without population (no weight at that date): {a} at A, {b} at B</source>
        <translation>ohne Bevölkerung (zu diesem Zeitpunkt ohne Gewicht): {a} in A, {b} in B</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="110"/>
        <source>difference B - A, {bootstrap} parametric bootstrap draws per date, bias-corrected 95% interval, two-sided p</source>
        <translation>Differenz B - A, {bootstrap} parametrische Bootstrap-Ziehungen je Zeitpunkt, verzerrungskorrigiertes 95-%-Konfidenzintervall, p zweiseitig</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="97"/>
        <source>dissimilarity, group vs rest of total (Duncan &amp; Duncan 1955)</source>
        <translation>Dissimilarität, Gruppe gegenüber dem Rest der Gesamtbevölkerung (Duncan &amp; Duncan 1955)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="98"/>
        <source>Gini segregation index (Massey &amp; Denton 1988)</source>
        <translation>Gini-Segregationsindex (Massey &amp; Denton 1988)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="99"/>
        <source>Theil entropy index, natural log (Theil 1972)</source>
        <translation>Theil-Entropieindex, natürlicher Logarithmus (Theil 1972)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="124"/>
        <source>Atkinson index b={b} (Massey &amp; Denton 1988)</source>
        <translation>Atkinson-Index b={b} (Massey &amp; Denton 1988)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="100"/>
        <source>isolation xPx (Massey &amp; Denton 1988)</source>
        <translation>Isolation xPx (Massey &amp; Denton 1988)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="101"/>
        <source>interaction xPy, y = total - group (Massey &amp; Denton 1988)</source>
        <translation>Interaktion xPy, y = Gesamt - Gruppe (Massey &amp; Denton 1988)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="102"/>
        <source>correlation ratio (xPx - P)/(1 - P)</source>
        <translation>Korrelationsverhältnis (xPx - P)/(1 - P)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="103"/>
        <source>multigroup dissimilarity (Reardon &amp; Firebaugh 2002)</source>
        <translation>Mehrgruppen-Dissimilarität (Reardon &amp; Firebaugh 2002)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="104"/>
        <source>multigroup Gini (Reardon &amp; Firebaugh 2002)</source>
        <translation>Mehrgruppen-Gini (Reardon &amp; Firebaugh 2002)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="105"/>
        <source>multigroup information theory index H = M/E (Theil 1972)</source>
        <translation>informationstheoretischer Mehrgruppenindex H = M/E (Theil 1972)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="106"/>
        <source>mutual information M, natural log (Theil 1972)</source>
        <translation>Transinformation M, natürlicher Logarithmus (Theil 1972)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="107"/>
        <source>normalised exposure (Reardon &amp; Firebaugh 2002)</source>
        <translation>normierte Exposition (Reardon &amp; Firebaugh 2002)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="108"/>
        <source>squared coefficient of variation (Reardon &amp; Firebaugh 2002)</source>
        <translation>quadrierter Variationskoeffizient (Reardon &amp; Firebaugh 2002)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="109"/>
        <source>relative diversity (Reardon &amp; Firebaugh 2002)</source>
        <translation>relative Diversität (Reardon &amp; Firebaugh 2002)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="110"/>
        <source>Simpson concentration sum pi_m^2 (city composition, not segregation)</source>
        <translation>Simpson-Konzentration Summe pi_m^2 (Zusammensetzung der Stadt, keine Segregation)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="112"/>
        <source>Simpson interaction sum pi_m(1-pi_m) (city composition, not segregation)</source>
        <translation>Simpson-Interaktion Summe pi_m(1-pi_m) (Zusammensetzung der Stadt, keine Segregation)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="114"/>
        <source>Shannon diversity E of the city composition, natural log, not normalised</source>
        <translation>Shannon-Diversität E der Zusammensetzung der Stadt, natürlicher Logarithmus, nicht normiert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="116"/>
        <source>between-level part of M (exact additive decomposition)</source>
        <translation>Anteil von M zwischen den Ebeneneinheiten (exakte additive Zerlegung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="117"/>
        <source>within-level part of M: sum_g (T_g/T) M_g</source>
        <translation>Anteil von M innerhalb der Ebeneneinheiten: sum_g (T_g/T) M_g</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="118"/>
        <source>between-level part of H = M_between/E</source>
        <translation>Anteil von H zwischen den Ebeneneinheiten = M_between/E</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="119"/>
        <source>within-level part of H = M_within/E</source>
        <translation>Anteil von H innerhalb der Ebeneneinheiten = M_within/E</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="611"/>
        <source>{n} zero-population unit(s) skipped</source>
        <translation>Einheiten ohne Bevölkerung übersprungen: {n}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/catalogue.py" line="613"/>
        <source>residual group &apos;rest&apos; = total - sum of groups added</source>
        <translation>Restgruppe „rest“ = Gesamt - Summe der Gruppen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="407"/>
        <source>centre {coords} and {n} more</source>
        <translation>Zentrum {coords} und {n} weitere</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="407"/>
        <source>centre {coords}</source>
        <translation>Zentrum {coords}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="411"/>
        <source>polycentric, distance to nearest centre</source>
        <translation>polyzentrisch, Entfernung zum nächsten Zentrum</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="413"/>
        <source>mean of unit centroids</source>
        <translation>Mittelwert der Schwerpunkte der Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="417"/>
        <source>given centre</source>
        <translation>vorgegebenes Zentrum</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="443"/>
        <source>absolute centralisation (Massey &amp; Denton 1988), {kind}: {where} (CRS units)</source>
        <translation>absolute Zentralisierung (Massey &amp; Denton 1988), {kind}: {where} (Einheiten des KBS)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/core/spatial.py" line="443"/>
        <source>relative centralisation (Massey &amp; Denton 1988), {kind}: {where} (CRS units)</source>
        <translation>relative Zentralisierung (Massey &amp; Denton 1988), {kind}: {where} (Einheiten des KBS)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/errors.py" line="65"/>
        <source>decimal point</source>
        <translation>decimal comma</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="562"/>
        <source>{name}: &apos;{date}&apos; is not a period of the series; its periods are {dates}.</source>
        <translation>{name}: „{date}“ ist kein Stichtag der Zeitreihe; ihre Stichtage sind {dates}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="569"/>
        <source>CHANGE_FROM ({first}) must be an earlier period than CHANGE_TO ({last}).</source>
        <translation>CHANGE_FROM ({first}) muss ein früherer Stichtag sein als CHANGE_TO ({last}).</translation>
    </message>
</context>
<context>
    <name>MilieuAtlasDock</name>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="945"/>
        <source>Milieu Atlas</source>
        <translation>Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="311"/>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="318"/>
        <source>Key field of the table</source>
        <translation>Schlüsselfeld der Tabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="509"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="500"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="516"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="535"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="540"/>
        <source>Show the indices of one group or of all groups</source>
        <translation>Die Indizes einer Gruppe oder aller Gruppen anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="551"/>
        <source>Mean of the index under random allocation (what small units give by chance)</source>
        <translation>Mittelwert des Index bei zufälliger Verteilung (was kleine Einheiten allein durch Zufall ergeben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="553"/>
        <source>Share of random allocations with an index at least as large</source>
        <translation>Anteil der Zufallsverteilungen mit einem mindestens ebenso großen Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="554"/>
        <source>Number of spatial units used</source>
        <translation>Anzahl der verwendeten räumlichen Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1344"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="601"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="602"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="603"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="604"/>
        <source>p value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="605"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="606"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="935"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1072"/>
        <source>Milieu Atlas analysis</source>
        <translation>Analyse mit Milieu Atlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1078"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1115"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1154"/>
        <source>Location quotient {0}</source>
        <translation>Standortquotient {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1156"/>
        <source>Could not open the result layer {0}.</source>
        <translation>Der Ergebnislayer {0} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1178"/>
        <source>Could not read the index table: {0}</source>
        <translation>Die Indextabelle konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1182"/>
        <source>Results: {0}</source>
        <translation>Ergebnisse: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1229"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1418"/>
        <source>Run the analysis first.</source>
        <translation>Führen Sie zuerst die Analyse aus.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1391"/>
        <source>Algorithm {0} is not available.</source>
        <translation>Der Algorithmus {0} ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1428"/>
        <source>Map sheet: {0}</source>
        <translation>Kartenblatt: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1430"/>
        <source>Map sheet written (PDF).</source>
        <translation>Kartenblatt geschrieben (PDF).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="262"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="264"/>
        <source>Open the quick guide: the first map sheet in five steps</source>
        <translation>Kurzanleitung öffnen: das erste Kartenblatt in fünf Schritten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="302"/>
        <source>1 Data</source>
        <translation>1 Daten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="305"/>
        <source>Polygon layer of the spatial units (e.g. LOR Planungsräume, blocks, grid cells)</source>
        <translation>Polygonlayer der räumlichen Einheiten (z. B. LOR-Planungsräume, Blöcke, Rasterzellen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="308"/>
        <source>Spatial units (e.g. Planungsräume)</source>
        <translation>Räumliche Einheiten (z. B. Planungsräume)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="309"/>
        <source>Field with the unique key of each unit (e.g. PLR_ID)</source>
        <translation>Feld mit dem eindeutigen Schlüssel jeder Einheit (z. B. PLR_ID)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="312"/>
        <source>Table or layer with the population counts (e.g. the register table), joined to the units by key. Leave empty when the units layer has the counts itself.</source>
        <translation>Tabelle oder Layer mit den Einwohnerzahlen (z. B. die Registertabelle), über den Schlüssel mit den Einheiten verknüpft. Lassen Sie das Feld leer, wenn der Layer der Einheiten die Zahlen selbst enthält.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="312"/>
        <source>None: the counts are in the units layer</source>
        <translation>Keine: Die Zahlen stehen im Layer der Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="317"/>
        <source>Population table (optional)</source>
        <translation>Einwohnertabelle (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="319"/>
        <source>Field of the table that holds the key of the unit</source>
        <translation>Feld der Tabelle mit dem Schlüssel der Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="322"/>
        <source>Check the join</source>
        <translation>Verknüpfung prüfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="324"/>
        <source>Joins the table on trial (nothing is kept) and shows how many rows matched and whether the totals agree</source>
        <translation>Verknüpft die Tabelle probeweise (nichts wird behalten) und zeigt, wie viele Zeilen zugeordnet wurden und ob die Summen übereinstimmen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="334"/>
        <source>Numeric field with the total population of each unit (e.g. Einwohner, EW, insgesamt)</source>
        <translation>Zahlenfeld mit der Gesamtbevölkerung jeder Einheit (z. B. Einwohner, EW, insgesamt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="336"/>
        <source>Total population</source>
        <translation>Einwohner insgesamt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="344"/>
        <source>Numeric count fields of the groups to analyse (e.g. Ausländer, Migrationshintergrund, MH); only counts of people, not percentages</source>
        <translation>Anzahlfelder der zu untersuchenden Gruppen (z. B. Ausländer, Migrationshintergrund, MH); nur Personenzahlen, keine Prozentanteile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="347"/>
        <source>Group counts</source>
        <translation>Anzahlen der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="366"/>
        <source>Address points or areas with household counts per milieu (fields named like the milieu codes REL, ARB, ENT, STA, ADI, KOS, PER, HED)</source>
        <translation>Adresspunkte oder Flächen mit Haushaltszahlen je Milieu (Felder benannt wie die Milieucodes REL, ARB, ENT, STA, ADI, KOS, PER, HED)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="366"/>
        <source>None: no milieu analysis</source>
        <translation>Keine: ohne Milieuanalyse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="371"/>
        <source>Milieus (optional)</source>
        <translation>Milieus (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="372"/>
        <source>Raster of where people live (e.g. built-up residential area): counts of polygons that do not match the units are split by it</source>
        <translation>Raster, wo Menschen wohnen (z. B. Wohnbaufläche): Zahlen von Polygonen, die nicht zu den Einheiten passen, werden danach aufgeteilt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="378"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="377"/>
        <source>Weight raster (optional)</source>
        <translation>Gewichtungsraster (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="378"/>
        <source>A coarser level such as the Bezirke: drawn as outlines on the sheets</source>
        <translation>Eine gröbere Ebene wie die Bezirke: als Umrisse auf den Kartenblättern gezeichnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="382"/>
        <source>Further level, e.g. Bezirke (optional)</source>
        <translation>Weitere Ebene, z. B. Bezirke (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="386"/>
        <source>2 Analysis</source>
        <translation>2 Analyse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="391"/>
        <source>Dissimilarity, Gini, entropy, Atkinson, isolation, exposure, eta²</source>
        <translation>Dissimilarität, Gini, Entropie, Atkinson, Isolation, Exposition, Eta²</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="392"/>
        <source>Concentration, centralisation, clustering and the indices adjusted for neighbours (slower on many units)</source>
        <translation>Konzentration, Zentralisierung, Clusterbildung und die nachbarschaftsbereinigten Indizes (langsamer bei vielen Einheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="394"/>
        <source>Indices of all ticked groups together (they must not overlap)</source>
        <translation>Indizes aller angekreuzten Gruppen zusammen (sie dürfen sich nicht überschneiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="405"/>
        <source>Random allocations for the expected value and the p value (0 = none; 99 is quick, 999 exact)</source>
        <translation>Zufallsverteilungen für den Erwartungswert und den p-Wert (0 = keine; 99 geht schnell, 999 ist genau)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="407"/>
        <source>Permutations</source>
        <translation>Permutationen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="408"/>
        <source>Field of the units naming their parent unit (e.g. the Bezirk): splits the multigroup indices into between and within</source>
        <translation>Feld der Einheiten mit ihrer übergeordneten Einheit (z. B. dem Bezirk): teilt die Mehrgruppen-Indizes in „zwischen“ und „innerhalb“</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="412"/>
        <source>Parent unit field (levels, optional)</source>
        <translation>Feld der übergeordneten Einheit (Ebenen, optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="413"/>
        <source>Participation potential</source>
        <translation>Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="415"/>
        <source>Households per milieu times the participation rate of the milieu (needs milieus)</source>
        <translation>Haushalte je Milieu mal die Beteiligungsquote des Milieus (braucht Milieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1371"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="421"/>
        <source>CSV with a participation rate per milieu code (empty: the bundled illustrative rates)</source>
        <translation>CSV mit einer Beteiligungsquote je Milieucode (leer: die mitgelieferten illustrativen Quoten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="423"/>
        <source>Participation rate table (optional)</source>
        <translation>Tabelle der Beteiligungsquoten (optional)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="424"/>
        <source>District typology</source>
        <translation>Gebietstypologie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="426"/>
        <source>District typology by milieu composition: groups the units into types by their milieu shares (k-means; needs milieus)</source>
        <translation>Gebietstypologie nach Milieuzusammensetzung: fasst die Einheiten nach ihren Milieuanteilen zu Typen zusammen (k-Means; braucht Milieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="433"/>
        <source>3 Maps and printing</source>
        <translation>3 Karten und Druck</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="438"/>
        <source>What the map sheet shows</source>
        <translation>Was das Kartenblatt zeigt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="439"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="442"/>
        <source>Automatic (from the indicator)</source>
        <translation>Automatisch (nach dem Indikator)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="442"/>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="443"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Brüche (Jenks)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="443"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="444"/>
        <source>Rounded intervals</source>
        <translation>Gerundete Intervalle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="444"/>
        <source>Standard deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="445"/>
        <source>Ratio to the average (centred at 1)</source>
        <translation>Verhältnis zum Durchschnitt (um 1 zentriert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="446"/>
        <source>Categories (one colour per value)</source>
        <translation>Kategorien (eine Farbe je Wert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="449"/>
        <source>How the values are grouped into classes</source>
        <translation>Wie die Werte in Klassen eingeteilt werden</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="450"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="453"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="453"/>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="454"/>
        <source>A3 landscape</source>
        <translation>A3 quer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="457"/>
        <source>Paper size and orientation of the sheet</source>
        <translation>Papierformat und Ausrichtung des Blattes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="458"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="459"/>
        <source>Title of the sheet (empty: the indicator)</source>
        <translation>Titel des Blattes (leer: der Indikator)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="460"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="461"/>
        <source>Subtitle, e.g. the area and the units</source>
        <translation>Untertitel, z. B. das Gebiet und die Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="462"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="463"/>
        <source>Source and licence of the data, e.g. Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)</source>
        <translation>Quelle und Lizenz der Daten, z. B. Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="465"/>
        <source>Source and licence</source>
        <translation>Quelle und Lizenz</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="466"/>
        <source>Reference date of the data, e.g. 31.12.2024</source>
        <translation>Stichtag der Daten, z. B. 31.12.2024</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="467"/>
        <source>Reference date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="468"/>
        <source>Confidentiality</source>
        <translation>Geheimhaltung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="470"/>
        <source>Hide small numbers: units with fewer people of the group or fewer residents than below are shown hatched, and the sheet says why</source>
        <translation>Kleine Zahlen verbergen: Einheiten mit weniger Personen der Gruppe oder weniger Einwohnern als unten angegeben werden schraffiert gezeigt, und das Blatt nennt den Grund</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="478"/>
        <source>Minimum count of the group in a unit</source>
        <translation>Mindestanzahl der Gruppe in einer Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="482"/>
        <source>Minimum number of residents of a unit</source>
        <translation>Mindestzahl der Einwohner einer Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="485"/>
        <source>Minimum count and minimum population</source>
        <translation>Mindestanzahl und Mindesteinwohnerzahl</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="486"/>
        <source>Atlas: one page per unit</source>
        <translation>Atlas: eine Seite je Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="488"/>
        <source>A PDF with a profile page for every unit (shares and location quotients of the groups)</source>
        <translation>Ein PDF mit einer Profilseite für jede Einheit (Anteile und Standortquotienten der Gruppen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="508"/>
        <source>Each run writes a new folder in here</source>
        <translation>Jeder Lauf schreibt hier einen neuen Ordner</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="511"/>
        <source>Run everything</source>
        <translation>Alles ausführen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="514"/>
        <source>Join, indices, milieus and the map sheet, in the background</source>
        <translation>Verknüpfung, Indizes, Milieus und Kartenblatt, im Hintergrund</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="518"/>
        <source>Stop the run; nothing of it is kept</source>
        <translation>Den Lauf anhalten; nichts davon wird behalten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1110"/>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="531"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="547"/>
        <source>Segregation indices; click a column title to sort, point at an index for its definition</source>
        <translation>Segregationsindizes; klicken Sie auf einen Spaltentitel zum Sortieren, zeigen Sie auf einen Index für seine Definition</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="573"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="575"/>
        <source>Copy the shown rows (for a spreadsheet)</source>
        <translation>Die angezeigten Zeilen kopieren (für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="590"/>
        <source>Print the map sheet again</source>
        <translation>Kartenblatt erneut drucken</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="592"/>
        <source>Print the sheet again with the current texts of step 3, without running the analysis</source>
        <translation>Das Blatt mit den aktuellen Texten aus Schritt 3 erneut drucken, ohne die Analyse zu wiederholen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1344"/>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="936"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="938"/>
        <source>Show the whole message</source>
        <translation>Die ganze Meldung anzeigen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="992"/>
        <source>No table to join: the counts are read from the units layer.</source>
        <translation>Keine Tabelle zu verknüpfen: Die Zahlen werden aus dem Layer der Einheiten gelesen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1003"/>
        <source>Milieu Atlas: checking the join</source>
        <translation>Milieu Atlas: Verknüpfung prüfen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1007"/>
        <source>Checking the join…</source>
        <translation>Die Verknüpfung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1028"/>
        <source>{0} of {1} rows matched a unit; {2} unmatched.</source>
        <translation>{0} von {1} Zeilen einer Einheit zugeordnet; {2} nicht zugeordnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1031"/>
        <source>{0}: {1} of {2} in the units</source>
        <translation>{0}: {1} von {2} in den Einheiten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1116"/>
        <source>The run was cancelled; nothing was kept.</source>
        <translation>Der Lauf wurde abgebrochen; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1161"/>
        <source>Milieus by unit</source>
        <translation>Milieus je Einheit</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1181"/>
        <source>{0} units, {1} index values.</source>
        <translation>{0} Einheiten, {1} Indexwerte.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1188"/>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1201"/>
        <source>The layer {0} could not be styled: {1}</source>
        <translation>Der Layer {0} konnte nicht gestaltet werden: {1}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1373"/>
        <source>Export the index table</source>
        <translation>Indextabelle exportieren</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1385"/>
        <source>Index table saved.</source>
        <translation>Indextabelle gespeichert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1441"/>
        <source>District atlas: {0}</source>
        <translation>Gebietsatlas: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1441"/>
        <source>District atlas</source>
        <translation>Gebietsatlas</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1477"/>
        <source>The layout could not be added to the project: {0}</source>
        <translation>Das Layout konnte nicht in das Projekt übernommen werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="576"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="578"/>
        <source>Save the index table as a CSV file or an Excel workbook (XLSX)</source>
        <translation>Die Indextabelle als CSV-Datei oder Excel-Arbeitsmappe (XLSX) speichern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1315"/>
        <source>Indices</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1343"/>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1344"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1372"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1383"/>
        <source>The index table could not be saved: {0}</source>
        <translation>Die Indextabelle konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="354"/>
        <source>Convert into counts</source>
        <translation>In Anzahlen umrechnen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="356"/>
        <source>Use percentage × total ÷ 100 as the count of the group in the run (a new field in a copy; the layer itself is not changed)</source>
        <translation>Prozentanteil × Gesamtzahl ÷ 100 als Anzahl der Gruppe im Lauf verwenden (ein neues Feld in einer Kopie; der Layer selbst bleibt unverändert)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="792"/>
        <source>'{0}' is used as counts: {0} × {1} ÷ 100, as '{2}' (the layer is not changed).</source>
        <translation>„{0}“ wird als Anzahl verwendet: {0} × {1} ÷ 100, als „{2}“ (der Layer bleibt unverändert).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/gui/dock.py" line="1428"/>
        <source>In the Layout Manager: &apos;{0}&apos;</source>
        <translation>In der Layoutverwaltung: „{0}“</translation>
    </message>
</context>
<context>
    <name>MilieuLocalisation</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="49"/>
        <source>Milieu localisation</source>
        <translation>Milieulokalisierung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="51"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="86"/>
        <source>District polygons</source>
        <translation>Gebietsflächen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="88"/>
        <source>District key field</source>
        <translation>Schlüsselfeld der Gebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="90"/>
        <source>Milieu data (points or polygons with household counts; empty: the districts hold them)</source>
        <translation>Milieudaten (Punkte oder Flächen mit Haushaltszahlen; leer: die Gebiete enthalten sie)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="93"/>
        <source>Milieu count fields (default: fields named like the model&apos;s codes)</source>
        <translation>Milieu-Zählfelder (Vorgabe: Felder, die wie die Codes des Modells heißen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="96"/>
        <source>Milieu model (CSV; default: vhw migrant milieus)</source>
        <translation>Milieumodell (CSV; Vorgabe: vhw-Migrantenmilieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="99"/>
        <source>Total households field</source>
        <translation>Feld mit der Gesamtzahl der Haushalte</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="101"/>
        <source>Milieu fields are shares of the total (percent or fraction)</source>
        <translation>Milieufelder sind Anteile an der Gesamtzahl (Prozent oder Bruchteil)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="104"/>
        <source>Scale milieu counts to the total where they do not add up to it</source>
        <translation>Milieuzahlen auf die Gesamtzahl skalieren, wo sie sie nicht ergeben</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="107"/>
        <source>Invalid geometries</source>
        <translation>Ungültige Geometrien</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="108"/>
        <source>Margin for a dominant milieu (percentage points)</source>
        <translation>Mindestvorsprung eines dominanten Milieus (Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="111"/>
        <source>Minimum households shown (0 = no suppression)</source>
        <translation>Mindestzahl gezeigter Haushalte (0 = keine Geheimhaltung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="116"/>
        <source>Districts with milieu profile</source>
        <translation>Gebiete mit Milieuprofil</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="118"/>
        <source>Milieu density surface (GeoTIFF, households per hectare)</source>
        <translation>Milieu-Dichteoberfläche (GeoTIFF, Haushalte je Hektar)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="121"/>
        <source>Dominant milieu raster (GeoTIFF)</source>
        <translation>Raster des dominanten Milieus (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="124"/>
        <source>Cell size of the rasters (m)</source>
        <translation>Zellgröße der Raster (m)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="127"/>
        <source>Kernel bandwidth (m)</source>
        <translation>Bandbreite des Kerns (m)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="130"/>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="240"/>
        <source>Reading districts…</source>
        <translation>Gebiete werden gelesen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="250"/>
        <source>Reading milieu data…</source>
        <translation>Milieudaten werden gelesen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="291"/>
        <source>RESCALE: the milieu counts of {n} districts were scaled to their total.</source>
        <translation>RESCALE: Die Milieuzahlen von {n} Gebieten wurden auf ihre Gesamtzahl skaliert.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="306"/>
        <source>Kernel density surfaces…</source>
        <translation>Kerndichte-Oberflächen …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="317"/>
        <source>Accounting (source = districts + unmatched):</source>
        <translation>Bilanz (Quelle = Gebiete + nicht zugeordnet):</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="332"/>
        <source>Dominant milieu: {n} districts MIX (lead below {m} percentage points).</source>
        <translation>Dominantes Milieu: {n} Gebiete MIX (Vorsprung unter {m} Prozentpunkten).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="335"/>
        <source>Writing…</source>
        <translation>Schreiben …</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="401"/>
        <source>{n} features without geometry are left out of the surface.</source>
        <translation>{n} Objekte ohne Geometrie bleiben bei der Oberfläche unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="422"/>
        <source>Surface: {ny} × {nx} cells of {c:g} m, {note}.</source>
        <translation>Oberfläche: {ny} × {nx} Zellen zu {c:g} m, {note}.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="52"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="114"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_milieu_localisation.py" line="322"/>
        <source>{n} districts have fewer than {m} households: no shares, LQ or dominant milieu (suppressed).</source>
        <translation>{n} Gebiete haben weniger als {m} Haushalte: keine Anteile, LQ oder dominantes Milieu (gesperrt).</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="59"/>
        <source>Monitoring over time</source>
        <translation>Monitoring im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="61"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="97"/>
        <source>Target districts (the geometry of the series)</source>
        <translation>Zielgebiete (Geometrie der Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="100"/>
        <source>Target district key field</source>
        <translation>Schlüsselfeld der Zielgebiete</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="102"/>
        <source>Folder with one table per period</source>
        <translation>Ordner mit einer Tabelle je Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="105"/>
        <source>File name pattern with {date}</source>
        <translation>Dateinamensmuster mit {date}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="107"/>
        <source>Key field of the period tables</source>
        <translation>Schlüsselfeld der Stichtagstabellen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="109"/>
        <source>Table listing the periods (date, path, key, geometry, geometry_key)</source>
        <translation>Tabelle der Stichtage (date, path, key, geometry, geometry_key)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="112"/>
        <source>Earlier boundaries (for periods whose keys are not the target&apos;s)</source>
        <translation>Frühere Gebietsgrenzen (für Stichtage, deren Schlüssel nicht die der Zielgebiete sind)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="115"/>
        <source>Key field of the earlier boundaries</source>
        <translation>Schlüsselfeld der früheren Gebietsgrenzen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="118"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="120"/>
        <source>Group count fields (comma separated)</source>
        <translation>Felder der Gruppenzahlen (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="123"/>
        <source>Groups form a partition of the total (add multigroup indices)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (Mehrgruppenindizes ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="126"/>
        <source>Indices (default: D, H, XPX)</source>
        <translation>Indizes (Standard: D, H, XPX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="128"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="131"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="140"/>
        <source>Other field names of some periods (their_field=field; …)</source>
        <translation>Abweichende Feldnamen einzelner Stichtage (ihr_feld=feld; …)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="143"/>
        <source>Weight raster for harmonising (dasymetric)</source>
        <translation>Gewichtungsraster für die Umrechnung (dasymetrisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="152"/>
        <source>Language of the chart</source>
        <translation>Sprache der Grafik</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="161"/>
        <source>Long table (period, district, counts, shares, LQ)</source>
        <translation>Lange Tabelle (Stichtag, Gebiet, Zahlen, Anteile, LQ)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="163"/>
        <source>Index series</source>
        <translation>Indexreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="165"/>
        <source>Change classes per district</source>
        <translation>Veränderungsklassen je Gebiet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="168"/>
        <source>Accounting per period</source>
        <translation>Bilanz je Stichtag</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="171"/>
        <source>Fixed class breaks of the series</source>
        <translation>Feste Klassengrenzen der Zeitreihe</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="173"/>
        <source>Trend chart (PNG)</source>
        <translation>Verlaufsgrafik (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="175"/>
        <source>Trend chart (SVG)</source>
        <translation>Verlaufsgrafik (SVG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="263"/>
        <source>{n} periods: {first} … {last}</source>
        <translation>{n} Stichtage: {first} … {last}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="303"/>
        <source>Reading the periods…</source>
        <translation>Stichtage werden gelesen…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="343"/>
        <source>Intersecting the earlier boundaries with the target…</source>
        <translation>Frühere Gebietsgrenzen werden mit den Zielgebieten verschnitten…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="399"/>
        <source>Indices and bootstrap per period…</source>
        <translation>Indizes und Bootstrap je Stichtag…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="499"/>
        <source>{group}: city share {a:.4f} → {b:.4f} ({pp:+.2f} percentage points)</source>
        <translation>{group}: Anteil in der Stadt {a:.4f} → {b:.4f} ({pp:+.2f} Prozentpunkte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="506"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="177"/>
        <source>Small-multiples map page of the first group&apos;s share (PNG)</source>
        <translation>Kartenseite mit kleinen Karten des Anteils der ersten Gruppe (PNG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="145"/>
        <source>Address points for harmonising (dasymetric)</source>
        <translation>Adresspunkte für die Umrechnung (dasymetrisch)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="148"/>
        <source>Weight field of the address points (e.g. households; empty: 1 each)</source>
        <translation>Gewichtsfeld der Adresspunkte (z. B. Haushalte; leer: je 1)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="335"/>
        <source>{date}: {missing} target districts have no row (counted as 0).</source>
        <translation>{date}: {missing} Zielgebiete haben keine Zeile (als 0 gezählt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="351"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by the weight raster &apos;{weights}&apos;: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' mit dem Gewichtungsraster '{weights}' auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="356"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by the address points &apos;{weights}&apos;: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' mit den Adresspunkten '{weights}' auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="361"/>
        <source>{units} units of &apos;{source}&apos; harmonised to {n} districts of &apos;{target}&apos; by area: {split} units split between districts; pieces below 1 % of a unit&apos;s area (slivers of differently digitised boundaries) given to its other pieces.</source>
        <translation>{units} Gebiete von '{source}' nach Fläche auf {n} Gebiete von '{target}' umgerechnet: {split} Gebiete wurden auf mehrere Gebiete aufgeteilt; Teilstücke unter 1 % der Fläche eines Gebiets (Splitter unterschiedlich digitalisierter Grenzen) wurden seinen übrigen Teilstücken zugeschlagen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="369"/>
        <source>{k} of {units} units of &apos;{source}&apos; have no weight in any of their pieces and were harmonised by area (area_fallback in ACCOUNTING).</source>
        <translation>{k} von {units} Gebieten von '{source}' haben in keinem ihrer Teilstücke ein Gewicht und wurden nach Fläche umgerechnet (area_fallback in ACCOUNTING).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="133"/>
        <source>Minimum count shown (smaller counts are suppressed)</source>
        <translation>Mindestfallzahl für die Anzeige (kleinere Fallzahlen werden unterdrückt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="136"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="62"/>
        <source>A series of dates (tables or layers with one row per unit) on one target geometry.
The periods come from FOLDER with a file-name PATTERN containing {date} (YYYY-MM or YYYY-HH) and KEY_FIELD, or from SERIES_TABLE, a CSV with the columns date, path, key and optionally geometry, geometry_key.
A period's geometry is the one named in the geometry column of SERIES_TABLE; otherwise the one of TARGET, PREVIOUS_GEOMETRY and the geometries of the table that holds all its keys (refused when none or several do). Periods may lie on several earlier geometries: each is harmonised to TARGET through the join engine: areal weighting, or dasymetric with WEIGHT_RASTER or ADDRESS_POINTS (each point weighing its ADDRESS_WEIGHT, e.g. households or dwellings, or 1): a source unit's counts go to its pieces in proportion to the weight in each; a unit without any weight in its pieces is weighted by area (area_fallback in ACCOUNTING). Slivers of a source unit (less than 1 % of its area outside every target district) are given to its pieces; a larger uncovered part is refused, with the uncovered mass of every period.
LONG: period, district, counts, shares, location quotients, whether the values were harmonised and the share of the district's count estimated from split source units.
Confidentiality (as in localmeasures): where a district's total or a group's count in a period is above 0 and below MIN_COUNT, every derived value of that group in that period (share, LQ) is left empty and '&lt;group&gt;_suppressed' is true ('suppressed': any group); the counts are kept unless MASK_COUNTS. CHANGE gives no change and no class where either of its two periods is suppressed (same flags), the map page hatches such districts grey, and the breaks use only the values shown. The index series of the city are computed from all counts.
SERIES: every index per period with its bootstrap interval and the test of the change against the first and the previous period (difference, bias-corrected interval, two-sided p).
CHANGE: the target districts with the change of each group's share from CHANGE_FROM to CHANGE_TO (default: the first and the last period; e.g. the last two years, as the Monitoring Soziale Stadtentwicklung does) in percentage points, that change minus the city's, and its class (-2 … 2: beyond ±0.5 and ±1.5 standard deviations of the districts' relative change).
BREAKS: fixed class breaks of shares, LQs and changes for every map of the series (JSON).
CHART_PNG / CHART_SVG: the indices over time with their intervals, the boundary change marked.
MAP_PAGE: one small map per year (the last period of each year when there are more than ten) of the first group's share, classed by the fixed breaks of the series, one legend.</source>
        <translation>Eine Zeitreihe von Stichtagen (Tabellen oder Layer mit einer Zeile je Gebiet) auf einer Zielgeometrie.
Die Stichtage kommen aus ORDNER (FOLDER) mit einem Dateinamensmuster PATTERN, das {date} enthält (JJJJ-MM oder JJJJ-HH), und KEY_FIELD, oder aus SERIES_TABLE, einer CSV-Datei mit den Spalten date, path, key und wahlweise geometry, geometry_key.
Ein Stichtag liegt auf der Geometrie, die in der Spalte geometry von SERIES_TABLE genannt ist; sonst auf derjenigen von TARGET, PREVIOUS_GEOMETRY und den Geometrien der Tabelle, die alle seine Schlüssel enthält (abgelehnt, wenn keine oder mehrere das tun). Stichtage dürfen auf mehreren früheren Geometrien liegen: Jede wird über die Verknüpfungsfunktion auf TARGET umgerechnet: Flächengewichtung oder dasymetrisch mit WEIGHT_RASTER oder ADDRESS_POINTS (jeder Punkt mit seinem ADDRESS_WEIGHT gewichtet, z. B. Haushalte oder Wohnungen, sonst mit 1): Die Zahlen eines Quellgebiets gehen an seine Teilstücke im Verhältnis des Gewichts in jedem; ein Gebiet ohne Gewicht in seinen Teilstücken wird nach Fläche umgerechnet (area_fallback in ACCOUNTING). Splitter eines Quellgebiets (weniger als 1 % seiner Fläche außerhalb aller Zielgebiete) werden seinen übrigen Teilen zugeschlagen; ein größerer nicht abgedeckter Teil wird mit der nicht abgedeckten Zahl jedes Stichtags abgelehnt.
LONG: Stichtag, Gebiet, Zahlen, Anteile, Lokalisationsquotienten, ob die Werte umgerechnet wurden und der Anteil der Zahl des Gebiets, der aus geteilten Quellgebieten geschätzt wurde.
Geheimhaltung (wie in localmeasures): Wo die Gesamtzahl eines Gebiets oder die Zahl einer Gruppe an einem Stichtag über 0 und unter MIN_COUNT liegt, bleibt jeder abgeleitete Wert dieser Gruppe an diesem Stichtag (Anteil, LQ) leer und '&lt;group&gt;_suppressed' ist wahr ('suppressed': irgendeine Gruppe); die Zahlen bleiben erhalten, außer mit MASK_COUNTS. CHANGE gibt keine Veränderung und keine Klasse an, wo einer seiner beiden Stichtage unterdrückt ist (gleiche Kennzeichen), die Kartenseite schraffiert solche Gebiete grau, und die Klassengrenzen verwenden nur die gezeigten Werte. Die Indexreihen der Gesamtstadt werden aus allen Zahlen berechnet.
SERIES: jeder Index je Stichtag mit seinem Bootstrap-Intervall und dem Test der Veränderung gegenüber dem ersten und dem vorigen Stichtag (Differenz, verzerrungskorrigiertes Intervall, zweiseitiges p).
CHANGE: die Zielgebiete mit der Veränderung des Anteils jeder Gruppe von CHANGE_FROM bis CHANGE_TO (Vorgabe: der erste und der letzte Stichtag; z. B. die letzten zwei Jahre, wie im Monitoring Soziale Stadtentwicklung) in Prozentpunkten, dieser Veränderung abzüglich der gesamtstädtischen und ihrer Klasse (-2 … 2: jenseits von ±0,5 und ±1,5 Standardabweichungen der relativen Veränderung der Gebiete).
BREAKS: feste Klassengrenzen der Anteile, LQ und Veränderungen für jede Karte der Zeitreihe (JSON).
CHART_PNG / CHART_SVG: die Indizes im Zeitverlauf mit ihren Intervallen, die Gebietsreform markiert.
MAP_PAGE: eine kleine Karte je Jahr (bei mehr als zehn Stichtagen der letzte Stichtag jedes Jahres) des Anteils der ersten Gruppe, klassiert mit den festen Klassengrenzen der Zeitreihe, eine Legende.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="153"/>
        <source>Change classes from period (a date of the series; default: the first)</source>
        <translation>Veränderungsklassen ab Stichtag (ein Datum der Zeitreihe; Vorgabe: der erste)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="156"/>
        <source>Change classes to period (a date of the series; default: the last)</source>
        <translation>Veränderungsklassen bis Stichtag (ein Datum der Zeitreihe; Vorgabe: der letzte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_monitoring.py" line="476"/>
        <source>{n} district-periods have a total or group count above 0 and below the minimum count {m}: the shares and location quotients of those groups are left empty there (suppressed), and no change is given where either of the two compared periods is suppressed.</source>
        <translation>{n} Gebiets-Stichtage haben eine Gesamt- oder Gruppenzahl über 0 und unter der Mindestfallzahl {m}: Die Anteile und Lokalisationsquotienten dieser Gruppen bleiben dort leer (unterdrückt), und wo einer der beiden verglichenen Stichtage unterdrückt ist, wird keine Veränderung angegeben.</translation>
    </message>
</context>
<context>
    <name>ParticipationPotential</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="35"/>
        <source>Participation potential</source>
        <translation>Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="37"/>
        <source>Milieus and participation</source>
        <translation>Milieus und Beteiligung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="61"/>
        <source>Districts with milieu household counts</source>
        <translation>Gebiete mit Haushaltszahlen je Milieu</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="63"/>
        <source>Participation rate table (CSV; default: illustrative rates)</source>
        <translation>Tabelle der Beteiligungsquoten (CSV; Vorgabe: illustrative Quoten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="66"/>
        <source>Milieu count fields (default: mil_CODE for every code)</source>
        <translation>Milieu-Zählfelder (Vorgabe: mil_CODE für jeden Code)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="69"/>
        <source>Population field for the rates (default: the households)</source>
        <translation>Bevölkerungsfeld für die Quoten (Vorgabe: die Haushalte)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="72"/>
        <source>Minimum households shown (0 = no suppression)</source>
        <translation>Mindestzahl gezeigter Haushalte (0 = keine Geheimhaltung)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="76"/>
        <source>Milieu model (CSV; default: vhw migrant milieus)</source>
        <translation>Milieumodell (CSV; Vorgabe: vhw-Migrantenmilieus)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="79"/>
        <source>District name or key for the summary (default: the first field)</source>
        <translation>Gebietsname oder -schlüssel für die Übersicht (Vorgabe: das erste Feld)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="87"/>
        <source>Districts with participation potential</source>
        <translation>Gebiete mit Beteiligungspotenzial</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="89"/>
        <source>Summary (city and districts ranked by untapped potential)</source>
        <translation>Übersicht (Stadt und Gebiete nach ungenutztem Potenzial geordnet)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="144"/>
        <source>The rate table is ILLUSTRATIVE (invented rates, not a survey): use the results to try the method, not to decide. Replace it with your own survey (RATES).</source>
        <translation>Die Quotentabelle ist ILLUSTRATIV (erfundene Quoten, keine Befragung): Nutzen Sie die Ergebnisse zum Ausprobieren der Methode, nicht für Entscheidungen. Ersetzen Sie sie durch Ihre eigene Befragung (RATES).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="147"/>
        <source>Rates: {path}</source>
        <translation>Quoten: {path}</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="149"/>
        <source>The rate table gives no respondents (n): no intervals.</source>
        <translation>Die Quotentabelle nennt keine Befragtenzahlen (n): keine Intervalle.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="150"/>
        <source>City: {h:,.0f} households, status quo {s:,.0f}, potential {p:,.0f}, untapped {u:,.0f} ({r:.1%}).</source>
        <translation>Stadt: {h:,.0f} Haushalte, Status quo {s:,.0f}, Potenzial {p:,.0f}, ungenutzt {u:,.0f} ({r:.1%}).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="170"/>
        <source>City total</source>
        <translation>Stadt gesamt</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="38"/>
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
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="82"/>
        <source>Leave the counts of suppressed districts empty too</source>
        <translation>Fallzahlen gesperrter Gebiete ebenfalls leer lassen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="156"/>
        <source>{n} districts have fewer than {m} households: no values (suppressed).</source>
        <translation>{n} Gebiete haben weniger als {m} Haushalte: keine Werte (gesperrt).</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_participation.py" line="161"/>
        <source>Summary: {n} more districts left out, so that the suppressed ones cannot be recovered from the city total (secondary suppression).</source>
        <translation>Übersicht: {n} weitere Gebiete weggelassen, damit die gesperrten nicht aus der Stadtsumme zurückgerechnet werden können (sekundäre Geheimhaltung).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="91"/>
        <source>Report (HTML and XLSX)</source>
        <translation>Bericht (HTML und XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="93"/>
        <source>Cartography</source>
        <translation>Kartografie</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="109"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="111"/>
        <source>Result tables and layers</source>
        <translation>Ergebnistabellen und -layer</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="113"/>
        <source>Images (PNG or SVG sheets and charts)</source>
        <translation>Bilder (Kartenblätter und Grafiken als PNG oder SVG)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="115"/>
        <source>Input files of the run (for the provenance)</source>
        <translation>Eingabedateien des Laufs (für die Herkunftsangaben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="118"/>
        <source>Parameters of the run (JSON or NAME=VALUE lines)</source>
        <translation>Parameter des Laufs (JSON oder Zeilen NAME=WERT)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="121"/>
        <source>Field marking suppressed rows</source>
        <translation>Feld, das geheim gehaltene Zeilen kennzeichnet</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="123"/>
        <source>Suppression rule (text for the provenance)</source>
        <translation>Geheimhaltungsregel (Text für die Herkunftsangaben)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="126"/>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="127"/>
        <source>Report (HTML)</source>
        <translation>Bericht (HTML)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="129"/>
        <source>Report (XLSX)</source>
        <translation>Bericht (XLSX)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="230"/>
        <source>{n} tables, {m} images, {k} provenance entries.</source>
        <translation>{n} Tabellen, {m} Bilder, {k} Herkunftsangaben.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_report.py" line="94"/>
        <source>One self-contained HTML page (opens offline: no scripts, fonts, tiles or links; images embedded) and an XLSX workbook from the results of a run: every table given in TABLES (indices with intervals and notes, levels, index series, local measures, milieu profiles, participation potential, accounting; the kind is recognised by the columns), the images of IMAGES (sheets, charts), and the provenance: every input file and table with its SHA-256, layer name and feature count, the parameters of the run (PARAMETERS, JSON or NAME=VALUE lines), plugin, QGIS, GDAL and numpy versions, the date and the suppression rule.
Rows marked in SUPPRESS_FIELD keep their labels but show '.' for every value (DIN 55301); '–' means nothing there, 'x' no meaningful value. Where a hidden value could be recovered from a total (a row or column of the same table that holds the sum of the others, e.g. a city row, or the city total of a count column, which a yearbook publishes), the smallest other rows show '.' as well (secondary suppression); the provenance counts both.</source>
        <translation>Eine eigenständige HTML-Seite (öffnet offline: keine Skripte, Schriften, Kacheln oder Links; Bilder eingebettet) und eine XLSX-Arbeitsmappe aus den Ergebnissen eines Laufs: jede in TABLES angegebene Tabelle (Indizes mit Intervallen und Hinweisen, Ebenen, Indexreihe, lokale Maße, Milieuprofile, Beteiligungspotenzial, Bilanz; die Art wird an den Spalten erkannt), die Bilder aus IMAGES (Kartenblätter, Grafiken) und die Herkunft jeder Zahl: jede Eingabedatei und Tabelle mit SHA-256, Layername und Objektanzahl, die Parameter des Laufs (PARAMETERS, JSON oder Zeilen NAME=WERT), die Versionen von Plugin, QGIS, GDAL und numpy, das Datum und die Geheimhaltungsregel.
In SUPPRESS_FIELD markierte Zeilen behalten ihre Bezeichnungen, zeigen aber für jeden Wert „.“ (DIN 55301); „–“ bedeutet nichts vorhanden, „x“ Aussage nicht sinnvoll. Wo ein ausgeblendeter Wert aus einer Summe zurückgerechnet werden könnte (eine Zeile oder Spalte derselben Tabelle mit der Summe der anderen, z. B. eine Zeile für die Stadt, oder die Stadtsumme einer Zählspalte, die ein Jahrbuch veröffentlicht), zeigen auch die kleinsten anderen Zeilen „.“ (sekundäre Geheimhaltung); die Herkunftsangaben zählen beide.</translation>
    </message>
</context>
<context>
    <name>SegregationChange</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="51"/>
        <source>Segregation change between two dates</source>
        <translation>Veränderung der Segregation zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="53"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="54"/>
        <source>Compares segregation indices of two dates (or two data sets) on the same units, matched by key: value at A, value at B, difference B − A with a bias-corrected bootstrap confidence interval and a two-sided bootstrap p-value for 'no change'. Units present at only one date are left out and counted in the note.</source>
        <translation>Vergleicht Segregationsindizes zweier Zeitpunkte (oder zweier Datensätze) auf denselben Raumeinheiten, über den Schlüssel zugeordnet: Wert zu A, Wert zu B, Differenz B − A mit einem verzerrungskorrigierten Bootstrap-Konfidenzintervall und einem zweiseitigen Bootstrap-p-Wert für „keine Veränderung“. Raumeinheiten, die nur zu einem Zeitpunkt vorhanden sind, werden ausgelassen und in der Anmerkung gezählt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="62"/>
        <source>Units at date A (earlier)</source>
        <translation>Raumeinheiten zum Zeitpunkt A (früher)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="64"/>
        <source>Unit key at date A</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt A</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="66"/>
        <source>Units at date B (later)</source>
        <translation>Raumeinheiten zum Zeitpunkt B (später)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="68"/>
        <source>Unit key at date B</source>
        <translation>Schlüssel der Raumeinheiten zum Zeitpunkt B</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="70"/>
        <source>Total population field (in both)</source>
        <translation>Feld der Gesamtbevölkerung (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="73"/>
        <source>Group count fields (in both)</source>
        <translation>Anzahlfelder der Gruppen (in beiden)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="76"/>
        <source>Indices (default: D)</source>
        <translation>Indizes (Standard: D)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="78"/>
        <source>Bootstrap replicates</source>
        <translation>Bootstrap-Wiederholungen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="81"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_change.py" line="83"/>
        <source>Change table</source>
        <translation>Veränderungstabelle</translation>
    </message>
</context>
<context>
    <name>SegregationIndices</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="45"/>
        <source>Segregation indices</source>
        <translation>Segregationsindizes</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="47"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="48"/>
        <source>City-wide segregation indices for one or more groups, one row per index and group: dissimilarity D, Gini, Theil's H, Atkinson A(0.5), isolation xPx, exposure xPy, correlation ratio eta², and with 'Groups form a partition' the multigroup indices. Spatial indices use the layer's polygons (projected CRS; geographic layers are reprojected). Units with no population are skipped and counted in the note; units with a missing (NULL) count are refused, or with MISSING_VALUES=skip left out and counted in the note. With permutations, the expected value under random allocation (each unit keeps its total, membership drawn with the city share) and a p-value are added.</source>
        <translation>Gesamtstädtische Segregationsindizes für eine oder mehrere Gruppen, eine Zeile je Index und Gruppe: Dissimilaritätsindex D, Gini-Index, Theil-Index H, Atkinson-Index A(0,5), Isolation xPx, Exposition xPy, Korrelationsverhältnis eta² und mit „Gruppen bilden eine Zerlegung“ die Mehrgruppenindizes. Räumliche Indizes verwenden die Polygone des Layers (projiziertes KBS; Layer in geografischen Koordinaten werden umprojiziert). Raumeinheiten ohne Bevölkerung werden übersprungen und in der Anmerkung gezählt; Raumeinheiten mit fehlender Zahl (NULL) werden abgelehnt oder mit MISSING_VALUES=skip ausgelassen und in der Anmerkung gezählt. Mit Permutationen werden der Erwartungswert unter Zufallsverteilung (jede Raumeinheit behält ihre Gesamtzahl, die Gruppenzugehörigkeit wird mit dem gesamtstädtischen Anteil gezogen) und ein p-Wert ergänzt.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="61"/>
        <source>Spatial units (layer or table, one row per unit)</source>
        <translation>Raumeinheiten (Layer oder Tabelle, eine Zeile je Raumeinheit)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="64"/>
        <source>Total population field</source>
        <translation>Feld der Gesamtbevölkerung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="66"/>
        <source>Group count fields</source>
        <translation>Anzahlfelder der Gruppen</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="69"/>
        <source>Groups form a partition of the total (add multigroup indices)</source>
        <translation>Gruppen bilden eine Zerlegung der Gesamtzahl (Mehrgruppenindizes ergänzen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="72"/>
        <source>Indices (default: all that apply)</source>
        <translation>Indizes (Standard: alle anwendbaren)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="74"/>
        <source>Permutations for the test against random allocation</source>
        <translation>Permutationen für den Test gegen Zufallsverteilung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="77"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="79"/>
        <source>Parent unit field (between/within decomposition)</source>
        <translation>Feld der übergeordneten Raumeinheit (Zerlegung in Anteile zwischen und innerhalb der übergeordneten Einheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="82"/>
        <source>Units with a missing (NULL) count</source>
        <translation>Raumeinheiten mit fehlender Zahl (NULL)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="84"/>
        <source>Bootstrap draws for confidence intervals (empty: as many as permutations)</source>
        <translation>Bootstrap-Ziehungen für Konfidenzintervalle (leer: so viele wie Permutationen)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="88"/>
        <source>Atkinson shape parameter b</source>
        <translation>Formparameter b des Atkinson-Index</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="91"/>
        <source>Distance unit of the exp(-d) decay (metres)</source>
        <translation>Distanzeinheit des Abfalls exp(-d) (Meter)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="94"/>
        <source>Kernel bandwidths for HSPATIAL in metres (several: a multiscalar profile, e.g. 500,1000,2000,4000)</source>
        <translation>Kernbandbreiten für HSPATIAL in Metern (mehrere: ein multiskalares Profil, z. B. 500,1000,2000,4000)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="98"/>
        <source>Kernel of HSPATIAL</source>
        <translation>Kernfunktion für HSPATIAL</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="106"/>
        <source>City centre point(s) for centralisation (several: polycentric, distance to the nearest; empty: mean of unit centroids)</source>
        <translation>Punkt(e) des Stadtzentrums für die Zentralisierung (mehrere: polyzentrisch, Abstand zum nächstgelegenen; leer: Mittel der Schwerpunkte der Raumeinheiten)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="110"/>
        <source>Index table</source>
        <translation>Indextabelle</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="156"/>
        <source>{n} units read from &apos;{layer}&apos;.</source>
        <translation>{n} Raumeinheiten aus „{layer}“ gelesen.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_segregation.py" line="100"/>
        <source>Kernel sums of HSPATIAL, ACL, RCL, SP, DDXPX, DDXPY (auto: exact where affordable, else an FFT grid; for the Gaussian the corrected grid wherever it is faster and within 1e-5 of the exact sums; the note says which)</source>
        <translation>Kernsummen für HSPATIAL, ACL, RCL, SP, DDXPX, DDXPY (auto: exakt, wo bezahlbar, sonst ein FFT-Raster; beim Gauß-Kern das korrigierte Raster, wo immer es schneller ist und höchstens 1e-5 von den exakten Summen abweicht; die Notiz nennt das Verfahren)</translation>
    </message>
</context>
<context>
    <name>SegregationLevels</name>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="27"/>
        <source>Segregation indices at every spatial level</source>
        <translation>Segregationsindizes auf jeder räumlichen Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="29"/>
        <source>Segregation and concentration</source>
        <translation>Segregation und Konzentration</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="30"/>
        <source>Computes the same segregation indices on several layers (e.g. Planungsräume, Bezirksregionen, Prognoseräume, Bezirke), each with the same total and group fields, and writes them into one table, finest level first, so that the effect of the spatial units (modifiable areal unit problem) is visible. Spatial codes are computed for polygon layers only.</source>
        <translation>Berechnet dieselben Segregationsindizes auf mehreren Layern (z. B. Planungsräume, Bezirksregionen, Prognoseräume, Bezirke), jeweils mit denselben Feldern für Gesamtzahl und Gruppen, und schreibt sie in eine Tabelle, die feinste Ebene zuerst, sodass der Einfluss der Raumeinheiten (Problem der veränderbaren Gebietseinheit, MAUP) sichtbar wird. Räumliche Indizes werden nur für Polygonlayer berechnet.</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="39"/>
        <source>Layers, one per spatial level</source>
        <translation>Layer, einer je räumliche Ebene</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="41"/>
        <source>Total population field (in every layer)</source>
        <translation>Feld der Gesamtbevölkerung (in jedem Layer)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="43"/>
        <source>Group count fields (in every layer; separated by commas)</source>
        <translation>Anzahlfelder der Gruppen (in jedem Layer; durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="45"/>
        <source>Indices (default: D, GINI, H, A, XPX, XPY, ETA2)</source>
        <translation>Indizes (Standard: D, GINI, H, A, XPX, XPY, ETA2)</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="48"/>
        <source>Permutations for the test against random allocation</source>
        <translation>Permutationen für den Test gegen Zufallsverteilung</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="51"/>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../milieu_atlas_plugin/processing/alg_levels.py" line="53"/>
        <source>Indices by level</source>
        <translation>Indizes nach Ebene</translation>
    </message>
</context>
</TS>
