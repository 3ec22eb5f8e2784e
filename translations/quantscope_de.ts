<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>could not write the screenshot %1: %2</source>
        <translation>das Bildschirmfoto %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Quantscope: a desktop workbench for quantizing neural networks.</source>
        <translation>Quantscope: eine Werkbank für die Quantisierung neuronaler Netze.</translation>
    </message>
    <message>
        <source>[MODEL]</source>
        <translation>[MODELL]</translation>
    </message>
    <message>
        <source>Select the layer with this module path.</source>
        <translation>Die Schicht mit diesem Modulpfad auswählen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Open the model, wait for it to load, save a PNG of the window to FILE and quit.</source>
        <translation>Das Modell öffnen, warten, bis es geladen ist, ein PNG des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>at most one model can be opened</source>
        <translation>es kann höchstens ein Modell geöffnet werden</translation>
    </message>
    <message>
        <source>the model has no layer named %1</source>
        <translation>das Modell hat keine Schicht namens %1</translation>
    </message>
    <message>
        <source>TorchScript model (.pt) or demo:NAME to open; the cnn demo with Fashion-MNIST when left out.</source>
        <translation>TorchScript-Modell (.pt) oder demo:NAME zum Öffnen; ohne Angabe die CNN-Demo mit Fashion-MNIST.</translation>
    </message>
    <message>
        <source>Data set: fashion-mnist, idx:IMAGES[,LABELS], folder:DIR or tensors:FILE.</source>
        <translation>Datensatz: fashion-mnist, idx:BILDER[,LABELS], folder:ORDNER oder tensors:DATEI.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Quantization plan (JSON) to apply.</source>
        <translation>Anzuwendender Quantisierungsplan (JSON).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>Calibrate on at most N samples (default 512).</source>
        <translation>Auf höchstens N Proben kalibrieren (Standard 512).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unknown view %1 (%2)</source>
        <translation>unbekannte Ansicht %1 (%2)</translation>
    </message>
    <message>
        <source>--calibration-samples takes a positive number</source>
        <translation>--calibration-samples erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>View to show: weights, activations or error (inspector tabs), compare (the comparison dashboard, enlarged), or learn (the lessons window, which --screenshot then saves).</source>
        <translation>Anzuzeigende Ansicht: weights, activations oder error (Reiter des Inspektors), compare (das Vergleichs-Dashboard, vergrößert) oder learn (das Lektionsfenster, das --screenshot dann speichert).</translation>
    </message>
    <message>
        <source>Run jobs after opening, in this order: calibrate, compare, sensitivity (comma-separated).</source>
        <translation>Aufträge nach dem Öffnen in dieser Reihenfolge ausführen: calibrate, compare, sensitivity (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Compare and Sensitivity evaluate on at most N samples (default 2000, 0: all).</source>
        <translation>Vergleich und Sensitivität werten auf höchstens N Proben aus (Standard 2000, 0: alle).</translation>
    </message>
    <message>
        <source>unknown job %1 (%2)</source>
        <translation>unbekannter Auftrag %1 (%2)</translation>
    </message>
    <message>
        <source>--evaluation-samples takes a number (0: all)</source>
        <translation>--evaluation-samples erwartet eine Zahl (0: alle)</translation>
    </message>
    <message>
        <source>Look: system, light or dark (default: the one chosen in View ▸ Theme).</source>
        <translation>Aussehen: system, light oder dark (Vorgabe: das unter Ansicht ▸ Farbschema gewählte).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>unknown theme %1 (system, light, dark)</source>
        <translation>unbekanntes Farbschema %1 (system, light, dark)</translation>
    </message>
</context>
<context>
    <name>LayerMeasurements</name>
    <message>
        <source>Not measured: this layer stays float in the plan the analysis ran on</source>
        <translation>Nicht gemessen: Diese Schicht bleibt in dem Plan, mit dem die Analyse lief, in Float</translation>
    </message>
    <message>
        <source>Not measured for this layer</source>
        <translation>Für diese Schicht nicht gemessen</translation>
    </message>
    <message>
        <source>Only this layer quantized: accuracy drops %1 points</source>
        <translation>Nur diese Schicht quantisiert: Die Genauigkeit sinkt um %1 Punkte</translation>
    </message>
    <message>
        <source>Everything but this layer quantized: accuracy gains %1 points</source>
        <translation>Alles außer dieser Schicht quantisiert: Die Genauigkeit steigt um %1 Punkte</translation>
    </message>
    <message>
        <source>Weight SQNR %1 dB: float weights against the quantized ones</source>
        <translation>Gewichts-SQNR %1 dB: Float-Gewichte gegen die quantisierten</translation>
    </message>
    <message>
        <source>Output SQNR %1 dB: this layer&apos;s output in the quantized model against the float one</source>
        <translation>Ausgabe-SQNR %1 dB: die Ausgabe dieser Schicht im quantisierten Modell gegen die im Float-Modell</translation>
    </message>
    <message>
        <source>Flagged: below the %1 dB threshold</source>
        <translation>Markiert: unter der Schwelle von %1 dB</translation>
    </message>
    <message>
        <source>Stale: %1 these figures were made (faded)</source>
        <translation>Veraltet: %1 diese Zahlen gemessen wurden (blass dargestellt)</translation>
    </message>
    <message>
        <source>W SQNR</source>
        <translation>G-SQNR</translation>
    </message>
    <message>
        <source>Out SQNR</source>
        <translation>A-SQNR</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Signal-to-quantization-noise ratio of the weights in dB (higher is better)</source>
        <translation>Signal-Quantisierungsrausch-Verhältnis der Gewichte in dB (höher ist besser)</translation>
    </message>
    <message>
        <source>Signal-to-quantization-noise ratio of the layer&apos;s output in the quantized model, in dB; red below the flag threshold</source>
        <translation>Signal-Quantisierungsrausch-Verhältnis der Ausgabe der Schicht im quantisierten Modell, in dB; rot unter der Markierungsschwelle</translation>
    </message>
    <message>
        <source>Accuracy points lost with only this layer quantized (higher: more sensitive)</source>
        <translation>Genauigkeitspunkte, die verloren gehen, wenn nur diese Schicht quantisiert ist (höher: empfindlicher)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Tools ▸ Sensitivity (Ctrl+Shift+R) fills this</source>
        <translation>Werkzeuge ▸ Sensitivität (Strg+Umschalt+R) füllt dies</translation>
    </message>
    <message>
        <source>Tools ▸ Compare (Ctrl+R) fills this</source>
        <translation>Werkzeuge ▸ Vergleichen (Strg+R) füllt dies</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>not a Quantscope project (no JSON object: %1)</source>
        <translation>kein Quantscope-Projekt (kein JSON-Objekt: %1)</translation>
    </message>
    <message>
        <source>not a Quantscope project (its format is not &quot;%1&quot;)</source>
        <translation>kein Quantscope-Projekt (sein Format ist nicht „%1“)</translation>
    </message>
    <message>
        <source>project version %1 is not supported (this Quantscope reads version %2)</source>
        <translation>Projektversion %1 wird nicht unterstützt (dieses Quantscope liest Version %2)</translation>
    </message>
    <message>
        <source>the project names no model</source>
        <translation>das Projekt nennt kein Modell</translation>
    </message>
    <message>
        <source>calibration samples and batch size must be positive</source>
        <translation>Kalibrierungsproben und Batchgröße müssen positiv sein</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a project file</source>
        <translation>%1 ist zu groß für eine Projektdatei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qs::ui::ActivationHistogramPlot</name>
    <message>
        <source>activation value</source>
        <translation>Aktivierungswert</translation>
    </message>
    <message>
        <source>count (log)</source>
        <translation>Anzahl (log)</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>%1: [%2, %3], scale %4, zero point %5, SQNR %6 dB</source>
        <translation>%1: [%2, %3], Skala %4, Nullpunkt %5, SQNR %6 dB</translation>
    </message>
</context>
<context>
    <name>qs::ui::ActivationsPanel</name>
    <message>
        <source>How calibration picks this layer&apos;s output range; changing it edits the plan (Edit ▸ Undo takes it back)</source>
        <translation>Wie die Kalibrierung den Ausgabebereich dieser Schicht wählt; eine Änderung bearbeitet den Plan (Bearbeiten ▸ Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>Show &amp;other observers</source>
        <translation>&amp;Andere Beobachter zeigen</translation>
    </message>
    <message>
        <source>Draw the range each of the other observers would pick, with its scale, zero point and SQNR (measured at the histogram&apos;s bin centres)</source>
        <translation>Den Bereich zeichnen, den jeder der anderen Beobachter wählen würde, mit Skala, Nullpunkt und SQNR (gemessen an den Bin-Mitten des Histogramms)</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>Beo&amp;bachter:</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Not calibrated yet: Tools ▸ Calibrate (Ctrl+K) runs the data set&apos;s calibration samples through the model.</source>
        <translation>Noch nicht kalibriert: Werkzeuge ▸ Kalibrieren (Strg+K) schickt die Kalibrierungsproben des Datensatzes durch das Modell.</translation>
    </message>
    <message>
        <source>forward() never reached %1 on the calibration data.</source>
        <translation>forward() hat %1 auf den Kalibrierungsdaten nie erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, activations %3 %4-bit%5; calibrated on %n samples.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, Aktivierungen %3 %4 Bit%5; kalibriert auf %n Probe.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, Aktivierungen %3 %4 Bit%5; kalibriert auf %n Proben.</numerusform>
        </translation>
    </message>
    <message>
        <source> with reduce range (one bit less)</source>
        <translation> mit reduziertem Bereich (ein Bit weniger)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: its activations are not quantized with calibrated ranges; the lines show what static int8 would pick.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2: seine Aktivierungen werden nicht mit kalibrierten Bereichen quantisiert; die Linien zeigen, was statisches int8 wählen würde.</translation>
    </message>
    <message>
        <source>Output of %1 (after the ops it fuses), %2 values</source>
        <translation>Ausgabe von %1 (nach den Ops, die es fusioniert), %2 Werte</translation>
    </message>
    <message>
        <source>Input of %1, %2 values</source>
        <translation>Eingabe von %1, %2 Werte</translation>
    </message>
    <message>
        <source>Set observer of %1 to %2</source>
        <translation>Beobachter von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>the output of %1</source>
        <translation>die Ausgabe von %1</translation>
    </message>
    <message>
        <source>the input of %1</source>
        <translation>die Eingabe von %1</translation>
    </message>
    <message>
        <source>Input of %1 = %3, %2 values</source>
        <translation>Eingabe von %1 = %3, %2 Werte</translation>
    </message>
    <message>
        <source>the output of the residual add %1</source>
        <translation>die Ausgabe der Residual-Addition %1</translation>
    </message>
</context>
<context>
    <name>qs::ui::ChannelRangePlot</name>
    <message>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message numerus="yes">
        <source>Weight range of each output channel of &lt;b&gt;%1&lt;/b&gt; (%n channels; hover for the channel&apos;s scale)</source>
        <translation>
            <numerusform>Gewichtsbereich jedes Ausgabekanals von &lt;b&gt;%1&lt;/b&gt; (%n Kanal; Maus darüber zeigt die Skala des Kanals)</numerusform>
            <numerusform>Gewichtsbereich jedes Ausgabekanals von &lt;b&gt;%1&lt;/b&gt; (%n Kanäle; Maus darüber zeigt die Skala des Kanals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight range of each output channel</source>
        <translation>Gewichtsbereich jedes Ausgabekanals</translation>
    </message>
    <message>
        <source>channel %1: %2 to %3, scale %4, zero point %5</source>
        <translation>Kanal %1: %2 bis %3, Skala %4, Nullpunkt %5</translation>
    </message>
</context>
<context>
    <name>qs::ui::ChannelRangesPlot</name>
    <message>
        <source>Weight range of each output channel, and the range one shared scale must cover</source>
        <translation>Gewichtsbereich jedes Ausgabekanals und der Bereich, den eine gemeinsame Skala abdecken muss</translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>a channel&apos;s [min, max]</source>
        <translation>[min, max] eines Kanals</translation>
    </message>
    <message>
        <source>covered by one shared scale</source>
        <translation>von einer gemeinsamen Skala abgedeckt</translation>
    </message>
</context>
<context>
    <name>qs::ui::ChannelSqnrPlot</name>
    <message>
        <source>SQNR of each channel: one shared scale against a scale per channel</source>
        <translation>SQNR jedes Kanals: eine gemeinsame Skala gegen eine Skala pro Kanal</translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <source>SQNR (dB)</source>
        <translation>SQNR (dB)</translation>
    </message>
    <message>
        <source>one shared scale (per tensor)</source>
        <translation>eine gemeinsame Skala (pro Tensor)</translation>
    </message>
    <message>
        <source>a scale per channel</source>
        <translation>eine Skala pro Kanal</translation>
    </message>
</context>
<context>
    <name>qs::ui::ColumnVisibilityMenu</name>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Rechtsklick blendet Spalten ein oder aus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>qs::ui::ComparisonDashboard</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Compare and Sensitivity evaluate on at most this many samples of the evaluation set (0: all of them). Fewer samples finish sooner.</source>
        <translation>Vergleich und Sensitivität werten auf höchstens so vielen Proben der Auswertungsmenge aus (0: auf allen). Weniger Proben sind schneller fertig.</translation>
    </message>
    <message>
        <source>&amp;Evaluation samples:</source>
        <translation>&amp;Auswertungsproben:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Measure size, speed and accuracy of the original and the quantized model (Ctrl+R)</source>
        <translation>Größe, Geschwindigkeit und Genauigkeit des Original- und des quantisierten Modells messen (Strg+R)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Quantize one layer at a time and all but one, rank the layers and suggest a plan (Ctrl+Shift+R)</source>
        <translation>Jeweils eine Schicht allein und alle bis auf eine quantisieren, die Schichten ordnen und einen Plan vorschlagen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original vs quantized&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;original &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt;&amp;nbsp;quantized (hover a row for details)</source>
        <translation>&lt;b&gt;Original gegen quantisiert&lt;/b&gt;&lt;br&gt;&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt;&amp;nbsp;Original &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt;&amp;nbsp;quantisiert (Maus über eine Zeile zeigt Details)</translation>
    </message>
    <message>
        <source>No comparison yet: click Compare.</source>
        <translation>Noch kein Vergleich: auf Vergleichen klicken.</translation>
    </message>
    <message>
        <source>Click Sensitivity (Ctrl+Shift+R) to rank the layers by the accuracy their quantization costs and get a suggested plan.</source>
        <translation>Auf Sensitivität (Strg+Umschalt+R) klicken, um die Schichten nach der Genauigkeit zu ordnen, die ihre Quantisierung kostet, und einen Plan vorgeschlagen zu bekommen.</translation>
    </message>
    <message>
        <source>Apply Suggested Plan</source>
        <translation>Vorgeschlagenen Plan übernehmen</translation>
    </message>
    <message>
        <source>Make the suggested plan the plan (Edit ▸ Undo takes it back)</source>
        <translation>Den vorgeschlagenen Plan zum Plan machen (Bearbeiten ▸ Rückgängig nimmt ihn zurück)</translation>
    </message>
    <message>
        <source>output SQNR</source>
        <translation>Ausgabe-SQNR</translation>
    </message>
    <message>
        <source>below %1 dB</source>
        <translation>unter %1 dB</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Output SQNR per layer&lt;/b&gt; (higher is better; %n flagged)</source>
        <translation>
            <numerusform>&lt;b&gt;Ausgabe-SQNR je Schicht&lt;/b&gt; (höher ist besser; %n markiert)</numerusform>
            <numerusform>&lt;b&gt;Ausgabe-SQNR je Schicht&lt;/b&gt; (höher ist besser; %n markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>threshold %1 dB</source>
        <translation>Schwelle %1 dB</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Sensitivity&lt;/b&gt;: accuracy points per layer, most sensitive first (%n samples)</source>
        <translation>
            <numerusform>&lt;b&gt;Sensitivität&lt;/b&gt;: Genauigkeitspunkte je Schicht, empfindlichste zuerst (%n Probe)</numerusform>
            <numerusform>&lt;b&gt;Sensitivität&lt;/b&gt;: Genauigkeitspunkte je Schicht, empfindlichste zuerst (%n Proben)</numerusform>
        </translation>
    </message>
    <message>
        <source>accuracy points</source>
        <translation>Genauigkeitspunkte</translation>
    </message>
    <message>
        <source>no layer</source>
        <translation>keine Schicht</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not within budget&lt;/b&gt;</source>
        <translation>, &lt;b&gt;nicht im Budget&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; %1 (%2× the float file), %3× the float speed</source>
        <translation>; %1 (%2× die Float-Datei), %3× die Float-Geschwindigkeit</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Stale:&lt;/b&gt; %2 these figures were made. Click Refresh to measure again.&lt;/span&gt; %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Veraltet:&lt;/b&gt; %2 diese Zahlen gemessen wurden. Auf Aktualisieren klicken, um neu zu messen.&lt;/span&gt; %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh Sensitivity</source>
        <translation>Sensitivität aktualisieren</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Stale:&lt;/b&gt; %2 this analysis was made.&lt;/span&gt; %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Veraltet:&lt;/b&gt; %2 diese Analyse erstellt wurde.&lt;/span&gt; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open a model&lt;/b&gt; (File ▸ Open Model… or File ▸ Open Demo) and a data set to compare the original and the quantized model side by side.</source>
        <translation>&lt;b&gt;Öffnen Sie ein Modell&lt;/b&gt; (Datei ▸ Modell öffnen… oder Datei ▸ Demo öffnen) und einen Datensatz, um das Original- und das quantisierte Modell nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open a data set&lt;/b&gt; (File ▸ Open Data Set…) to compare the original and the quantized model side by side.</source>
        <translation>&lt;b&gt;Öffnen Sie einen Datensatz&lt;/b&gt; (Datei ▸ Datensatz öffnen…), um das Original- und das quantisierte Modell nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Click Compare (Ctrl+R)&lt;/b&gt; to measure the original and the quantized model side by side.</source>
        <translation>&lt;b&gt;Klicken Sie auf Vergleichen (Strg+R)&lt;/b&gt;, um das Original- und das quantisierte Modell nebeneinander zu messen.</translation>
    </message>
    <message>
        <source>Compare shows file size, latency at batch 1 and 64, throughput, top-1 accuracy, agreement and the error of every layer. Sensitivity (Ctrl+Shift+R) finds the layers that cost accuracy and suggests a plan that keeps them in float.</source>
        <translation>Vergleichen zeigt Dateigröße, Latenz bei Batch 1 und 64, Durchsatz, Top-1-Genauigkeit, Übereinstimmung und den Fehler jeder Schicht. Sensitivität (Strg+Umschalt+R) findet die Schichten, die Genauigkeit kosten, und schlägt einen Plan vor, der sie in Float belässt.</translation>
    </message>
    <message>
        <source>points lost with only this layer quantized</source>
        <translation>Punkte verloren, wenn nur diese Schicht quantisiert ist</translation>
    </message>
    <message>
        <source>points won back by keeping only this layer in float</source>
        <translation>Punkte zurückgewonnen, wenn nur diese Schicht in Float bleibt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested plan&lt;/b&gt; (budget %1 points): keep %2 in float → top-1 %3 % (%4 against float)%5</source>
        <translation>&lt;b&gt;Vorgeschlagener Plan&lt;/b&gt; (Budget %1 Punkte): %2 in Float belassen → Top-1 %3 % (%4 gegenüber Float)%5</translation>
    </message>
    <message>
        <source>Measured on %1 samples of the evaluation set: %2. Calibrated on %3 samples; %4 engine, %5 form, %6 threads.</source>
        <translation>Gemessen auf %1 Proben der Auswertungsmenge: %2. Kalibriert auf %3 Proben; Engine %4, Form %5, %6 Threads.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CPU was busy&lt;/b&gt; with other programs while timing (%1 threads kept %2 cores busy): the latencies are slower, and the speed-up less certain, than on a quiet machine. Compare again when it is idle.</source>
        <translation>&lt;b&gt;Die CPU war ausgelastet&lt;/b&gt;: Andere Programme liefen während der Zeitmessung (%1 Threads hielten %2 Kerne beschäftigt). Die Latenzen sind höher und die Beschleunigung unsicherer als auf einem ruhigen Rechner. Vergleichen Sie erneut, wenn er frei ist.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>qs::ui::ComparisonTableModel</name>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>Parameter bytes</source>
        <translation>Parameter-Bytes</translation>
    </message>
    <message>
        <source>Batch %1, median (ms)</source>
        <translation>Batch %1, Median (ms)</translation>
    </message>
    <message>
        <source>Batch %1, p95 (ms)</source>
        <translation>Batch %1, p95 (ms)</translation>
    </message>
    <message>
        <source>Batch 1, median (ms)</source>
        <translation>Batch 1, Median (ms)</translation>
    </message>
    <message>
        <source>Batch 1, p95 (ms)</source>
        <translation>Batch 1, p95 (ms)</translation>
    </message>
    <message>
        <source>Throughput (samples/s)</source>
        <translation>Durchsatz (Proben/s)</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1-Genauigkeit</translation>
    </message>
    <message>
        <source>Top-1 agreement</source>
        <translation>Top-1-Übereinstimmung</translation>
    </message>
    <message>
        <source>Output SQNR</source>
        <translation>Ausgabe-SQNR</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>∞ (identical)</source>
        <translation>∞ (identisch)</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>Bytes of the TorchScript file as written (%1 → %2 bytes)</source>
        <translation>Bytes der TorchScript-Datei, wie geschrieben (%1 → %2 Bytes)</translation>
    </message>
    <message>
        <source>Bytes the parameters take as stored (float32, qint8, float16)</source>
        <translation>Bytes, die die Parameter gespeichert belegen (float32, qint8, float16)</translation>
    </message>
    <message>
        <source>Milliseconds per batch of %1 over %2 timed runs, original and quantized interleaved after warm-up; speed-up interquartile range %3–%4×</source>
        <translation>Millisekunden je Batch von %1 über %2 gemessene Läufe, Original und quantisiert nach dem Aufwärmen abwechselnd; Interquartilsabstand der Beschleunigung %3–%4×</translation>
    </message>
    <message>
        <source>Milliseconds per single sample; speed-up interquartile range %1–%2×</source>
        <translation>Millisekunden je einzelner Probe; Interquartilsabstand der Beschleunigung %1–%2×</translation>
    </message>
    <message>
        <source>Samples per second at batch %1, from the median time per batch</source>
        <translation>Proben pro Sekunde bei Batch %1, aus der Medianzeit je Batch</translation>
    </message>
    <message>
        <source>Share of the %1 evaluation samples whose top-1 class is the label</source>
        <translation>Anteil der %1 Auswertungsproben, deren Top-1-Klasse das Label ist</translation>
    </message>
    <message>
        <source>Share of samples on which both models give the same top-1 class</source>
        <translation>Anteil der Proben, bei denen beide Modelle dieselbe Top-1-Klasse liefern</translation>
    </message>
    <message>
        <source>Signal-to-quantization-noise ratio of the quantized model&apos;s outputs against the original&apos;s; mean KL divergence of the softmax outputs %1 nats</source>
        <translation>Signal-Quantisierungsrausch-Verhältnis der Ausgaben des quantisierten Modells gegenüber denen des Originals; mittlere KL-Divergenz der Softmax-Ausgaben %1 nats</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Quantized</source>
        <translation>Quantisiert</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>qs::ui::DataDescription</name>
    <message>
        <source>Fashion-MNIST train split (%1 images)</source>
        <translation>Fashion-MNIST, Trainingsteil (%1 Bilder)</translation>
    </message>
    <message>
        <source>Fashion-MNIST test split (%1 images)</source>
        <translation>Fashion-MNIST, Testteil (%1 Bilder)</translation>
    </message>
    <message>
        <source>Fashion-MNIST embedded sample (first %1 test images)</source>
        <translation>Fashion-MNIST, eingebettete Auswahl (die ersten %1 Testbilder)</translation>
    </message>
    <message>
        <source>%1 (%2 images of %3×%4)</source>
        <translation>%1 (%2 Bilder mit %3×%4)</translation>
    </message>
    <message>
        <source>%1 (%2 images in %3 classes, %4×%5 grayscale)</source>
        <translation>%1 (%2 Bilder in %3 Klassen, %4×%5 Graustufen)</translation>
    </message>
    <message>
        <source>%1 (%2 images in %3 classes, %4×%5 RGB)</source>
        <translation>%1 (%2 Bilder in %3 Klassen, %4×%5 RGB)</translation>
    </message>
    <message>
        <source>%1 (%2 samples of %3, labelled)</source>
        <translation>%1 (%2 Proben der Form %3, mit Labels)</translation>
    </message>
    <message>
        <source>%1 (%2 samples of %3, unlabelled)</source>
        <translation>%1 (%2 Proben der Form %3, ohne Labels)</translation>
    </message>
    <message numerus="yes">
        <source>first %Ln of %1</source>
        <translation>
            <numerusform>die erste Probe aus %1</numerusform>
            <numerusform>die ersten %Ln aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln random samples (seed %1) of %2</source>
        <translation>
            <numerusform>%Ln zufällige Probe (Startwert %1) aus %2</numerusform>
            <numerusform>%Ln zufällige Proben (Startwert %1) aus %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calibration samples of %1</source>
        <translation>
            <numerusform>%Ln Kalibrierungsprobe aus %1</numerusform>
            <numerusform>%Ln Kalibrierungsproben aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation samples of %1</source>
        <translation>
            <numerusform>%Ln Auswertungsprobe aus %1</numerusform>
            <numerusform>%Ln Auswertungsproben aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no normalisation</source>
        <translation>keine Normalisierung</translation>
    </message>
    <message>
        <source>mean %1, std %2</source>
        <translation>Mittelwert %1, Std.-Abw. %2</translation>
    </message>
    <message numerus="yes">
        <source>using the embedded sample of %Ln Fashion-MNIST test images: install dataset-fashion-mnist for all 70,000</source>
        <translation>
            <numerusform>die eingebettete Auswahl von %Ln Fashion-MNIST-Testbild wird verwendet: dataset-fashion-mnist installieren für alle 70.000</numerusform>
            <numerusform>die eingebettete Auswahl von %Ln Fashion-MNIST-Testbildern wird verwendet: dataset-fashion-mnist installieren für alle 70.000</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no samples are left for evaluation after %Ln calibration samples; calibrate on fewer to evaluate</source>
        <translation>
            <numerusform>nach %Ln Kalibrierungsprobe bleibt keine Probe zur Auswertung; kalibrieren Sie auf weniger, um auszuwerten</numerusform>
            <numerusform>nach %Ln Kalibrierungsproben bleibt keine Probe zur Auswertung; kalibrieren Sie auf weniger, um auszuwerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln unreadable image(s): %1</source>
        <translation>
            <numerusform>%Ln unlesbares Bild übersprungen: %1</numerusform>
            <numerusform>%Ln unlesbare Bilder übersprungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qs::ui::DataSetDialog</name>
    <message>
        <source>Open Data Set</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>IDX files (MNIST format)</source>
        <translation>IDX-Dateien (MNIST-Format)</translation>
    </message>
    <message>
        <source>Image folder (one sub-folder per class)</source>
        <translation>Bildordner (ein Unterordner je Klasse)</translation>
    </message>
    <message>
        <source>Tensors file (torch.save&apos;d dict)</source>
        <translation>Tensordatei (mit torch.save gespeichertes Dict)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the model&apos;s: %1</source>
        <translation>die des Modells: %1</translation>
    </message>
    <message>
        <source>One value for every channel, or one per channel separated by commas. Pixels are scaled to [0, 1] first; inputs become (x − mean) / std.</source>
        <translation>Ein Wert für alle Kanäle oder je Kanal einer, durch Kommas getrennt. Pixel werden zuerst auf [0, 1] skaliert; Eingaben werden zu (x − Mittelwert) / Std.</translation>
    </message>
    <message>
        <source>At most this many samples run through the model when calibrating</source>
        <translation>Höchstens so viele Proben laufen beim Kalibrieren durch das Modell</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>&amp;Mean:</source>
        <translation>&amp;Mittelwert:</translation>
    </message>
    <message>
        <source>S&amp;td:</source>
        <translation>S&amp;tandardabw.:</translation>
    </message>
    <message>
        <source>&amp;Calibration samples:</source>
        <translation>&amp;Kalibrierungsproben:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>IDX Labels</source>
        <translation>IDX-Labels</translation>
    </message>
    <message>
        <source>IDX Images</source>
        <translation>IDX-Bilder</translation>
    </message>
    <message>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation>IDX-Dateien (*-ubyte *-ubyte.gz *.idx *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tensors File</source>
        <translation>Tensordatei</translation>
    </message>
    <message>
        <source>Tensor files (*.pt *.pth);;All files (*)</source>
        <translation>Tensordateien (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the data&apos;s path.</source>
        <translation>Den Pfad der Daten wählen.</translation>
    </message>
    <message>
        <source>Give both mean and std, or neither.</source>
        <translation>Mittelwert und Std. beide angeben oder keinen von beiden.</translation>
    </message>
</context>
<context>
    <name>qs::ui::DemoMenu</name>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>No demo models installed</source>
        <translation>Keine Demomodelle installiert</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 % top-1 on %4</source>
        <translation>%1 (%2) — %3 % Top-1 auf %4</translation>
    </message>
</context>
<context>
    <name>qs::ui::DistributionPlot</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>quantization levels</source>
        <translation>Quantisierungsstufen</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>Clip</translation>
    </message>
</context>
<context>
    <name>qs::ui::ErrorPanel</name>
    <message>
        <source>error: float weight − dequantized weight</source>
        <translation>Fehler: Float-Gewicht − dequantisiertes Gewicht</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Measuring the weight error of %1…</source>
        <translation>Gewichtsfehler von %1 wird gemessen…</translation>
    </message>
    <message>
        <source>Weight error</source>
        <translation>Gewichtsfehler</translation>
    </message>
    <message>
        <source>%1 %2 qint8, %3 bits</source>
        <translation>%1 %2 qint8, %3 Bit</translation>
    </message>
    <message>
        <source>per-channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <source>per-tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — weights %2: SQNR &lt;b&gt;%3 dB&lt;/b&gt;, RMSE %4 = %5 × scale%6; %7 of %8 values clipped.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Gewichte %2: SQNR &lt;b&gt;%3 dB&lt;/b&gt;, RMSE %4 = %5 × Skala%6; %7 von %8 Werten abgeschnitten.</translation>
    </message>
    <message>
        <source> (mean channel scale)</source>
        <translation> (mittlere Kanalskala)</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rounding alone gives errors spread evenly over ±scale/2, an RMSE of 1/√12 ≈ 0.289 × scale.</source>
        <translation>&lt;br&gt;Rundung allein verteilt die Fehler gleichmäßig über ±Skala/2, ein RMSE von 1/√12 ≈ 0,289 × Skala.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The plan keeps this layer in %1: these are the errors int8 weights would have.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Der Plan belässt diese Schicht in %1: Dies sind die Fehler, die int8-Gewichte hätten.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>affin</translation>
    </message>
</context>
<context>
    <name>qs::ui::FloatToIntegerLesson</name>
    <message>
        <source>1. From float to integer and back</source>
        <translation>1. Von Float zu Integer und zurück</translation>
    </message>
    <message>
        <source>&lt;p&gt;An 8-bit integer takes one byte instead of the four of a float, and integer arithmetic is cheap. Quantization stores every float &lt;i&gt;x&lt;/i&gt; of a tensor as an integer &lt;i&gt;q&lt;/i&gt;, and keeps two numbers for the whole tensor:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;scale &lt;i&gt;s&lt;/i&gt;&lt;/b&gt;: the float distance between two neighbouring integers, the step size;&lt;/li&gt;&lt;li&gt;&lt;b&gt;zero point &lt;i&gt;z&lt;/i&gt;&lt;/b&gt;: the integer that stands for 0.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;There: &lt;b&gt;&lt;i&gt;q&lt;/i&gt; = round(&lt;i&gt;x&lt;/i&gt;/&lt;i&gt;s&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;, clamped to the integer range [Q&lt;sub&gt;min&lt;/sub&gt;, Q&lt;sub&gt;max&lt;/sub&gt;].&lt;br&gt;And back: &lt;b&gt;&lt;i&gt;x̂&lt;/i&gt; = &lt;i&gt;s&lt;/i&gt;·(&lt;i&gt;q&lt;/i&gt; − &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The network then computes with &lt;i&gt;x̂&lt;/i&gt; instead of &lt;i&gt;x&lt;/i&gt;; the difference is the quantization error. Inside the range it is at most half a step (rounding); outside it, values are clipped to the edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Drag &lt;i&gt;min&lt;/i&gt; and &lt;i&gt;max&lt;/i&gt; on the top line: a wider range means a larger step, so every value is rounded more coarsely. Drag &lt;i&gt;x&lt;/i&gt; and watch which integer it lands on and where it comes back. Lower the bits: fewer levels, bigger steps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affine&lt;/b&gt; maps [min, max] as it is. &lt;b&gt;Symmetric&lt;/b&gt; maps [−m, m] with m = max(|min|, |max|), so the zero point is 0 (for signed integers) and the integer maths is cheaper, but a one-sided range wastes half the levels. &lt;b&gt;Narrow range&lt;/b&gt; leaves out the lowest integer, so int8 is [−127, 127] (TFLite&apos;s int8 weights).&lt;/p&gt;&lt;p&gt;&lt;b&gt;PyTorch and the textbook formula.&lt;/b&gt; Many texts, like the blog this project started from, write int8 as [−127, 127] and &lt;i&gt;z&lt;/i&gt; = Q&lt;sub&gt;min&lt;/sub&gt; − min/&lt;i&gt;s&lt;/i&gt; without rounding. PyTorch uses [−128, 127], always stretches the range to include 0, and rounds and clamps &lt;i&gt;z&lt;/i&gt; to an integer, so that 0.0 is stored exactly: zero padding and the zeros after a ReLU stay exactly zero. Both are shown below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine 8-Bit-Ganzzahl belegt ein Byte statt der vier eines Floats, und Ganzzahlarithmetik ist billig. Die Quantisierung speichert jeden Float &lt;i&gt;x&lt;/i&gt; eines Tensors als Ganzzahl &lt;i&gt;q&lt;/i&gt; und behält zwei Zahlen für den ganzen Tensor:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Skala &lt;i&gt;s&lt;/i&gt;&lt;/b&gt;: der Float-Abstand zwischen zwei benachbarten Ganzzahlen, die Schrittweite;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nullpunkt &lt;i&gt;z&lt;/i&gt;&lt;/b&gt;: die Ganzzahl, die für 0,0 steht.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hin: &lt;b&gt;&lt;i&gt;q&lt;/i&gt; = round(&lt;i&gt;x&lt;/i&gt;/&lt;i&gt;s&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;, begrenzt auf den Ganzzahlbereich [Q&lt;sub&gt;min&lt;/sub&gt;, Q&lt;sub&gt;max&lt;/sub&gt;].&lt;br&gt;Und zurück: &lt;b&gt;&lt;i&gt;x̂&lt;/i&gt; = &lt;i&gt;s&lt;/i&gt;·(&lt;i&gt;q&lt;/i&gt; − &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Das Netz rechnet dann mit &lt;i&gt;x̂&lt;/i&gt; statt mit &lt;i&gt;x&lt;/i&gt;; der Unterschied ist der Quantisierungsfehler. Innerhalb des Bereichs beträgt er höchstens einen halben Schritt (Rundung); außerhalb werden Werte auf den Rand abgeschnitten (Clipping).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Probieren Sie es aus.&lt;/b&gt; Ziehen Sie &lt;i&gt;min&lt;/i&gt; und &lt;i&gt;max&lt;/i&gt; auf der oberen Linie: Ein breiterer Bereich bedeutet einen größeren Schritt, also wird jeder Wert gröber gerundet. Ziehen Sie &lt;i&gt;x&lt;/i&gt; und beobachten Sie, auf welcher Ganzzahl es landet und wo es zurückkommt. Verringern Sie die Bits: weniger Stufen, größere Schritte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affin&lt;/b&gt; bildet [min, max] so ab, wie es ist. &lt;b&gt;Symmetrisch&lt;/b&gt; bildet [−m, m] mit m = max(|min|, |max|) ab, sodass der Nullpunkt 0 ist (bei vorzeichenbehafteten Ganzzahlen) und die Ganzzahlrechnung billiger wird; ein einseitiger Bereich verschenkt aber die Hälfte der Stufen. &lt;b&gt;Schmaler Bereich&lt;/b&gt; lässt die kleinste Ganzzahl weg, sodass int8 zu [−127, 127] wird (die int8-Gewichte von TFLite).&lt;/p&gt;&lt;p&gt;&lt;b&gt;PyTorch und die Lehrbuchformel.&lt;/b&gt; Viele Texte, etwa der Blog, von dem dieses Projekt ausging, schreiben int8 als [−127, 127] und &lt;i&gt;z&lt;/i&gt; = Q&lt;sub&gt;min&lt;/sub&gt; − min/&lt;i&gt;s&lt;/i&gt; ohne Rundung. PyTorch verwendet [−128, 127], dehnt den Bereich immer so, dass er 0 enthält, und rundet und begrenzt &lt;i&gt;z&lt;/i&gt; auf eine Ganzzahl, damit 0,0 exakt gespeichert wird: Zero-Padding und die Nullen nach einer ReLU bleiben exakt null. Unten wird beides gezeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PyTorch (what Quantscope computes)</source>
        <translation>PyTorch (was Quantscope berechnet)</translation>
    </message>
    <message>
        <source>integers</source>
        <translation>Ganzzahlen</translation>
    </message>
    <message>
        <source>scale s</source>
        <translation>Skala s</translation>
    </message>
    <message>
        <source>zero point z</source>
        <translation>Nullpunkt z</translation>
    </message>
    <message>
        <source>x → q</source>
        <translation>x → q</translation>
    </message>
    <message>
        <source>q → &lt;i&gt;x̂&lt;/i&gt;</source>
        <translation>q → &lt;i&gt;x̂&lt;/i&gt;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>0.0 → &lt;i&gt;x̂&lt;/i&gt;</source>
        <translation>0,0 → &lt;i&gt;x̂&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The textbook formula (the seed blog)</source>
        <translation>Die Lehrbuchformel (der Ausgangs-Blog)</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>zero point</source>
        <translation>Nullpunkt</translation>
    </message>
    <message>
        <source>The smallest float the integers must cover (or drag the min marker)</source>
        <translation>Der kleinste Float, den die Ganzzahlen abdecken müssen (oder die min-Markierung ziehen)</translation>
    </message>
    <message>
        <source>The largest float the integers must cover (or drag the max marker)</source>
        <translation>Der größte Float, den die Ganzzahlen abdecken müssen (oder die max-Markierung ziehen)</translation>
    </message>
    <message>
        <source>A float value to quantize (or drag the x marker)</source>
        <translation>Ein zu quantisierender Float-Wert (oder die x-Markierung ziehen)</translation>
    </message>
    <message>
        <source>Bits per integer: 2^bits levels</source>
        <translation>Bits je Ganzzahl: 2^Bits Stufen</translation>
    </message>
    <message>
        <source>signed (qint8)</source>
        <translation>vorzeichenbehaftet (qint8)</translation>
    </message>
    <message>
        <source>unsigned (quint8)</source>
        <translation>vorzeichenlos (quint8)</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>affin</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>&amp;Narrow range</source>
        <translation>&amp;Schmaler Bereich</translation>
    </message>
    <message>
        <source>Leave out the lowest integer: int8 becomes [−127, 127]</source>
        <translation>Die kleinste Ganzzahl weglassen: int8 wird zu [−127, 127]</translation>
    </message>
    <message>
        <source>&amp;min</source>
        <translation>&amp;min</translation>
    </message>
    <message>
        <source>ma&amp;x</source>
        <translation>ma&amp;x</translation>
    </message>
    <message>
        <source>&amp;value x</source>
        <translation>&amp;Wert x</translation>
    </message>
    <message>
        <source>&amp;bits</source>
        <translation>&amp;Bits</translation>
    </message>
    <message>
        <source>&amp;integers</source>
        <translation>&amp;Ganzzahlen</translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>%1 levels: q = %2 … %3 stand for x̂ = %4, %5, … , %6 (steps of s = %7). Floats more than half a step beyond %4 or %6 are clipped to them.</source>
        <translation>%1 Stufen: q = %2 … %3 stehen für x̂ = %4, %5, … , %6 (Schritte von s = %7). Floats, die mehr als einen halben Schritt jenseits von %4 oder %6 liegen, werden auf diese abgeschnitten.</translation>
    </message>
    <message>
        <source>Q&lt;sub&gt;min&lt;/sub&gt; … Q&lt;sub&gt;max&lt;/sub&gt; (%1 levels)</source>
        <translation>Q&lt;sub&gt;min&lt;/sub&gt; … Q&lt;sub&gt;max&lt;/sub&gt; (%1 Stufen)</translation>
    </message>
    <message>
        <source>(max⁺ − min⁻) / (Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;) = (%1 − %2) / (%3 − %4)</source>
        <translation>(max⁺ − min⁻) / (Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;) = (%1 − %2) / (%3 − %4)</translation>
    </message>
    <message>
        <source>clamp(Q&lt;sub&gt;min&lt;/sub&gt; − round(min⁻/s)) = clamp(%1 − round(%2 / %3)) = clamp(%1 − round(%4))</source>
        <translation>clamp(Q&lt;sub&gt;min&lt;/sub&gt; − round(min⁻/s)) = clamp(%1 − round(%2 / %3)) = clamp(%1 − round(%4))</translation>
    </message>
    <message>
        <source>max(|min⁻|, max⁺) / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) = %1 / (%2/2)</source>
        <translation>max(|min⁻|, max⁺) / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) = %1 / (%2/2)</translation>
    </message>
    <message>
        <source>symmetric signed: 0</source>
        <translation>symmetrisch, vorzeichenbehaftet: 0</translation>
    </message>
    <message>
        <source>symmetric unsigned: the middle of the range</source>
        <translation>symmetrisch, vorzeichenlos: die Mitte des Bereichs</translation>
    </message>
    <message>
        <source>round(%1 / %2) + %3, clamped to %4: &lt;b&gt;clipped&lt;/b&gt;</source>
        <translation>round(%1 / %2) + %3, begrenzt auf %4: &lt;b&gt;abgeschnitten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>round(%1 / %2) + %3 = round(%4) + %3 = %5 + %3</source>
        <translation>round(%1 / %2) + %3 = round(%4) + %3 = %5 + %3</translation>
    </message>
    <message>
        <source>s·(q − z) = %1 · (%2 − %3)</source>
        <translation>s·(q − z) = %1 · (%2 − %3)</translation>
    </message>
    <message>
        <source>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2, that is %3 steps</source>
        <translation>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2, also %3 Schritte</translation>
    </message>
    <message>
        <source>s·(z − z): 0 is always a level</source>
        <translation>s·(z − z): 0 ist immer eine Stufe</translation>
    </message>
    <message>
        <source>min_int … max_int, int8 as [−127, 127]</source>
        <translation>min_int … max_int, int8 als [−127, 127]</translation>
    </message>
    <message>
        <source>min_int … max_int</source>
        <translation>min_int … max_int</translation>
    </message>
    <message>
        <source>(max − min) / (max_int − min_int) = (%1 − %2) / (%3 − %4)</source>
        <translation>(max − min) / (max_int − min_int) = (%1 − %2) / (%3 − %4)</translation>
    </message>
    <message>
        <source>min_int − min / scale = %1 − %2 / %3, not rounded</source>
        <translation>min_int − min / scale = %1 − %2 / %3, nicht gerundet</translation>
    </message>
    <message>
        <source>round(x / scale + zero_point) = round(%1 / %2 + %3) = round(%4)</source>
        <translation>round(x / scale + zero_point) = round(%1 / %2 + %3) = round(%4)</translation>
    </message>
    <message>
        <source>scale·(q − zero_point) = %1 · (%2 − %3)</source>
        <translation>scale·(q − zero_point) = %1 · (%2 − %3)</translation>
    </message>
    <message>
        <source>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2</source>
        <translation>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2</translation>
    </message>
    <message>
        <source>0 → q = %1 → scale·(%1 − %2)</source>
        <translation>0 → q = %1 → scale·(%1 − %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Here both formulas agree:&lt;/b&gt; the range starts at 0 or is already aligned to the integers, so rounding the zero point changes nothing.</source>
        <translation>&lt;b&gt;Hier stimmen beide Formeln überein:&lt;/b&gt; Der Bereich beginnt bei 0 oder liegt schon auf den Ganzzahlen, daher ändert das Runden des Nullpunkts nichts.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s symmetric scheme maps [−m, m] with m = max(|min|, |max|) and fixes z, while the blog maps [min, max] onto %1 with a zero point of %2 left unrounded, so 0.0 comes back as %3.</source>
        <translation>Das symmetrische Schema von PyTorch bildet [−m, m] mit m = max(|min|, |max|) ab und legt z fest, während der Blog [min, max] auf %1 abbildet und den Nullpunkt %2 ungerundet lässt, sodass 0,0 als %3 zurückkommt.</translation>
    </message>
    <message>
        <source>The blog divides by %1 steps (%2) and leaves the zero point at %3, so 0.0 comes back as %4; PyTorch divides by %5 steps (%6), includes 0 in the range and rounds the zero point to %7, so 0.0 comes back as exactly 0.</source>
        <translation>Der Blog teilt durch %1 Schritte (%2) und lässt den Nullpunkt bei %3, sodass 0,0 als %4 zurückkommt; PyTorch teilt durch %5 Schritte (%6), nimmt 0 in den Bereich auf und rundet den Nullpunkt auf %7, sodass 0,0 exakt als 0 zurückkommt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the two columns differ:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum sich die beiden Spalten unterscheiden:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>qs::ui::JobRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Unerwarteter Fehler unbekannter Art.</translation>
    </message>
</context>
<context>
    <name>qs::ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; what is open stays as it was</source>
        <translation>Diesen Auftrag anhalten; was geöffnet ist, bleibt unverändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerBarChart</name>
    <message>
        <source> not measured</source>
        <translation> nicht gemessen</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerCurvePlot</name>
    <message>
        <source>Accuracy and size as the layers are quantized one after another</source>
        <translation>Genauigkeit und Größe, während die Schichten nacheinander quantisiert werden</translation>
    </message>
    <message>
        <source>layers quantized</source>
        <translation>quantisierte Schichten</translation>
    </message>
    <message>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1-Genauigkeit (%)</translation>
    </message>
    <message>
        <source>weights (kB)</source>
        <translation>Gewichte (kB)</translation>
    </message>
    <message>
        <source>size of the weights</source>
        <translation>Größe der Gewichte</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>largest drop</source>
        <translation>größter Verlust</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerDropExplanation</name>
    <message>
        <source>At %1 bits no layer costs much: the largest step is %2 points (%3). Lower the bits to find the layer that breaks first.</source>
        <translation>Bei %1 Bit kostet keine Schicht viel: Der größte Schritt beträgt %2 Punkte (%3). Verringern Sie die Bits, um die Schicht zu finden, die zuerst bricht.</translation>
    </message>
    <message>
        <source>Quantizing %1 (%2) to %3 bits costs %4 points (%5 % → %6 %): </source>
        <translation>%1 (%2) auf %3 Bit zu quantisieren kostet %4 Punkte (%5 % → %6 %): </translation>
    </message>
    <message>
        <source>it is the first layer, it sees the raw pixels, and every later layer builds on its rounded output.</source>
        <translation>Sie ist die erste Schicht, sieht die rohen Pixel, und jede spätere Schicht baut auf ihrer gerundeten Ausgabe auf.</translation>
    </message>
    <message>
        <source>it is the first layer, it sees the raw input, and every later layer builds on its rounded output.</source>
        <translation>Sie ist die erste Schicht, sieht die rohe Eingabe, und jede spätere Schicht baut auf ihrer gerundeten Ausgabe auf.</translation>
    </message>
    <message>
        <source>it is the last layer, so its rounding goes straight into the class scores.</source>
        <translation>Sie ist die letzte Schicht, daher geht ihre Rundung direkt in die Klassenwerte ein.</translation>
    </message>
    <message>
        <source>its rounding error passes through the layer after it.</source>
        <translation>Ihr Rundungsfehler läuft durch die Schicht nach ihr.</translation>
    </message>
    <message>
        <source>its rounding error passes through the %1 layers after it.</source>
        <translation>Ihr Rundungsfehler läuft durch die %1 Schichten nach ihr.</translation>
    </message>
    <message>
        <source>It has only %1 weights, so each of them carries much of what the layer does.</source>
        <translation>Sie hat nur %1 Gewichte, daher trägt jedes von ihnen viel von dem, was die Schicht tut.</translation>
    </message>
    <message>
        <source>Quantized alone, with every other layer in float, it costs %1 points.</source>
        <translation>Allein quantisiert, mit allen anderen Schichten in Float, kostet sie %1 Punkte.</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerInspector</name>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <source>The layer&apos;s weights: histogram, range and the scale and zero point of each scheme</source>
        <translation>Die Gewichte der Schicht: Histogramm, Bereich sowie Skala und Nullpunkt jedes Schemas</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Aktivierungen</translation>
    </message>
    <message>
        <source>What calibration saw at the layer&apos;s input and output, and the range each observer picks</source>
        <translation>Was die Kalibrierung an Ein- und Ausgang der Schicht gesehen hat, und der Bereich, den jeder Beobachter wählt</translation>
    </message>
    <message>
        <source>&amp;Error</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>The weights&apos; quantization error (float − dequantized) under the plan: histogram, SQNR, RMSE</source>
        <translation>Der Quantisierungsfehler der Gewichte (Float − dequantisiert) unter dem Plan: Histogramm, SQNR, RMSE</translation>
    </message>
    <message>
        <source>This model has no quantizable layer</source>
        <translation>Dieses Modell hat keine quantisierbare Schicht</translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerPanel</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Per channel, symmetric qint8</source>
        <translation>Pro Kanal, symmetrisch qint8</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation>Gewichte und Biases</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>Min:</translation>
    </message>
    <message>
        <source>Smallest finite weight value</source>
        <translation>Kleinster endlicher Gewichtswert</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>Max:</translation>
    </message>
    <message>
        <source>Largest finite weight value</source>
        <translation>Größter endlicher Gewichtswert</translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation>Mittelwert:</translation>
    </message>
    <message>
        <source>Population standard deviation of the finite weights</source>
        <translation>Standardabweichung (Grundgesamtheit) der endlichen Gewichte</translation>
    </message>
    <message>
        <source>PyTorch&apos;s MinMaxObserver, quint8 (0 to 255):
scale = (max(max, 0) − min(min, 0)) / 255
zero point = 0 − round(min(min, 0) / scale)</source>
        <translation>MinMaxObserver von PyTorch, quint8 (0 bis 255):
Skala = (max(max, 0) − min(min, 0)) / 255
Nullpunkt = 0 − round(min(min, 0) / Skala)</translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
    <message>
        <source>%1 (graph op %2)</source>
        <translation>%1 (Graph-Op %2)</translation>
    </message>
    <message>
        <source>, followed by %1</source>
        <translation>, gefolgt von %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>per-tensor affine quint8</source>
        <translation>pro Tensor, affin quint8</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Params:</source>
        <translation>Param.:</translation>
    </message>
    <message>
        <source>Std. dev.:</source>
        <translation>Std.-abw.:</translation>
    </message>
    <message>
        <source>Scale and zero point of the weights</source>
        <translation>Skala und Nullpunkt der Gewichte</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Zero pt</source>
        <translation>Nullpkt.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s MinMaxObserver, qint8 (−128 to 127), symmetric:
scale = max(−min(min, 0), max(max, 0)) / 127.5
zero point = 0</source>
        <translation>MinMaxObserver von PyTorch, qint8 (−128 bis 127), symmetrisch:
Skala = max(−min(min, 0), max(max, 0)) / 127.5
Nullpunkt = 0</translation>
    </message>
    <message>
        <source>PyTorch&apos;s PerChannelMinMaxObserver, qint8, symmetric:
one scale per output channel, scale = max(−min(min, 0), max(max, 0)) / 127.5 over that channel&apos;s weights</source>
        <translation>PerChannelMinMaxObserver von PyTorch, qint8, symmetrisch:
eine Skala je Ausgabekanal, Skala = max(−min(min, 0), max(max, 0)) / 127.5 über die Gewichte dieses Kanals</translation>
    </message>
    <message>
        <source>Per tensor, affine quint8</source>
        <translation>Pro Tensor, affin quint8</translation>
    </message>
    <message>
        <source>Per tensor, symmetric qint8</source>
        <translation>Pro Tensor, symmetrisch qint8</translation>
    </message>
    <message>
        <source>%1 output channels (axis %2): smallest and largest scale shown</source>
        <translation>%1 Ausgabekanäle (Achse %2): kleinste und größte Skala</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Pro Kanal</translation>
    </message>
    <message>
        <source>Each output channel&apos;s min and max, with its own scale on hover</source>
        <translation>Minimum und Maximum jedes Ausgabekanals, mit seiner eigenen Skala beim Darüberfahren</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerTableModel</name>
    <message>
        <source>Module path: %1</source>
        <translation>Modulpfad: %1</translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation>Gefolgt von: %1</translation>
    </message>
    <message numerus="yes">
        <source>Called %n times by forward()</source>
        <translation>
            <numerusform>%n-mal von forward() aufgerufen</numerusform>
            <numerusform>%n-mal von forward() aufgerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Graph op: %1</source>
        <translation>Graph-Op: %1</translation>
    </message>
    <message>
        <source>Weight shape; output channels on axis %1</source>
        <translation>Form der Gewichte; Ausgabekanäle auf Achse %1</translation>
    </message>
    <message>
        <source>Bias shape: %1</source>
        <translation>Form des Bias: %1</translation>
    </message>
    <message>
        <source>Weights and biases of this layer</source>
        <translation>Gewichte und Biases dieser Schicht</translation>
    </message>
    <message>
        <source>Mean %1, standard deviation %2 (finite weight values)</source>
        <translation>Mittelwert %1, Standardabweichung %2 (endliche Gewichtswerte)</translation>
    </message>
    <message>
        <source>Per-tensor affine quint8 (PyTorch&apos;s MinMaxObserver)</source>
        <translation>Pro Tensor, affin quint8 (MinMaxObserver von PyTorch)</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Param.</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Zero pt</source>
        <translation>Nullpkt.</translation>
    </message>
    <message>
        <source>Module path of the layer in the model</source>
        <translation>Modulpfad der Schicht im Modell</translation>
    </message>
    <message>
        <source>Kind of layer</source>
        <translation>Art der Schicht</translation>
    </message>
    <message>
        <source>Shape of the weight tensor</source>
        <translation>Form des Gewichtstensors</translation>
    </message>
    <message>
        <source>Number of weights and biases</source>
        <translation>Anzahl der Gewichte und Biases</translation>
    </message>
    <message>
        <source>Smallest finite weight value</source>
        <translation>Kleinster endlicher Gewichtswert</translation>
    </message>
    <message>
        <source>Largest finite weight value</source>
        <translation>Größter endlicher Gewichtswert</translation>
    </message>
    <message>
        <source>Scale of the weights quantized per tensor, affine, to quint8</source>
        <translation>Skala der Gewichte, pro Tensor affin nach quint8 quantisiert</translation>
    </message>
    <message>
        <source>Zero point of the weights quantized per tensor, affine, to quint8</source>
        <translation>Nullpunkt der Gewichte, pro Tensor affin nach quint8 quantisiert</translation>
    </message>
    <message>
        <source>Per-channel symmetric qint8 scales: %1 to %2 (channels: %3)</source>
        <translation>Skalen pro Kanal, symmetrisch qint8: %1 bis %2 (Kanäle: %3)</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>dynamic int8</source>
        <translation>dynamisch int8</translation>
    </message>
    <message>
        <source>static int8</source>
        <translation>statisch int8</translation>
    </message>
    <message>
        <source>min/max</source>
        <translation>Min/Max</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>gleitender Mittelwert</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>8 (int8 kernels)</source>
        <translation>8 (int8-Kernel)</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <source>Set for this layer (bold)</source>
        <translation>Für diese Schicht gesetzt (fett)</translation>
    </message>
    <message>
        <source>The plan&apos;s default for a %1 layer</source>
        <translation>Die Voreinstellung des Plans für eine %1-Schicht</translation>
    </message>
    <message>
        <source>How this layer is stored and computed. Double-click or press F2 to change it; the context menu changes every selected layer.</source>
        <translation>Wie diese Schicht gespeichert und berechnet wird. Doppelklick oder F2 ändert es; das Kontextmenü ändert alle ausgewählten Schichten.</translation>
    </message>
    <message>
        <source>Integer bits of the weights and activations: 8 runs on real int8 kernels, fewer bits are simulated.</source>
        <translation>Ganzzahl-Bits der Gewichte und Aktivierungen: 8 läuft auf echten int8-Kernels, weniger Bits werden simuliert.</translation>
    </message>
    <message>
        <source>Not quantized in this mode.</source>
        <translation>In diesem Modus nicht quantisiert.</translation>
    </message>
    <message>
        <source>How calibration picks this layer&apos;s activation range.</source>
        <translation>Wie die Kalibrierung den Aktivierungsbereich dieser Schicht wählt.</translation>
    </message>
    <message>
        <source>Only static int8 layers have calibrated activation ranges.</source>
        <translation>Nur statische int8-Schichten haben kalibrierte Aktivierungsbereiche.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>How the plan quantizes the layer (bold: set for this layer, else the plan&apos;s default)</source>
        <translation>Wie der Plan die Schicht quantisiert (fett: für diese Schicht gesetzt, sonst die Voreinstellung des Plans)</translation>
    </message>
    <message>
        <source>Integer bits of weights and activations</source>
        <translation>Ganzzahl-Bits der Gewichte und Aktivierungen</translation>
    </message>
    <message>
        <source>How calibration picks the activation range (static int8 layers)</source>
        <translation>Wie die Kalibrierung den Aktivierungsbereich wählt (statische int8-Schichten)</translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerToModelLesson</name>
    <message>
        <source>5. From layer to model</source>
        <translation>5. Von der Schicht zum Modell</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lessons 1–4 looked at one tensor at a time. A model is a chain of layers, and what counts in the end is whether it still gives the right answers.&lt;/p&gt;&lt;p&gt;Here a trained demo model is quantized &lt;b&gt;one layer after another&lt;/b&gt;: step 0 is the float model, step 1 quantizes one layer (weights and activations), step 2 two, and so on until every layer is quantized. After each step the top-1 accuracy is measured on the same test images, with one calibration shared by all steps, so the only thing that changes is which layers are quantized.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Read the plot.&lt;/b&gt; The blue line is the accuracy, the grey steps the size of the weights (4 bytes per weight in float, &lt;i&gt;b&lt;/i&gt;/8 bytes at &lt;i&gt;b&lt;/i&gt; bits). The red segment is the step that costs most: that layer is the most &lt;b&gt;sensitive&lt;/b&gt; one at this bit width. Move the slider to see which layers are quantized at each step.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; At 8 bits PyTorch&apos;s int8 kernels run the model and hardly any accuracy is lost. Lower the bits (below 8 the integers are simulated in float, with exactly the rounding and clipping an integer kernel would do) until one step breaks. Then change the order: quantizing the most sensitive layer first puts the drop at step 1; least sensitive first keeps the model good for longest. A layer that breaks the model is the one to keep in float or at 8 bits in a mixed-precision plan, which is what the workbench&apos;s Sensitivity analysis suggests.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Lektionen 1–4 haben jeweils einen Tensor betrachtet. Ein Modell ist eine Kette von Schichten, und am Ende zählt, ob es noch die richtigen Antworten gibt.&lt;/p&gt;&lt;p&gt;Hier wird ein trainiertes Demomodell &lt;b&gt;Schicht für Schicht&lt;/b&gt; quantisiert: Schritt 0 ist das Float-Modell, Schritt 1 quantisiert eine Schicht (Gewichte und Aktivierungen), Schritt 2 zwei und so weiter, bis jede Schicht quantisiert ist. Nach jedem Schritt wird die Top-1-Genauigkeit auf denselben Testbildern gemessen, mit einer Kalibrierung für alle Schritte, sodass sich nur ändert, welche Schichten quantisiert sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So liest man das Diagramm.&lt;/b&gt; Die blaue Linie ist die Genauigkeit, die grauen Stufen die Größe der Gewichte (4 Bytes je Gewicht in Float, &lt;i&gt;b&lt;/i&gt;/8 Bytes bei &lt;i&gt;b&lt;/i&gt; Bit). Das rote Stück ist der Schritt, der am meisten kostet: Diese Schicht ist bei dieser Bitbreite die &lt;b&gt;empfindlichste&lt;/b&gt;. Bewegen Sie den Schieberegler, um zu sehen, welche Schichten bei jedem Schritt quantisiert sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Probieren Sie es aus.&lt;/b&gt; Bei 8 Bit rechnen die int8-Kernels von PyTorch das Modell, und es geht kaum Genauigkeit verloren. Verringern Sie die Bits (unter 8 werden die Ganzzahlen in Float simuliert, mit genau der Rundung und dem Abschneiden, die ein Ganzzahl-Kernel hätte), bis ein Schritt bricht. Ändern Sie dann die Reihenfolge: Wird die empfindlichste Schicht zuerst quantisiert, liegt der Verlust bei Schritt 1; die unempfindlichste zuerst hält das Modell am längsten gut. Eine Schicht, die das Modell bricht, behält man in einem Plan mit gemischter Genauigkeit in Float oder bei 8 Bit – genau das schlägt die Sensitivitätsanalyse der Werkbank vor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>8 (real int8 kernels)</source>
        <translation>8 (echte int8-Kernels)</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simuliert)</translation>
    </message>
    <message>
        <source>model order</source>
        <translation>Modellreihenfolge</translation>
    </message>
    <message>
        <source>most sensitive first</source>
        <translation>empfindlichste zuerst</translation>
    </message>
    <message>
        <source>least sensitive first</source>
        <translation>unempfindlichste zuerst</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>&amp;Bits</source>
        <translation>&amp;Bits</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Layers quantized</source>
        <translation>Quantisierte &amp;Schichten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>layer quantized</source>
        <translation>quantisierte Schicht</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>at the selected step</source>
        <translation>beim gewählten Schritt</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>change
(points)</source>
        <translation>Änderung
(Punkte)</translation>
    </message>
    <message>
        <source>weights
(kB)</source>
        <translation>Gewichte
(kB)</translation>
    </message>
    <message>
        <source>Computing the curve: %1…</source>
        <translation>Die Kurve wird berechnet: %1…</translation>
    </message>
    <message>
        <source>Stopped. Press Compute to measure the curve for these settings.</source>
        <translation>Angehalten. Berechnen misst die Kurve für diese Einstellungen.</translation>
    </message>
    <message>
        <source>The curve could not be computed: %1</source>
        <translation>Die Kurve konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>The curve is measured when this lesson is shown.</source>
        <translation>Die Kurve wird gemessen, wenn diese Lektion angezeigt wird.</translation>
    </message>
    <message>
        <source>Computing the curve…</source>
        <translation>Die Kurve wird berechnet…</translation>
    </message>
    <message>
        <source>Loading the demo model and its data, calibrating on %1 training images…</source>
        <translation>Demomodell und seine Daten werden geladen, Kalibrierung auf %1 Trainingsbildern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop measuring the curve</source>
        <translation>Das Messen der Kurve anhalten</translation>
    </message>
    <message>
        <source>Measure the curve for these settings</source>
        <translation>Die Kurve für diese Einstellungen messen</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 Punkte</translation>
    </message>
    <message>
        <source>%1 (%2), %3 bits (%4): top-1 on the first %5 test images, one calibration on %6 training images shared by every step.</source>
        <translation>%1 (%2), %3 Bit (%4): Top-1 auf den ersten %5 Testbildern, eine Kalibrierung auf %6 Trainingsbildern für alle Schritte.</translation>
    </message>
    <message>
        <source>LibTorch&apos;s int8 kernels</source>
        <translation>int8-Kernels von LibTorch</translation>
    </message>
    <message>
        <source>simulated in float</source>
        <translation>in Float simuliert</translation>
    </message>
    <message>
        <source>none (float model)</source>
        <translation>keine (Float-Modell)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Step 0: every layer in float.</source>
        <translation>Schritt 0: jede Schicht in Float.</translation>
    </message>
    <message>
        <source>Step 1: one layer quantized to %1 bits, the rest in float.</source>
        <translation>Schritt 1: eine Schicht auf %1 Bit quantisiert, der Rest in Float.</translation>
    </message>
    <message>
        <source>Step %1: %1 layers quantized to %2 bits, the rest in float.</source>
        <translation>Schritt %1: %1 Schichten auf %2 Bit quantisiert, der Rest in Float.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; Accuracy &lt;b&gt;%2&lt;/b&gt; (float %3, %4 points lost); weights &lt;b&gt;%5 kB&lt;/b&gt;, %6 of the float model&apos;s %7 kB.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Genauigkeit &lt;b&gt;%2&lt;/b&gt; (Float %3, %4 Punkte verloren); Gewichte &lt;b&gt;%5 kB&lt;/b&gt;, %6 der %7 kB des Float-Modells.</translation>
    </message>
</context>
<context>
    <name>qs::ui::LearnView</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Kleinere Schrift (Strg+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text, e.g. for a projector (Ctrl++)</source>
        <translation>Größere Schrift, z. B. für einen Beamer (Strg++)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonNumbers</name>
    <message>
        <source>∞ dB (exact)</source>
        <translation>∞ dB (exakt)</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonPage</name>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Put every control of this lesson back to where it started</source>
        <translation>Jedes Bedienelement dieser Lektion auf seinen Anfangswert zurücksetzen</translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonPlot</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save this plot as a PNG image, e.g. for lecture slides</source>
        <translation>Dieses Diagramm als PNG-Bild speichern, z. B. für Vorlesungsfolien</translation>
    </message>
    <message>
        <source>Save Plot as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
</context>
<context>
    <name>qs::ui::MainWindow</name>
    <message>
        <source>Quantscope</source>
        <translation>Quantscope</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Filter layers by name or op</source>
        <translation>Schichten nach Name oder Op filtern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>No model is open. Open a TorchScript file with File ▸ Open Model… or drop one onto this window.</source>
        <translation>Kein Modell geöffnet. Öffnen Sie eine TorchScript-Datei mit Datei ▸ Modell öffnen… oder ziehen Sie eine auf dieses Fenster.</translation>
    </message>
    <message>
        <source>%1
Input shape: %2</source>
        <translation>%1
Eingabeform: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — quantizable layers: %2, parameters: %3 (%4 in those layers), input: %5, file size: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — quantisierbare Schichten: %2, Parameter: %3 (%4 in diesen Schichten), Eingabe: %5, Dateigröße: %6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated on %n samples</source>
        <translation>
            <numerusform>Kalibriert auf %n Probe</numerusform>
            <numerusform>Kalibriert auf %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <source>Learn Quantization — Quantscope</source>
        <translation>Quantisierung lernen — Quantscope</translation>
    </message>
    <message>
        <source>Data: loading…</source>
        <translation>Daten: werden geladen…</translation>
    </message>
    <message>
        <source>Data: none. Open a data set with File ▸ Open Data Set… to calibrate.</source>
        <translation>Daten: keine. Zum Kalibrieren einen Datensatz mit Datei ▸ Datensatz öffnen… öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>calibrated on %n samples</source>
        <translation>
            <numerusform>kalibriert auf %n Probe</numerusform>
            <numerusform>kalibriert auf %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <source>not calibrated yet (Tools ▸ Calibrate, Ctrl+K)</source>
        <translation>noch nicht kalibriert (Werkzeuge ▸ Kalibrieren, Strg+K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Daten:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Note: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Hinweis: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Data set: %1
Evaluation: %2 samples</source>
        <translation>Datensatz: %1
Auswertung: %2 Proben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Data set loaded: %1</source>
        <translation>Datensatz geladen: %1</translation>
    </message>
    <message>
        <source>%1[*] — Quantscope</source>
        <translation>%1[*] — Quantscope</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The plan or data set has changed since the project was last saved. Save the project?</source>
        <translation>Der Plan oder der Datensatz hat sich seit dem letzten Speichern des Projekts geändert. Projekt speichern?</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Comparison Dashboard</source>
        <translation>&amp;Vergleichs-Dashboard</translation>
    </message>
</context>
<context>
    <name>qs::ui::MessageBar</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show or hide the details of this message</source>
        <translation>Details dieser Meldung zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>qs::ui::NumberFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× schneller</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1× langsamer</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
</context>
<context>
    <name>qs::ui::NumberLinePlot</name>
    <message>
        <source>Float values (top) and the integers they are stored as (bottom)</source>
        <translation>Float-Werte (oben) und die Ganzzahlen, als die sie gespeichert werden (unten)</translation>
    </message>
    <message>
        <source>float value x</source>
        <translation>Float-Wert x</translation>
    </message>
    <message>
        <source>integer q</source>
        <translation>Ganzzahl q</translation>
    </message>
    <message>
        <source>Drag the min, max and x markers along the float line; click anywhere to move x there</source>
        <translation>Die Markierungen min, max und x entlang der Float-Linie ziehen; ein Klick irgendwo setzt x dorthin</translation>
    </message>
    <message>
        <source>level q ↔ its float value s·(q − z)</source>
        <translation>Stufe q ↔ ihr Float-Wert s·(q − z)</translation>
    </message>
    <message>
        <source>0.0 ↔ zero point z</source>
        <translation>0,0 ↔ Nullpunkt z</translation>
    </message>
    <message>
        <source>value x → its integer q → back to a float</source>
        <translation>Wert x → seine Ganzzahl q → zurück zu einem Float</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
</context>
<context>
    <name>qs::ui::ObserverSqnrPlot</name>
    <message>
        <source>SQNR of the ordinary values (outliers left out) with each observer&apos;s range</source>
        <translation>SQNR der gewöhnlichen Werte (ohne Ausreißer) mit dem Bereich jedes Beobachters</translation>
    </message>
    <message>
        <source>SQNR (dB), higher is better</source>
        <translation>SQNR (dB), höher ist besser</translation>
    </message>
</context>
<context>
    <name>qs::ui::ObserversLesson</name>
    <message>
        <source>MinMax</source>
        <translation>MinMax</translation>
    </message>
    <message>
        <source>Percentile 99.99</source>
        <translation>Perzentil 99,99</translation>
    </message>
    <message>
        <source>Entropy (KL)</source>
        <translation>Entropie (KL)</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Histogram (PyTorch)</source>
        <translation>Histogramm (PyTorch)</translation>
    </message>
    <message>
        <source>Moving-average MinMax</source>
        <translation>Gleitender-Mittelwert-MinMax</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>3. Observers: choosing the range</source>
        <translation>3. Beobachter: den Bereich wählen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before quantizing a tensor, &lt;b&gt;calibration&lt;/b&gt; looks at the values it takes and an &lt;b&gt;observer&lt;/b&gt; chooses its range. The same data, five observers:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MinMax&lt;/b&gt; takes the smallest and largest value seen. Nothing is clipped, but one outlier stretches the range for everybody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Percentile&lt;/b&gt; ignores the most extreme 0.01 %: the range ends where 99.99 % of the values lie inside.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entropy&lt;/b&gt; (TensorRT) picks the range whose quantized histogram loses the least information (smallest KL divergence).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MSE&lt;/b&gt; picks the range with the smallest mean squared quantization error.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Histogram&lt;/b&gt; is PyTorch&apos;s default for activations: it searches its histogram for the range with the smallest L2 error.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; The data has one outlier, 30 standard deviations out. MinMax&apos;s range reaches for it, its step grows with it, and the error of every &lt;i&gt;other&lt;/i&gt; value grows: the SQNR of the ordinary values drops. Percentile, Entropy and PyTorch&apos;s Histogram clip the outlier and keep fine steps for everything else. Set the outliers to 0 and MinMax is fine again.&lt;/p&gt;&lt;p&gt;MSE minimises the error of &lt;i&gt;all&lt;/i&gt; values, the outlier&apos;s included: clipping one value that far out costs so much that it keeps it, like MinMax. Compare the two SQNR columns of the table: over all values, clipping the outlier looks bad; over the ordinary values, it is what keeps them precise. Which matters more depends on the network, which is why the observer is a choice you make per layer.&lt;/p&gt;&lt;p&gt;Each observer&apos;s range is drawn as a bracket above the histogram; the table shows the numbers. The error split and SQNR are as in lesson 2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bevor ein Tensor quantisiert wird, sieht sich die &lt;b&gt;Kalibrierung&lt;/b&gt; die Werte an, die er annimmt, und ein &lt;b&gt;Beobachter&lt;/b&gt; (Observer) wählt seinen Bereich. Dieselben Daten, fünf Beobachter:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MinMax&lt;/b&gt; nimmt den kleinsten und den größten gesehenen Wert. Nichts wird abgeschnitten, aber ein einziger Ausreißer dehnt den Bereich für alle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Perzentil&lt;/b&gt; ignoriert die extremsten 0,01 %: Der Bereich endet dort, wo 99,99 % der Werte innen liegen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entropie&lt;/b&gt; (TensorRT) wählt den Bereich, dessen quantisiertes Histogramm am wenigsten Information verliert (kleinste KL-Divergenz).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MSE&lt;/b&gt; wählt den Bereich mit dem kleinsten mittleren quadratischen Quantisierungsfehler.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Histogramm&lt;/b&gt; ist die Voreinstellung von PyTorch für Aktivierungen: Es durchsucht sein Histogramm nach dem Bereich mit dem kleinsten L2-Fehler.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Probieren Sie es aus.&lt;/b&gt; Die Daten haben einen Ausreißer, 30 Standardabweichungen entfernt. Der Bereich von MinMax reicht bis zu ihm, sein Schritt wächst mit, und der Fehler jedes &lt;i&gt;anderen&lt;/i&gt; Werts wächst: Die SQNR der gewöhnlichen Werte sinkt. Perzentil, Entropie und das Histogramm von PyTorch schneiden den Ausreißer ab und behalten feine Schritte für alles andere. Setzen Sie die Ausreißer auf 0, und MinMax ist wieder gut.&lt;/p&gt;&lt;p&gt;MSE minimiert den Fehler &lt;i&gt;aller&lt;/i&gt; Werte, den des Ausreißers eingeschlossen: Einen so weit entfernten Wert abzuschneiden kostet so viel, dass es ihn behält, wie MinMax. Vergleichen Sie die beiden SQNR-Spalten der Tabelle: Über alle Werte sieht das Abschneiden des Ausreißers schlecht aus; über die gewöhnlichen Werte ist es genau das, was sie präzise hält. Was mehr zählt, hängt vom Netz ab – deshalb ist der Beobachter eine Wahl, die man pro Schicht trifft.&lt;/p&gt;&lt;p&gt;Der Bereich jedes Beobachters ist als Klammer über dem Histogramm gezeichnet; die Tabelle zeigt die Zahlen. Fehleraufteilung und SQNR sind wie in Lektion 2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many values to replace by outliers</source>
        <translation>Wie viele Werte durch Ausreißer ersetzt werden</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>How far out the outliers lie, in standard deviations of the data</source>
        <translation>Wie weit die Ausreißer entfernt liegen, in Standardabweichungen der Daten</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>affin</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>add &amp;outliers</source>
        <translation>&amp;Ausreißer hinzufügen</translation>
    </message>
    <message>
        <source>of si&amp;ze</source>
        <translation>der &amp;Größe</translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation>B&amp;its</translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>The data (count on a log scale) and the range each observer chooses</source>
        <translation>Die Daten (Anzahl auf logarithmischer Skala) und der Bereich, den jeder Beobachter wählt</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>clipped</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>SQNR,
ordinary values</source>
        <translation>SQNR,
gewöhnliche Werte</translation>
    </message>
    <message>
        <source>SQNR,
all values</source>
        <translation>SQNR,
alle Werte</translation>
    </message>
    <message>
        <source>RMSE / scale,
ordinary</source>
        <translation>RMSE / Skala,
gewöhnliche</translation>
    </message>
</context>
<context>
    <name>qs::ui::PerChannelLesson</name>
    <message>
        <source>4. Per tensor or per channel</source>
        <translation>4. Pro Tensor oder pro Kanal</translation>
    </message>
    <message>
        <source>&lt;p&gt;A convolution has one filter per &lt;b&gt;output channel&lt;/b&gt;, and the filters of a trained layer can have quite different sizes: one channel&apos;s weights may span ±0.5, another&apos;s only ±0.1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per tensor&lt;/b&gt;, one scale serves the whole layer. It must cover the largest channel, so a channel with small weights sees only a few of the 256 levels: its weights are rounded to the same handful of values and much of its information is lost.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per channel&lt;/b&gt;, every output channel gets its own scale (here symmetric, as PyTorch&apos;s default for weights: &lt;i&gt;s&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt; = max|&lt;i&gt;w&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt;| / 127.5). Each channel uses all levels for its own range. It costs one scale per channel to store, and since each output channel is computed separately the integer arithmetic stays as simple as before.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Read the plots.&lt;/b&gt; Above: each channel&apos;s [min, max] as a blue bar, and the dashed range one shared scale must cover. Below: every channel&apos;s SQNR with one shared scale (red) and with its own scale (green). The channels with small bars above have the low red bars below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Pick other layers; lower the bits to make the gap bigger. This is why PyTorch quantizes weights per channel by default on x86 and ARM servers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Faltung hat einen Filter pro &lt;b&gt;Ausgabekanal&lt;/b&gt;, und die Filter einer trainierten Schicht können recht unterschiedlich groß sein: Die Gewichte eines Kanals reichen vielleicht über ±0,5, die eines anderen nur über ±0,1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pro Tensor&lt;/b&gt; dient eine Skala der ganzen Schicht. Sie muss den größten Kanal abdecken, daher sieht ein Kanal mit kleinen Gewichten nur wenige der 256 Stufen: Seine Gewichte werden auf dieselbe Handvoll Werte gerundet, und viel seiner Information geht verloren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pro Kanal&lt;/b&gt; bekommt jeder Ausgabekanal seine eigene Skala (hier symmetrisch, wie die Voreinstellung von PyTorch für Gewichte: &lt;i&gt;s&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt; = max|&lt;i&gt;w&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt;| / 127,5). Jeder Kanal nutzt alle Stufen für seinen eigenen Bereich. Das kostet eine Skala pro Kanal an Speicher, und da jeder Ausgabekanal getrennt berechnet wird, bleibt die Ganzzahlarithmetik so einfach wie zuvor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;So liest man die Diagramme.&lt;/b&gt; Oben: der Bereich [min, max] jedes Kanals als blauer Balken und der gestrichelte Bereich, den eine gemeinsame Skala abdecken muss. Unten: die SQNR jedes Kanals mit einer gemeinsamen Skala (rot) und mit seiner eigenen Skala (grün). Die Kanäle mit kleinen Balken oben haben unten die niedrigen roten Balken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Probieren Sie es aus.&lt;/b&gt; Wählen Sie andere Schichten; verringern Sie die Bits, um den Abstand zu vergrößern. Deshalb quantisiert PyTorch Gewichte auf x86- und ARM-Servern standardmäßig pro Kanal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This lesson needs a model with a convolution or linear layer. Open one in the workbench (File ▸ Open, or the demo CNN) and come back.</source>
        <translation>Diese Lektion braucht ein Modell mit einer Faltungs- oder linearen Schicht. Öffnen Sie eines in der Werkbank (Datei ▸ Öffnen oder das Demo-CNN) und kommen Sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Schicht</translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation>B&amp;its</translation>
    </message>
    <message>
        <source>signed, symmetric (PyTorch&apos;s weight default)</source>
        <translation>vorzeichenbehaftet, symmetrisch (Voreinstellung von PyTorch für Gewichte)</translation>
    </message>
    <message>
        <source>One shared scale against a scale per channel</source>
        <translation>Eine gemeinsame Skala gegen eine Skala pro Kanal</translation>
    </message>
    <message>
        <source>shared scale</source>
        <translation>gemeinsame Skala</translation>
    </message>
    <message>
        <source>channel scales</source>
        <translation>Kanalskalen</translation>
    </message>
    <message>
        <source>per tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <source>worst channel</source>
        <translation>schlechtester Kanal</translation>
    </message>
    <message>
        <source>%1 (%2, %3 channels)</source>
        <translation>%1 (%2, %3 Kanäle)</translation>
    </message>
    <message>
        <source>max|w| / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) over the whole layer, %1 levels</source>
        <translation>max|w| / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) über die ganze Schicht, %1 Stufen</translation>
    </message>
    <message>
        <source>the same for each channel: from %1 to %2 (%3× apart)</source>
        <translation>dasselbe für jeden Kanal: von %1 bis %2 (%3× auseinander)</translation>
    </message>
    <message>
        <source>SQNR of the whole layer with one shared scale</source>
        <translation>SQNR der ganzen Schicht mit einer gemeinsamen Skala</translation>
    </message>
    <message>
        <source>SQNR of the whole layer with a scale per channel</source>
        <translation>SQNR der ganzen Schicht mit einer Skala pro Kanal</translation>
    </message>
    <message>
        <source>channel %1 spans only ±%2 steps of the shared scale: %3 shared, %4 with its own scale</source>
        <translation>Kanal %1 umfasst nur ±%2 Schritte der gemeinsamen Skala: %3 gemeinsam, %4 mit eigener Skala</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
</context>
<context>
    <name>qs::ui::PlanEditor</name>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>No selected layer can be set to %1.</source>
        <translation>Keine ausgewählte Schicht kann auf %1 gesetzt werden.</translation>
    </message>
    <message>
        <source>Static int8 runs on Conv and Linear layers, dynamic int8 on Linear, LSTM and GRU layers.</source>
        <translation>Statisches int8 läuft auf Conv- und Linear-Schichten, dynamisches int8 auf Linear-, LSTM- und GRU-Schichten.</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n layers to %2</source>
        <translation>
            <numerusform>%1 von %n Schicht auf %2 setzen</numerusform>
            <numerusform>%1 von %n Schichten auf %2 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the settings of %1 to all %2 layers</source>
        <translation>Die Einstellungen von %1 auf alle %2-Schichten übertragen</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>&amp;Bits</source>
        <translation>&amp;Bits</translation>
    </message>
    <message>
        <source>&amp;Observer</source>
        <translation>&amp;Beobachter</translation>
    </message>
    <message>
        <source>Apply to All &amp;Conv Layers</source>
        <translation>Auf alle &amp;Conv-Schichten anwenden</translation>
    </message>
    <message>
        <source>Conv</source>
        <translation>Conv</translation>
    </message>
    <message>
        <source>Apply to All &amp;Linear Layers</source>
        <translation>Auf alle &amp;Linear-Schichten anwenden</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>&amp;Reset to Plan Defaults</source>
        <translation>Auf die Vorgaben des Plans &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n layers to the plan defaults</source>
        <translation>
            <numerusform>%n Schicht auf die Voreinstellungen des Plans zurücksetzen</numerusform>
            <numerusform>%n Schichten auf die Voreinstellungen des Plans zurücksetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qs::ui::PlotInteraction</name>
    <message>
        <source>%1 %2 to %3: %4 values</source>
        <translation>%1 %2 bis %3: %4 Werte</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>qs::ui::PlotSaving</name>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be written (is the disk full?)</source>
        <translation>das PDF konnte nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>could not replace %1</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Save Plot as PDF</source>
        <translation>Diagramm als PDF speichern</translation>
    </message>
    <message>
        <source>Save Plot as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or free some space.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
</context>
<context>
    <name>qs::ui::PreviousRun</name>
    <message>
        <source>per channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <source>per tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>affin</translation>
    </message>
    <message>
        <source>engine %1 → %2</source>
        <translation>Engine %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 bits</source>
        <translation>%1 → %2 Bit</translation>
    </message>
    <message>
        <source>observer %1 → %2</source>
        <translation>Beobachter %1 → %2</translation>
    </message>
    <message>
        <source>weights %1 → %2</source>
        <translation>Gewichte %1 → %2</translation>
    </message>
    <message>
        <source>activations %1 → %2</source>
        <translation>Aktivierungen %1 → %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>calibrated again</source>
        <translation>neu kalibriert</translation>
    </message>
    <message>
        <source>the same plan</source>
        <translation>derselbe Plan</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>Übereinstimmung %1</translation>
    </message>
    <message>
        <source>output SQNR %1 dB</source>
        <translation>Ausgabe-SQNR %1 dB</translation>
    </message>
    <message>
        <source>file %1 of the original</source>
        <translation>Datei %1 des Originals</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the previous run&lt;/b&gt; (since then: %1): %2. Edit ▸ Undo takes a plan change back.</source>
        <translation>&lt;b&gt;Gegenüber dem vorigen Lauf&lt;/b&gt; (seitdem: %1): %2. Bearbeiten ▸ Rückgängig nimmt eine Planänderung zurück.</translation>
    </message>
    <message>
        <source>top-1 %1 (%2)</source>
        <translation>Top-1 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at batch %2</source>
        <translation>%1 bei Batch %2</translation>
    </message>
</context>
<context>
    <name>qs::ui::ProjectController</name>
    <message>
        <source>Where is %1? (the project&apos;s model has moved)</source>
        <translation>Wo ist %1? (das Modell des Projekts wurde verschoben)</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)</source>
        <translation>TorchScript-Modelle (*.pt *.pth *.ptl *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The project&apos;s model %1 was not found; the project was not opened.</source>
        <translation>Das Modell %1 des Projekts wurde nicht gefunden; das Projekt wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The project&apos;s plan does not fit the model and was not applied: %1</source>
        <translation>Der Plan des Projekts passt nicht zum Modell und wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Open a model before saving a project.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie ein Projekt speichern.</translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation>Das Projekt wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged.</source>
        <translation>Die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Quantscope projects (*.qsproj);;All files (*)</source>
        <translation>Quantscope-Projekte (*.qsproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Quantscope projects (*.qsproj)</source>
        <translation>Quantscope-Projekte (*.qsproj)</translation>
    </message>
</context>
<context>
    <name>qs::ui::QuantizedExporter</name>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No file was written or replaced; the plan and calibration are unchanged.</source>
        <translation>Keine Datei wurde geschrieben oder ersetzt; Plan und Kalibrierung sind unverändert.</translation>
    </message>
    <message>
        <source>Calibrate before exporting (Tools ▸ Calibrate): static int8 layers need their activation ranges.</source>
        <translation>Vor dem Exportieren kalibrieren (Werkzeuge ▸ Kalibrieren): Statische int8-Schichten brauchen ihre Aktivierungsbereiche.</translation>
    </message>
    <message>
        <source>Open a model before exporting.</source>
        <translation>Öffnen Sie ein Modell, bevor Sie exportieren.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Export Quantized Model</source>
        <translation>Quantisiertes Modell exportieren</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt)</source>
        <translation>TorchScript-Modelle (*.pt)</translation>
    </message>
</context>
<context>
    <name>qs::ui::RecentFilesMenu</name>
    <message>
        <source>&amp;Recent Files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>qs::ui::ReportExporter</name>
    <message>
        <source>There is no comparison to report yet: run Tools ▸ Compare (Ctrl+R) first.</source>
        <translation>Es gibt noch keinen Vergleich für einen Bericht: Führen Sie zuerst Werkzeuge ▸ Vergleichen (Strg+R) aus.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged.</source>
        <translation>Die vorherige Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm);;All files (*)</source>
        <translation>HTML-Seiten (*.html *.htm);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>qs::ui::RoundingClippingLesson</name>
    <message>
        <source>2. Rounding and clipping</source>
        <translation>2. Rundung und Abschneiden</translation>
    </message>
    <message>
        <source>&lt;p&gt;With a fixed number of integers, the range you choose decides two kinds of error:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding error&lt;/b&gt;: every value inside the range moves to the nearest level, at most half a step away. A wider range means bigger steps and more rounding error for &lt;i&gt;all&lt;/i&gt; values.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clipping error&lt;/b&gt;: values outside the range are set to its edge. A narrower range clips more values, and a clipped value can be far from its edge.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The &lt;b&gt;clipping threshold&lt;/b&gt; &lt;i&gt;t&lt;/i&gt; keeps [−&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;t&lt;/i&gt;] (never wider than the data). Drag the red &lt;i&gt;clip&lt;/i&gt; lines on the histogram, or click the SQNR plot. The shaded tails are clipped; the grey lines are the levels the integers stand for.&lt;/p&gt;&lt;p&gt;Two numbers summarise the error:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SQNR&lt;/b&gt;, the signal-to-quantization-noise ratio: 20·log&lt;sub&gt;10&lt;/sub&gt;(‖&lt;i&gt;x&lt;/i&gt;‖ / ‖&lt;i&gt;x&lt;/i&gt; − &lt;i&gt;x̂&lt;/i&gt;‖) in decibels. Higher is better; every extra bit adds about 6 dB.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSE / scale&lt;/b&gt;: the typical error in steps. Pure rounding gives 1/√12 ≈ 0.289; much more means clipping hurts.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Start at the full range (no clipping) and move the threshold inwards: the rounding error falls, the clipping error grows, and the SQNR curve has a peak, marked in green. Then pick &lt;i&gt;Normal with 5 large outliers&lt;/i&gt;: covering five values wastes almost all levels on empty space, and clipping them wins by far. Try a real layer&apos;s weights from the open model, and 8 bits instead of 4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei einer festen Zahl von Ganzzahlen entscheidet der gewählte Bereich über zwei Arten von Fehler:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rundungsfehler&lt;/b&gt;: Jeder Wert innerhalb des Bereichs rückt auf die nächste Stufe, höchstens einen halben Schritt entfernt. Ein breiterer Bereich bedeutet größere Schritte und mehr Rundungsfehler für &lt;i&gt;alle&lt;/i&gt; Werte.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Abschneidefehler&lt;/b&gt; (Clipping): Werte außerhalb des Bereichs werden auf seinen Rand gesetzt. Ein schmalerer Bereich schneidet mehr Werte ab, und ein abgeschnittener Wert kann weit von seinem Rand entfernt sein.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die &lt;b&gt;Abschneideschwelle&lt;/b&gt; &lt;i&gt;t&lt;/i&gt; behält [−&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;t&lt;/i&gt;] (nie breiter als die Daten). Ziehen Sie die roten &lt;i&gt;Clip&lt;/i&gt;-Linien im Histogramm oder klicken Sie in das SQNR-Diagramm. Die schattierten Ränder werden abgeschnitten; die grauen Linien sind die Stufen, für die die Ganzzahlen stehen.&lt;/p&gt;&lt;p&gt;Zwei Zahlen fassen den Fehler zusammen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SQNR&lt;/b&gt;, das Signal-Quantisierungsrausch-Verhältnis: 20·log&lt;sub&gt;10&lt;/sub&gt;(‖&lt;i&gt;x&lt;/i&gt;‖ / ‖&lt;i&gt;x&lt;/i&gt; − &lt;i&gt;x̂&lt;/i&gt;‖) in Dezibel. Höher ist besser; jedes zusätzliche Bit bringt etwa 6 dB.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSE / Skala&lt;/b&gt;: der typische Fehler in Schritten. Reine Rundung ergibt 1/√12 ≈ 0,289; deutlich mehr heißt, das Abschneiden schadet.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Probieren Sie es aus.&lt;/b&gt; Beginnen Sie beim vollen Bereich (kein Abschneiden) und schieben Sie die Schwelle nach innen: Der Rundungsfehler sinkt, der Abschneidefehler wächst, und die SQNR-Kurve hat einen Gipfel, grün markiert. Wählen Sie dann &lt;i&gt;Normal mit 5 großen Ausreißern&lt;/i&gt;: Fünf Werte abzudecken verschwendet fast alle Stufen auf leeren Raum, und sie abzuschneiden gewinnt bei Weitem. Probieren Sie die Gewichte einer echten Schicht des geöffneten Modells und 8 statt 4 Bit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>affine</source>
        <translation>affin</translation>
    </message>
    <message>
        <source>Clip at ±t (or drag the clip lines on the histogram)</source>
        <translation>Bei ±t abschneiden (oder die Clip-Linien im Histogramm ziehen)</translation>
    </message>
    <message>
        <source>Use the &amp;best threshold</source>
        <translation>&amp;Beste Schwelle verwenden</translation>
    </message>
    <message>
        <source>&amp;Full range</source>
        <translation>&amp;Voller Bereich</translation>
    </message>
    <message>
        <source>No clipping: the range of the data, as the MinMax observer chooses</source>
        <translation>Kein Abschneiden: der Bereich der Daten, wie ihn der MinMax-Beobachter wählt</translation>
    </message>
    <message>
        <source>&amp;Logarithmic count</source>
        <translation>&amp;Logarithmische Anzahl</translation>
    </message>
    <message>
        <source>Show rare values (outliers) on the count axis</source>
        <translation>Seltene Werte (Ausreißer) auf der Anzahl-Achse zeigen</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation>B&amp;its</translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation>S&amp;chema</translation>
    </message>
    <message>
        <source>clipping &amp;threshold t</source>
        <translation>Abschneide&amp;schwelle t</translation>
    </message>
    <message>
        <source>The values, the clipping range and the quantization levels</source>
        <translation>Die Werte, der Abschneidebereich und die Quantisierungsstufen</translation>
    </message>
    <message>
        <source>Error at this threshold</source>
        <translation>Fehler bei dieser Schwelle</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>scale s, zero point z</source>
        <translation>Skala s, Nullpunkt z</translation>
    </message>
    <message>
        <source>clipped</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>rounding error</source>
        <translation>Rundungsfehler</translation>
    </message>
    <message>
        <source>clipping error</source>
        <translation>Abschneidefehler</translation>
    </message>
    <message>
        <source>total (MSE)</source>
        <translation>gesamt (MSE)</translation>
    </message>
    <message>
        <source>SQNR</source>
        <translation>SQNR</translation>
    </message>
    <message>
        <source>RMSE / scale</source>
        <translation>RMSE / Skala</translation>
    </message>
    <message>
        <source>the data&apos;s range, clipped at ±t = ±%1; %2 levels</source>
        <translation>der Bereich der Daten, abgeschnitten bei ±t = ±%1; %2 Stufen</translation>
    </message>
    <message>
        <source>from that range as in lesson 1 (zero point z = %1)</source>
        <translation>aus diesem Bereich wie in Lektion 1 (Nullpunkt z = %1)</translation>
    </message>
    <message>
        <source>%1 of %2 values lie more than half a step beyond the end levels %3 and %4</source>
        <translation>%1 von %2 Werten liegen mehr als einen halben Schritt jenseits der Endstufen %3 und %4</translation>
    </message>
    <message>
        <source>Σ(x − &lt;i&gt;x̂&lt;/i&gt;)² / n over the values only rounded: %1 of the error</source>
        <translation>Σ(x − &lt;i&gt;x̂&lt;/i&gt;)² / n über die nur gerundeten Werte: %1 des Fehlers</translation>
    </message>
    <message>
        <source>the same over the clipped values: %1 of the error</source>
        <translation>dasselbe über die abgeschnittenen Werte: %1 des Fehlers</translation>
    </message>
    <message>
        <source>mean squared error: rounding + clipping</source>
        <translation>mittlerer quadratischer Fehler: Rundung + Abschneiden</translation>
    </message>
    <message>
        <source>20·log&lt;sub&gt;10&lt;/sub&gt;(‖x‖ / ‖x − &lt;i&gt;x̂&lt;/i&gt;‖)</source>
        <translation>20·log&lt;sub&gt;10&lt;/sub&gt;(‖x‖ / ‖x − &lt;i&gt;x̂&lt;/i&gt;‖)</translation>
    </message>
    <message>
        <source>√MSE / s: the typical error in steps (rounding alone: 0.289)</source>
        <translation>√MSE / s: der typische Fehler in Schritten (Rundung allein: 0,289)</translation>
    </message>
</context>
<context>
    <name>qs::ui::SampleDataPicker</name>
    <message>
        <source>The values to quantize: generated sample data, or a real layer&apos;s weights from the open model</source>
        <translation>Die zu quantisierenden Werte: erzeugte Beispieldaten oder die Gewichte einer echten Schicht des geöffneten Modells</translation>
    </message>
    <message>
        <source>Normal distribution</source>
        <translation>Normalverteilung</translation>
    </message>
    <message>
        <source>Uniform distribution</source>
        <translation>Gleichverteilung</translation>
    </message>
    <message>
        <source>Laplace distribution (heavier tails)</source>
        <translation>Laplace-Verteilung (schwerere Ränder)</translation>
    </message>
    <message>
        <source>Normal with 5 large outliers</source>
        <translation>Normal mit 5 großen Ausreißern</translation>
    </message>
    <message>
        <source>Weights of %1 (%2)</source>
        <translation>Gewichte von %1 (%2)</translation>
    </message>
    <message>
        <source>%1: an evenly spaced sample of %2 of its %3 weights</source>
        <translation>%1: eine gleichmäßig verteilte Auswahl von %2 seiner %3 Gewichte</translation>
    </message>
    <message>
        <source>%1: %2 values</source>
        <translation>%1: %2 Werte</translation>
    </message>
</context>
<context>
    <name>qs::ui::SqnrCurvePlot</name>
    <message>
        <source>Signal-to-quantization-noise ratio against the clipping threshold</source>
        <translation>Signal-Quantisierungsrausch-Verhältnis über der Abschneideschwelle</translation>
    </message>
    <message>
        <source>clipping threshold t (clip at ±t)</source>
        <translation>Abschneideschwelle t (bei ±t abschneiden)</translation>
    </message>
    <message>
        <source>SQNR (dB), higher is better</source>
        <translation>SQNR (dB), höher ist besser</translation>
    </message>
    <message>
        <source>Click to clip at that threshold</source>
        <translation>Klicken, um bei dieser Schwelle abzuschneiden</translation>
    </message>
    <message>
        <source>best: t = %1
%2</source>
        <translation>beste: t = %1
%2</translation>
    </message>
</context>
<context>
    <name>qs::ui::Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>qs::ui::WeightHistogramPlot</name>
    <message>
        <source>&amp;Logarithmic count</source>
        <translation>&amp;Logarithmische Anzahl</translation>
    </message>
    <message>
        <source>Show the count axis on a logarithmic scale, so rare values in the tails are visible</source>
        <translation>Die Anzahl-Achse logarithmisch zeigen, damit seltene Werte in den Rändern sichtbar werden</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole histogram again after zooming (mouse wheel) or panning (drag)</source>
        <translation>Nach Zoomen (Mausrad) oder Verschieben (Ziehen) wieder das ganze Histogramm zeigen</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>min %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>max %1</translation>
    </message>
    <message>
        <source>Weight histogram</source>
        <translation>Gewichtshistogramm</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Weight histogram of &lt;b&gt;%1&lt;/b&gt; (%2 bins)</source>
        <translation>Gewichtshistogramm von &lt;b&gt;%1&lt;/b&gt; (%2 Klassen)</translation>
    </message>
    <message>
        <source>%1
scale %2, zero point %3</source>
        <translation>%1
Skala %2, Nullpunkt %3</translation>
    </message>
    <message>
        <source>Quantization &amp;grid</source>
        <translation>Quantisierungs&amp;raster</translation>
    </message>
    <message>
        <source>Draw a line at the float value of every integer level, s·(q − z): every weight is rounded to the nearest line</source>
        <translation>Eine Linie beim Float-Wert jeder Ganzzahlstufe zeichnen, s·(q − z): Jedes Gewicht wird auf die nächste Linie gerundet</translation>
    </message>
</context>
<context>
    <name>qs::ui::Workbench</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 wird geladen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 was not applied: %2</source>
        <translation>%1 wurde nicht angewendet: %2</translation>
    </message>
    <message>
        <source>The plan stays as it was.</source>
        <translation>Der Plan bleibt, wie er war.</translation>
    </message>
    <message>
        <source>Open a data set before calibrating (File ▸ Open Data Set…).</source>
        <translation>Öffnen Sie einen Datensatz, bevor Sie kalibrieren (Datei ▸ Datensatz öffnen…).</translation>
    </message>
    <message>
        <source>Open a model before calibrating.</source>
        <translation>Vor dem Kalibrieren ein Modell öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrating on %n samples</source>
        <translation>
            <numerusform>Kalibrierung auf %n Probe</numerusform>
            <numerusform>Kalibrierung auf %n Proben</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the data set: %1</source>
        <translation>Der Datensatz konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Calibration failed: %1</source>
        <translation>Kalibrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The previous calibration stays.</source>
        <translation>Die vorige Kalibrierung bleibt erhalten.</translation>
    </message>
    <message>
        <source>the plan has changed since</source>
        <translation>der Plan hat sich geändert, seit</translation>
    </message>
    <message>
        <source>the data set has changed since</source>
        <translation>der Datensatz hat sich geändert, seit</translation>
    </message>
    <message>
        <source>the calibration has changed since</source>
        <translation>die Kalibrierung hat sich geändert, seit</translation>
    </message>
    <message>
        <source>Open a model before %1.</source>
        <translation>Öffnen Sie ein Modell vor dem %1.</translation>
    </message>
    <message>
        <source>Open a data set before %1 (File ▸ Open Data Set…).</source>
        <translation>Öffnen Sie einen Datensatz vor dem %1 (Datei ▸ Datensatz öffnen…).</translation>
    </message>
    <message>
        <source>The data set has no evaluation samples to measure on.</source>
        <translation>Der Datensatz hat keine Auswertungsproben, auf denen gemessen werden kann.</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Comparing original and quantized</source>
        <translation>Original und quantisiertes Modell werden verglichen</translation>
    </message>
    <message>
        <source>analysing sensitivity</source>
        <translation>Analysieren der Sensitivität</translation>
    </message>
    <message>
        <source>Analysing sensitivity</source>
        <translation>Sensitivität wird analysiert</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The previous figures stay.</source>
        <translation>Die vorherigen Zahlen bleiben.</translation>
    </message>
    <message>
        <source>Sensitivity analysis failed: %1</source>
        <translation>Die Sensitivitätsanalyse ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>qs::ui::WorkbenchActions</name>
    <message>
        <source>Exported the quantized model to %1</source>
        <translation>Quantisiertes Modell nach %1 exportiert</translation>
    </message>
    <message>
        <source>Model: %1
Encodings: %2
Plan: %3</source>
        <translation>Modell: %1
Encodings: %2
Plan: %3</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a TorchScript model (.pt) saved with torch.jit.script or torch.jit.trace</source>
        <translation>Ein TorchScript-Modell (.pt) öffnen, gespeichert mit torch.jit.script oder torch.jit.trace</translation>
    </message>
    <message>
        <source>Open &amp;Data Set…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <source>Choose the samples calibration runs on: Fashion-MNIST, IDX files, an image folder or a tensors file, with their mean and std</source>
        <translation>Die Proben wählen, auf denen kalibriert wird: Fashion-MNIST, IDX-Dateien, ein Bildordner oder eine Tensordatei, mit Mittelwert und Standardabweichung</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a .qsproj project: model, data set, plan and calibration settings</source>
        <translation>Ein .qsproj-Projekt öffnen: Modell, Datensatz, Plan und Kalibrierungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Quantized Model…</source>
        <translation>Quantisiertes Modell &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the int8 TorchScript model, its encodings (JSON) and the plan next to each other</source>
        <translation>Das int8-TorchScript-Modell, seine Encodings (JSON) und den Plan nebeneinander schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Layers</source>
        <translation>Schichten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>Run the calibration samples through the model and record every layer&apos;s input and output ranges (Ctrl+K)</source>
        <translation>Die Kalibrierungsproben durch das Modell schicken und die Ein- und Ausgabebereiche jeder Schicht aufzeichnen (Strg+K)</translation>
    </message>
    <message>
        <source>Cancel C&amp;alibration</source>
        <translation>K&amp;alibrierung abbrechen</translation>
    </message>
    <message>
        <source>Stop calibrating; the previous calibration stays</source>
        <translation>Kalibrierung anhalten; die vorherige Kalibrierung bleibt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Learn Quantization</source>
        <translation>Quantisierung &amp;lernen</translation>
    </message>
    <message>
        <source>&amp;About Quantscope</source>
        <translation>Ü&amp;ber Quantscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open a model to calibrate</source>
        <translation>Öffnen Sie ein Modell, um zu kalibrieren</translation>
    </message>
    <message>
        <source>Open a data set to calibrate (File ▸ Open Data Set…)</source>
        <translation>Öffnen Sie einen Datensatz, um zu kalibrieren (Datei ▸ Datensatz öffnen…)</translation>
    </message>
    <message>
        <source>The demo model %1 is not installed. Open a model with File ▸ Open Model… or drop a .pt file onto this window.</source>
        <translation>Das Demomodell %1 ist nicht installiert. Öffnen Sie ein Modell mit Datei ▸ Modell öffnen… oder ziehen Sie eine .pt-Datei auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Demo folder: %1</source>
        <translation>Demo-Ordner: %1</translation>
    </message>
    <message>
        <source>The demo&apos;s data set %1 is not available: %2</source>
        <translation>Der Datensatz %1 der Demo ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)</source>
        <translation>TorchScript-Modelle (*.pt *.pth *.ptl *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Quantscope</source>
        <translation>Über Quantscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for quantizing neural networks: see every layer&apos;s weights, the range an observer picks and the scale and zero point that follow from it.&lt;/p&gt;&lt;p&gt;Built with Qt %2, LibTorch and QCustomPlot. Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Quantisierung neuronaler Netze: die Gewichte jeder Schicht, der Bereich, den ein Beobachter wählt, und die Skala und der Nullpunkt, die daraus folgen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, LibTorch und QCustomPlot. Lizenziert unter der GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exported the comparison report to %1</source>
        <translation>Der Vergleichsbericht wurde nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write the last comparison as one self-contained HTML page</source>
        <translation>Den letzten Vergleich als eine eigenständige HTML-Seite schreiben</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Measure size, speed and accuracy of the original and the quantized model side by side (Ctrl+R)</source>
        <translation>Größe, Geschwindigkeit und Genauigkeit des Original- und des quantisierten Modells nebeneinander messen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel Co&amp;mparison</source>
        <translation>Vergleich abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop comparing; the previous figures stay</source>
        <translation>Vergleich anhalten; die vorherigen Zahlen bleiben</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Sensitivität</translation>
    </message>
    <message>
        <source>Rank the layers by the accuracy their quantization costs and suggest a plan (Ctrl+Shift+R)</source>
        <translation>Die Schichten nach der Genauigkeit ordnen, die ihre Quantisierung kostet, und einen Plan vorschlagen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Cancel Se&amp;nsitivity</source>
        <translation>Sensitivitätsanalyse abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the analysis; the previous figures stay</source>
        <translation>Die Analyse anhalten; die vorherigen Zahlen bleiben</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
</TS>
