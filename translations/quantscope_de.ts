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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set: fashion-mnist, idx:IMAGES[,LABELS], folder:DIR or tensors:FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization plan (JSON) to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to show: weights, activations or error (inspector tabs), or learn (the lessons window, which --screenshot then saves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a job after opening: calibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate on at most N samples (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown job %1 (calibrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calibration-samples takes a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>not a Quantscope project (no JSON object: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Quantscope project (its format is not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project version %1 is not supported (this Quantscope reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project names no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration samples and batch size must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>qs::ui::ActivationHistogramPlot</name>
    <message>
        <source>activation value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count (log)</source>
        <translation>Anzahl (log)</translation>
    </message>
    <message>
        <source>activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: [%2, %3], scale %4, zero point %5, SQNR %6 dB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::ActivationsPanel</name>
    <message>
        <source>How calibration picks this layer&apos;s output range; changing it edits the plan (Edit ▸ Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;other observers</source>
        <translation>&amp;Andere Beobachter zeigen</translation>
    </message>
    <message>
        <source>Draw the range each of the other observers would pick, with its scale, zero point and SQNR (measured at the histogram&apos;s bin centres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>Beo&amp;bachter:</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation type="unfinished">Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Not calibrated yet: Tools ▸ Calibrate (Ctrl+K) runs the data set&apos;s calibration samples through the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward() never reached %1 on the calibration data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, activations %3 %4-bit%5; calibrated on %n samples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> with reduce range (one bit less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: its activations are not quantized with calibrated ranges; the lines show what static int8 would pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of %1 (after the ops it fuses), %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input of %1, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set observer of %1 to %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Gewichtswert</translation>
    </message>
    <message numerus="yes">
        <source>Weight range of each output channel of &lt;b&gt;%1&lt;/b&gt; (%n channels; hover for the channel&apos;s scale)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weight range of each output channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2 to %3, scale %4, zero point %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::ChannelRangesPlot</name>
    <message>
        <source>Weight range of each output channel, and the range one shared scale must cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation type="unfinished">Gewichtswert</translation>
    </message>
    <message>
        <source>a channel&apos;s [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by one shared scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::ChannelSqnrPlot</name>
    <message>
        <source>SQNR of each channel: one shared scale against a scale per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <source>SQNR (dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one shared scale (per tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scale per channel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value for every channel, or one per channel separated by commas. Pixels are scaled to [0, 1] first; inputs become (x − mean) / std.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many samples run through the model when calibrating</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor files (*.pt *.pth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both mean and std, or neither.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::DistributionPlot</name>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation type="unfinished">Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <source>Measuring the weight error of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight error</source>
        <translation>Gewichtsfehler</translation>
    </message>
    <message>
        <source>%1 %2 qint8, %3 bits</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mean channel scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Rounding alone gives errors spread evenly over ±scale/2, an RMSE of 1/√12 ≈ 0.289 × scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The plan keeps this layer in %1: these are the errors int8 weights would have.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::FloatToIntegerLesson</name>
    <message>
        <source>1. From float to integer and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;An 8-bit integer takes one byte instead of the four of a float, and integer arithmetic is cheap. Quantization stores every float &lt;i&gt;x&lt;/i&gt; of a tensor as an integer &lt;i&gt;q&lt;/i&gt;, and keeps two numbers for the whole tensor:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;scale &lt;i&gt;s&lt;/i&gt;&lt;/b&gt;: the float distance between two neighbouring integers, the step size;&lt;/li&gt;&lt;li&gt;&lt;b&gt;zero point &lt;i&gt;z&lt;/i&gt;&lt;/b&gt;: the integer that stands for 0.0.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;There: &lt;b&gt;&lt;i&gt;q&lt;/i&gt; = round(&lt;i&gt;x&lt;/i&gt;/&lt;i&gt;s&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;, clamped to the integer range [Q&lt;sub&gt;min&lt;/sub&gt;, Q&lt;sub&gt;max&lt;/sub&gt;].&lt;br&gt;And back: &lt;b&gt;&lt;i&gt;x̂&lt;/i&gt; = &lt;i&gt;s&lt;/i&gt;·(&lt;i&gt;q&lt;/i&gt; − &lt;i&gt;z&lt;/i&gt;)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The network then computes with &lt;i&gt;x̂&lt;/i&gt; instead of &lt;i&gt;x&lt;/i&gt;; the difference is the quantization error. Inside the range it is at most half a step (rounding); outside it, values are clipped to the edge.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Drag &lt;i&gt;min&lt;/i&gt; and &lt;i&gt;max&lt;/i&gt; on the top line: a wider range means a larger step, so every value is rounded more coarsely. Drag &lt;i&gt;x&lt;/i&gt; and watch which integer it lands on and where it comes back. Lower the bits: fewer levels, bigger steps.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Affine&lt;/b&gt; maps [min, max] as it is. &lt;b&gt;Symmetric&lt;/b&gt; maps [−m, m] with m = max(|min|, |max|), so the zero point is 0 (for signed integers) and the integer maths is cheaper, but a one-sided range wastes half the levels. &lt;b&gt;Narrow range&lt;/b&gt; leaves out the lowest integer, so int8 is [−127, 127] (TFLite&apos;s int8 weights).&lt;/p&gt;&lt;p&gt;&lt;b&gt;PyTorch and the textbook formula.&lt;/b&gt; Many texts, like the blog this project started from, write int8 as [−127, 127] and &lt;i&gt;z&lt;/i&gt; = Q&lt;sub&gt;min&lt;/sub&gt; − min/&lt;i&gt;s&lt;/i&gt; without rounding. PyTorch uses [−128, 127], always stretches the range to include 0, and rounds and clamps &lt;i&gt;z&lt;/i&gt; to an integer, so that 0.0 is stored exactly: zero padding and the zeros after a ReLU stay exactly zero. Both are shown below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch (what Quantscope computes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero point z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x → q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q → &lt;i&gt;x̂&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0 → &lt;i&gt;x̂&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The textbook formula (the seed blog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest float the integers must cover (or drag the min marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest float the integers must cover (or drag the max marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A float value to quantize (or drag the x marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits per integer: 2^bits levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed (qint8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned (quint8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrow range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the lowest integer: int8 becomes [−127, 127]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;value x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 levels: q = %2 … %3 stand for x̂ = %4, %5, … , %6 (steps of s = %7). Floats more than half a step beyond %4 or %6 are clipped to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&lt;sub&gt;min&lt;/sub&gt; … Q&lt;sub&gt;max&lt;/sub&gt; (%1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(max⁺ − min⁻) / (Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;) = (%1 − %2) / (%3 − %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clamp(Q&lt;sub&gt;min&lt;/sub&gt; − round(min⁻/s)) = clamp(%1 − round(%2 / %3)) = clamp(%1 − round(%4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(|min⁻|, max⁺) / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) = %1 / (%2/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric signed: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric unsigned: the middle of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round(%1 / %2) + %3, clamped to %4: &lt;b&gt;clipped&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round(%1 / %2) + %3 = round(%4) + %3 = %5 + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s·(q − z) = %1 · (%2 − %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2, that is %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s·(z − z): 0 is always a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_int … max_int, int8 as [−127, 127]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_int … max_int</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(max − min) / (max_int − min_int) = (%1 − %2) / (%3 − %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_int − min / scale = %1 − %2 / %3, not rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round(x / scale + zero_point) = round(%1 / %2 + %3) = round(%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale·(q − zero_point) = %1 · (%2 − %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;x̂&lt;/i&gt; − x = %1 − %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 → q = %1 → scale·(%1 − %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Here both formulas agree:&lt;/b&gt; the range starts at 0 or is already aligned to the integers, so rounding the zero point changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s symmetric scheme maps [−m, m] with m = max(|min|, |max|) and fixes z, while the blog maps [min, max] onto %1 with a zero point of %2 left unrounded, so 0.0 comes back as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog divides by %1 steps (%2) and leaves the zero point at %3, so 0.0 comes back as %4; PyTorch divides by %5 steps (%6), includes 0 in the range and rounds the zero point to %7, so 0.0 comes back as exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why the two columns differ:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
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
    <name>qs::ui::LayerInspector</name>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s weights: histogram, range and the scale and zero point of each scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Aktivierungen</translation>
    </message>
    <message>
        <source>What calibration saw at the layer&apos;s input and output, and the range each observer picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>The weights&apos; quantization error (float − dequantized) under the plan: histogram, SQNR, RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no quantizable layer</source>
        <translation type="unfinished">Dieses Modell hat keine quantisierbare Schicht</translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation type="unfinished">Kein Modell geöffnet</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Pro Kanal</translation>
    </message>
    <message>
        <source>Each output channel&apos;s min and max, with its own scale on hover</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s default for a %1 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this layer is stored and computed. Double-click or press F2 to change it; the context menu changes every selected layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer bits of the weights and activations: 8 runs on real int8 kernels, fewer bits are simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quantized in this mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calibration picks this layer&apos;s activation range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only static int8 layers have calibrated activation ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer bits of weights and activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calibration picks the activation range (static int8 layers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LearnView</name>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, e.g. for a projector (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonNumbers</name>
    <message>
        <source>∞ dB (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonPage</name>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every control of this lesson back to where it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LessonPlot</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this plot as a PNG image, e.g. for lecture slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Learn Quantization — Quantscope</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not calibrated yet (Tools ▸ Calibrate, Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Data:&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Note: %1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set: %1
Evaluation: %2 samples</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>qs::ui::NumberLinePlot</name>
    <message>
        <source>Float values (top) and the integers they are stored as (bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float value x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the min, max and x markers along the float line; click anywhere to move x there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level q ↔ its float value s·(q − z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0 ↔ zero point z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value x → its integer q → back to a float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::ObserverSqnrPlot</name>
    <message>
        <source>SQNR of the ordinary values (outliers left out) with each observer&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR (dB), higher is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::ObserversLesson</name>
    <message>
        <source>MinMax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile 99.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy (KL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Histogram (PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving-average MinMax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>3. Observers: choosing the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Before quantizing a tensor, &lt;b&gt;calibration&lt;/b&gt; looks at the values it takes and an &lt;b&gt;observer&lt;/b&gt; chooses its range. The same data, five observers:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;MinMax&lt;/b&gt; takes the smallest and largest value seen. Nothing is clipped, but one outlier stretches the range for everybody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Percentile&lt;/b&gt; ignores the most extreme 0.01 %: the range ends where 99.99 % of the values lie inside.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Entropy&lt;/b&gt; (TensorRT) picks the range whose quantized histogram loses the least information (smallest KL divergence).&lt;/li&gt;&lt;li&gt;&lt;b&gt;MSE&lt;/b&gt; picks the range with the smallest mean squared quantization error.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Histogram&lt;/b&gt; is PyTorch&apos;s default for activations: it searches its histogram for the range with the smallest L2 error.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; The data has one outlier, 30 standard deviations out. MinMax&apos;s range reaches for it, its step grows with it, and the error of every &lt;i&gt;other&lt;/i&gt; value grows: the SQNR of the ordinary values drops. Percentile, Entropy and PyTorch&apos;s Histogram clip the outlier and keep fine steps for everything else. Set the outliers to 0 and MinMax is fine again.&lt;/p&gt;&lt;p&gt;MSE minimises the error of &lt;i&gt;all&lt;/i&gt; values, the outlier&apos;s included: clipping one value that far out costs so much that it keeps it, like MinMax. Compare the two SQNR columns of the table: over all values, clipping the outlier looks bad; over the ordinary values, it is what keeps them precise. Which matters more depends on the network, which is why the observer is a choice you make per layer.&lt;/p&gt;&lt;p&gt;Each observer&apos;s range is drawn as a bracket above the histogram; the table shows the numbers. The error split and SQNR are as in lesson 2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many values to replace by outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far out the outliers lie, in standard deviations of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &amp;outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data (count on a log scale) and the range each observer chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR,
ordinary values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR,
all values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE / scale,
ordinary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::PerChannelLesson</name>
    <message>
        <source>4. Per tensor or per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A convolution has one filter per &lt;b&gt;output channel&lt;/b&gt;, and the filters of a trained layer can have quite different sizes: one channel&apos;s weights may span ±0.5, another&apos;s only ±0.1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per tensor&lt;/b&gt;, one scale serves the whole layer. It must cover the largest channel, so a channel with small weights sees only a few of the 256 levels: its weights are rounded to the same handful of values and much of its information is lost.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per channel&lt;/b&gt;, every output channel gets its own scale (here symmetric, as PyTorch&apos;s default for weights: &lt;i&gt;s&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt; = max|&lt;i&gt;w&lt;sub&gt;c&lt;/sub&gt;&lt;/i&gt;| / 127.5). Each channel uses all levels for its own range. It costs one scale per channel to store, and since each output channel is computed separately the integer arithmetic stays as simple as before.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Read the plots.&lt;/b&gt; Above: each channel&apos;s [min, max] as a blue bar, and the dashed range one shared scale must cover. Below: every channel&apos;s SQNR with one shared scale (red) and with its own scale (green). The channels with small bars above have the low red bars below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Pick other layers; lower the bits to make the gap bigger. This is why PyTorch quantizes weights per channel by default on x86 and ARM servers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson needs a model with a convolution or linear layer. Open one in the workbench (File ▸ Open, or the demo CNN) and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, symmetric (PyTorch&apos;s weight default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shared scale against a scale per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max|w| / ((Q&lt;sub&gt;max&lt;/sub&gt; − Q&lt;sub&gt;min&lt;/sub&gt;)/2) over the whole layer, %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same for each channel: from %1 to %2 (%3× apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR of the whole layer with one shared scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR of the whole layer with a scale per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 spans only ±%2 steps of the shared scale: %3 shared, %4 with its own scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::PlanEditor</name>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected layer can be set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static int8 runs on Conv and Linear layers, dynamic int8 on Linear, LSTM and GRU layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n layers to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the settings of %1 to all %2 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to All &amp;Linear Layers</source>
        <translation>Auf alle &amp;Linear-Schichten anwenden</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Plan Defaults</source>
        <translation>Auf die Vorgaben des Plans &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n layers to the plan defaults</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qs::ui::PlotInteraction</name>
    <message>
        <source>%1 %2 to %3: %4 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation type="unfinished">Ansicht &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>qs::ui::ProjectController</name>
    <message>
        <source>Where is %1? (the project&apos;s model has moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)</source>
        <translation type="unfinished">TorchScript-Modelle (*.pt *.pth *.ptl *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s model %1 was not found; the project was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s plan does not fit the model and was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model before saving a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Quantscope projects (*.qsproj);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Quantscope projects (*.qsproj)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate before exporting (Tools ▸ Calibrate): static int8 layers need their activation ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Quantized Model</source>
        <translation>Quantisiertes Modell exportieren</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt)</source>
        <translation type="unfinished"></translation>
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
    <name>qs::ui::RoundingClippingLesson</name>
    <message>
        <source>2. Rounding and clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;With a fixed number of integers, the range you choose decides two kinds of error:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Rounding error&lt;/b&gt;: every value inside the range moves to the nearest level, at most half a step away. A wider range means bigger steps and more rounding error for &lt;i&gt;all&lt;/i&gt; values.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clipping error&lt;/b&gt;: values outside the range are set to its edge. A narrower range clips more values, and a clipped value can be far from its edge.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The &lt;b&gt;clipping threshold&lt;/b&gt; &lt;i&gt;t&lt;/i&gt; keeps [−&lt;i&gt;t&lt;/i&gt;, &lt;i&gt;t&lt;/i&gt;] (never wider than the data). Drag the red &lt;i&gt;clip&lt;/i&gt; lines on the histogram, or click the SQNR plot. The shaded tails are clipped; the grey lines are the levels the integers stand for.&lt;/p&gt;&lt;p&gt;Two numbers summarise the error:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;SQNR&lt;/b&gt;, the signal-to-quantization-noise ratio: 20·log&lt;sub&gt;10&lt;/sub&gt;(‖&lt;i&gt;x&lt;/i&gt;‖ / ‖&lt;i&gt;x&lt;/i&gt; − &lt;i&gt;x̂&lt;/i&gt;‖) in decibels. Higher is better; every extra bit adds about 6 dB.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSE / scale&lt;/b&gt;: the typical error in steps. Pure rounding gives 1/√12 ≈ 0.289; much more means clipping hurts.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Try it.&lt;/b&gt; Start at the full range (no clipping) and move the threshold inwards: the rounding error falls, the clipping error grows, and the SQNR curve has a peak, marked in green. Then pick &lt;i&gt;Normal with 5 large outliers&lt;/i&gt;: covering five values wastes almost all levels on empty space, and clipping them wins by far. Try a real layer&apos;s weights from the open model, and 8 bits instead of 4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip at ±t (or drag the clip lines on the histogram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;best threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clipping: the range of the data, as the MinMax observer chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic count</source>
        <translation type="unfinished">&amp;Logarithmische Anzahl</translation>
    </message>
    <message>
        <source>Show rare values (outliers) on the count axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b&amp;its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;cheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping &amp;threshold t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values, the clipping range and the quantization levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error at this threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale s, zero point z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total (MSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE / scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data&apos;s range, clipped at ±t = ±%1; %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from that range as in lesson 1 (zero point z = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values lie more than half a step beyond the end levels %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ(x − &lt;i&gt;x̂&lt;/i&gt;)² / n over the values only rounded: %1 of the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same over the clipped values: %1 of the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean squared error: rounding + clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20·log&lt;sub&gt;10&lt;/sub&gt;(‖x‖ / ‖x − &lt;i&gt;x̂&lt;/i&gt;‖)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>√MSE / s: the typical error in steps (rounding alone: 0.289)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::SampleDataPicker</name>
    <message>
        <source>The values to quantize: generated sample data, or a real layer&apos;s weights from the open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplace distribution (heavier tails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal with 5 large outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an evenly spaced sample of %2 of its %3 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::SqnrCurvePlot</name>
    <message>
        <source>Signal-to-quantization-noise ratio against the clipping threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping threshold t (clip at ±t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR (dB), higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to clip at that threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best: t = %1
%2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Quantization &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line at the float value of every integer level, s·(q − z): every weight is rounded to the nearest line</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1 was not applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data set before calibrating (File ▸ Open Data Set…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model before calibrating.</source>
        <translation>Vor dem Kalibrieren ein Modell öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrating on %n samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the data set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration failed: %1</source>
        <translation>Kalibrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The previous calibration stays.</source>
        <translation>Die vorige Kalibrierung bleibt erhalten.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished">Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation type="unfinished">Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a TorchScript model (.pt) saved with torch.jit.script or torch.jit.trace</source>
        <translation type="unfinished">Ein TorchScript-Modell (.pt) öffnen, gespeichert mit torch.jit.script oder torch.jit.trace</translation>
    </message>
    <message>
        <source>Open &amp;Data Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the samples calibration runs on: Fashion-MNIST, IDX files, an image folder or a tensors file, with their mean and std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open a .qsproj project: model, data set, plan and calibration settings</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Layers</source>
        <translation type="unfinished">Schichten &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Kalibrieren</translation>
    </message>
    <message>
        <source>Run the calibration samples through the model and record every layer&apos;s input and output ranges (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel C&amp;alibration</source>
        <translation>K&amp;alibrierung abbrechen</translation>
    </message>
    <message>
        <source>Stop calibrating; the previous calibration stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Learn Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quantscope</source>
        <translation type="unfinished">Ü&amp;ber Quantscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished">Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open a model to calibrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data set to calibrate (File ▸ Open Data Set…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo model %1 is not installed. Open a model with File ▸ Open Model… or drop a .pt file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s data set %1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished">Modell öffnen</translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)</source>
        <translation type="unfinished">TorchScript-Modelle (*.pt *.pth *.ptl *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Quantscope</source>
        <translation type="unfinished">Über Quantscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for quantizing neural networks: see every layer&apos;s weights, the range an observer picks and the scale and zero point that follow from it.&lt;/p&gt;&lt;p&gt;Built with Qt %2, LibTorch and QCustomPlot. Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Quantisierung neuronaler Netze: die Gewichte jeder Schicht, der Bereich, den ein Observer wählt, und die Skala und der Nullpunkt, die daraus folgen.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, LibTorch und QCustomPlot. Lizenziert unter der GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
