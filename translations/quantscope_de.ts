<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>qs::ui::JobRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::JobStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this job; what is open stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerPanel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel, symmetric qint8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest finite weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest finite weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. deviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population standard deviation of the finite weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s MinMaxObserver, quint8 (0 to 255):
scale = (max(max, 0) − min(min, 0)) / 255
zero point = 0 − round(min(min, 0) / scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s MinMaxObserver, qint8 (−128 to 127), symmetric:
scale = max(−min, max) / 127.5
zero point = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch&apos;s PerChannelMinMaxObserver, qint8, symmetric: one scale per output channel, scale = max(−min, max) / 127.5 over that channel&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affine quint8 scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affine quint8 zero point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric qint8 scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric qint8 zero point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (graph op %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, followed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (axis %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-tensor affine quint8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::LayerTableModel</name>
    <message>
        <source>Module path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Called %n times by forward()</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight shape; output channels on axis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias shape: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and biases of this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1, standard deviation %2 (finite weight values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-tensor affine quint8 (PyTorch&apos;s MinMaxObserver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Per-channel symmetric qint8 scales: %1 to %2 over %n channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module path of the layer in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of the weight tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weights and biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest finite weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest finite weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the weights quantized per tensor, affine, to quint8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero point of the weights quantized per tensor, affine, to quint8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::MainWindow</name>
    <message>
        <source>Quantscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TorchScript model (.pt) saved with torch.jit.script or torch.jit.trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quantscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter layers by name or op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo model is not installed. Open a model with File ▸ Open Model… or drop a .pt file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked for cnn.pt in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript models (*.pt *.pth *.ptl *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quantscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quantscope %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for quantizing neural networks: see every layer&apos;s weights, the range an observer picks and the scale and zero point that follow from it.&lt;/p&gt;&lt;p&gt;Built with Qt %2, LibTorch and QCustomPlot. Licensed under the GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Quantscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no quantizable layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is open. Open a TorchScript file with File ▸ Open Model… or drop one onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %n quantizable layer(s), %2 parameters (%3 in those layers), input %4, file %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Input shape: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::MessageBar</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::RecentFilesMenu</name>
    <message>
        <source>&amp;Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::WeightHistogramPlot</name>
    <message>
        <source>&amp;Logarithmic count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the count axis on a logarithmic scale, so rare values in the tails are visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole histogram again after zooming (mouse wheel) or panning (drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights</source>
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
    <message numerus="yes">
        <source>Weight histogram of &lt;b&gt;%1&lt;/b&gt; (%n bin(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>min %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
scale %2
zero point %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qs::ui::Workbench</name>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
