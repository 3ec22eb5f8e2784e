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
        <source>TorchScript model (.pt) to open; the demo model when left out.</source>
        <translation>Zu öffnendes TorchScript-Modell (.pt); ohne Angabe das Demomodell.</translation>
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
        <source>Open &amp;Demo Model</source>
        <translation>&amp;Demomodell öffnen</translation>
    </message>
    <message>
        <source>Open the built-in demo CNN</source>
        <translation>Das mitgelieferte Demo-CNN öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Filter layers by name or op</source>
        <translation>Schichten nach Name oder Op filtern</translation>
    </message>
    <message>
        <source>The demo model is not installed. Open a model with File ▸ Open Model… or drop a .pt file onto this window.</source>
        <translation>Das Demomodell ist nicht installiert. Öffnen Sie ein Modell mit Datei ▸ Modell öffnen… oder ziehen Sie eine .pt-Datei auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Looked for cnn.pt in:
%1</source>
        <translation>cnn.pt wurde gesucht in:
%1</translation>
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
        <translation>&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Quantisierung neuronaler Netze: die Gewichte jeder Schicht, der Bereich, den ein Observer wählt, und die Skala und der Nullpunkt, die daraus folgen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, LibTorch und QCustomPlot. Lizenziert unter der GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Quantscope</source>
        <translation>%1 — Quantscope</translation>
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
        <source>This model has no quantizable layer</source>
        <translation>Dieses Modell hat keine quantisierbare Schicht</translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation>Kein Modell geöffnet</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Layers</source>
        <translation>Schichten &amp;filtern</translation>
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
        <translation>Ansicht &amp;zurücksetzen</translation>
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
</context>
</TS>
