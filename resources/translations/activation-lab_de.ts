<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Show ELU and its derivative</source>
        <translation>ELU und ihre Ableitung zeigen</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>Show SELU and its derivative</source>
        <translation>SELU und ihre Ableitung zeigen</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>Show ReLU and its derivative</source>
        <translation>ReLU und ihre Ableitung zeigen</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Show Leaky ReLU and its derivative</source>
        <translation>Leaky ReLU und ihre Ableitung zeigen</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Draw f′ dashed, in the colour of f</source>
        <translation>f′ gestrichelt in der Farbe von f zeichnen</translation>
    </message>
    <message>
        <source>Show &amp;derivatives</source>
        <translation>&amp;Ableitungen zeigen</translation>
    </message>
    <message>
        <source>Draw f′ in a second plot below f, sharing the x axis</source>
        <translation>f′ in einem zweiten Diagramm unter f zeichnen, mit gemeinsamer x-Achse</translation>
    </message>
    <message>
        <source>Derivatives in a &amp;separate plot</source>
        <translation>Ableitungen in einem &amp;eigenen Diagramm</translation>
    </message>
    <message>
        <source>A faint line at the lower asymptote: −α for ELU, −λα for SELU</source>
        <translation>Eine blasse Linie an der unteren Asymptote: −α für ELU, −λα für SELU</translation>
    </message>
    <message>
        <source>Show lower &amp;asymptotes</source>
        <translation>Untere &amp;Asymptoten zeigen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Light, Dark, or Presentation (large type and thick lines for a projector)</source>
        <translation>Hell, Dunkel oder Präsentation (große Schrift und dicke Linien für den Beamer)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Left end of the x axis</source>
        <translation>Linkes Ende der x-Achse</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation>Rechtes Ende der x-Achse</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Bottom of the f axis</source>
        <translation>Unteres Ende der f-Achse</translation>
    </message>
    <message>
        <source>Top of the f axis</source>
        <translation>Oberes Ende der f-Achse</translation>
    </message>
    <message>
        <source>Fit the y axis to the curves</source>
        <translation>Die y-Achse an die Kurven anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;y</source>
        <translation>&amp;y anpassen</translation>
    </message>
    <message>
        <source>Back to x from −5 to 5 with y fitted (Home)</source>
        <translation>Zurück zu x von −5 bis 5 mit angepasstem y (Pos1)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>&amp;μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the input z, in steps of 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the input z, in steps of 0.01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the input z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One plot with every histogram, or one plot per function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample count on a logarithmic scale, 10³ … 10⁷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of samples of z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random stream: the same seed gives the same sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of histogram bins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activation Lab</source>
        <translation>Activation Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Large type, thick lines, high contrast: for a projector</source>
        <translation>Große Schrift, dicke Linien, hoher Kontrast: für den Beamer</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to x from −5 to 5 with y fitted</source>
        <translation>Zurück zu x von −5 bis 5 mit angepasstem y</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Activation Lab &amp;Help</source>
        <translation>&amp;Hilfe zu Activation Lab</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Activation Lab</source>
        <translation>Ü&amp;ber Activation Lab</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mean/variance map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Plot as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curve &amp;Data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeanMapView</name>
    <message>
        <source>&amp;ω</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ω = Σ wᵢ: sum of the weights into a unit (0 for normalized weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;τ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ = Σ wᵢ²: sum of the squared weights (1 for normalized weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target μ*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the fixed point to solve for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ν*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance of the fixed point to solve for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solve α, λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the SELU sliders to the α, λ whose fixed point is (μ*, ν*) (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #C0392B; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropagationView</name>
    <message>
        <source>&amp;Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of N(0, 1) input vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight variance: LeCun 1/fan-in, He 2/fan-in, Glorot 2/(fan-in + fan-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the weights and inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance on a logarithmic axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose per-unit mean activations are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth scrubber: the layer whose per-unit mean activations are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #C0392B; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>f′ continuous at 0</source>
        <translation>f′ stetig in 0</translation>
    </message>
    <message>
        <source>f′ jumps at 0: %1 → %2</source>
        <translation>f′ springt in 0: %1 → %2</translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;middot;&amp;nbsp; mean for &lt;i&gt;x&lt;/i&gt; ~ N(0, 1): %1</source>
        <translation> &amp;nbsp;&amp;middot;&amp;nbsp; Mittelwert für &lt;i&gt;x&lt;/i&gt; ~ N(0, 1): %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Wertebereich %1</translation>
    </message>
    <message>
        <source>if</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean/variance map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 4:3 (1600 × 1200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4K (3840 × 2160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, single column (3.5 × 2.625 in, 300 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, double column (7 × 3.5 in, 300 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smooth (C∞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f steps down by %1 at &lt;i&gt;x&lt;/i&gt; = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;middot;&amp;nbsp; not monotonic, minimum %1 at &lt;i&gt;x&lt;/i&gt; = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation Lab scenes (*.alab);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab</name>
    <message>
        <source>Show Derivatives</source>
        <translation>Ableitungen zeigen</translation>
    </message>
    <message>
        <source>Hide Derivatives</source>
        <translation>Ableitungen ausblenden</translation>
    </message>
    <message>
        <source>Show Asymptotes</source>
        <translation>Asymptoten zeigen</translation>
    </message>
    <message>
        <source>Hide Asymptotes</source>
        <translation>Asymptoten ausblenden</translation>
    </message>
    <message>
        <source>Derivatives in Separate Plot</source>
        <translation>Ableitungen in eigenem Diagramm</translation>
    </message>
    <message>
        <source>Derivatives Overlaid</source>
        <translation>Ableitungen überlagert</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
</context>
<context>
    <name>alab::CurvePlot</name>
    <message>
        <source>Curve plot</source>
        <translation>Kurvendiagramm</translation>
    </message>
    <message>
        <source>The visible functions and their derivatives. Arrow keys pan, plus and minus zoom, Home resets.</source>
        <translation>Die sichtbaren Funktionen und ihre Ableitungen. Pfeiltasten verschieben, Plus und Minus zoomen, Pos1 setzt zurück.</translation>
    </message>
</context>
<context>
    <name>alab::DisplayPanel</name>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add GELU, SiLU, Mish, Softplus, tanh, sigmoid, ... to the plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::ExplorerController</name>
    <message>
        <source>Reset SELU to Self-Normalizing Constants</source>
        <translation>SELU auf selbstnormalisierende Konstanten zurücksetzen</translation>
    </message>
    <message>
        <source>Change Histogram Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Propagation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Mean/Variance Map Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 × %4 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::HistogramView</name>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction = 0 (dead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1: %2 % of the samples in [%3, %4] (bar clipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Histograms of f(z)&lt;/b&gt; for %1 samples of z ~ N(%2, %3²) (seed %4): the distribution a layer&apos;s outputs would have. Solid line: sample mean; dashed: exact mean E[f(z)].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Exact means: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;Notice&lt;/b&gt;: %1&apos;s mean %2 is a bias shift the next layer inherits; %3 stays closest to zero (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 outputs exactly 0 for %2 % of the inputs (dead).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used when Activation Lab is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Activation Lab.</translation>
    </message>
</context>
<context>
    <name>alab::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom · Shift+drag to zoom into a rectangle · Home resets the view · F1 for help</source>
        <translation>Ziehen verschiebt · Mausrad zoomt · Umschalt+Ziehen zoomt in ein Rechteck · Pos1 setzt die Ansicht zurück · F1 für Hilfe</translation>
    </message>
    <message>
        <source>Activation Lab Help</source>
        <translation>Hilfe zu Activation Lab</translation>
    </message>
    <message>
        <source>About Activation Lab</source>
        <translation>Über Activation Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab%1&lt;/h3&gt;&lt;p&gt;Explore neural-network activation functions (ELU, SELU, ReLU and Leaky ReLU) and their derivatives, computed exactly.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Lab%1&lt;/h3&gt;&lt;p&gt;Aktivierungsfunktionen neuronaler Netze (ELU, SELU, ReLU und Leaky ReLU) und ihre Ableitungen erkunden, exakt berechnet.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QCustomPlot und Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt;: drag a slider (the curves follow every step) or type an exact value in the box beside it; arrow keys step by 0.01, Page Up/Down by 0.1; ↺ resets one parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plot&lt;/b&gt;: wheel zooms, drag pans, Shift+drag (or right drag) zooms into a rectangle, &lt;b&gt;Home&lt;/b&gt; resets the view; with the plot focused, arrow keys pan and + / − zoom. The status bar reads f and f′ of every visible function under the mouse, computed exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jumps&lt;/b&gt;: where f′ jumps at 0 a filled dot marks the value f′(0) takes and an open dot the limit it does not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+1/2/3 Light/Dark/Presentation theme, F11 full screen, Ctrl+Q quit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Lab&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Parameter&lt;/b&gt;: einen Schieberegler ziehen (die Kurven folgen jedem Schritt) oder einen exakten Wert in das Feld daneben eingeben; Pfeiltasten ändern um 0,01, Bild auf/ab um 0,1; ↺ setzt einen Parameter zurück.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Diagramm&lt;/b&gt;: Mausrad zoomt, Ziehen verschiebt, Umschalt+Ziehen (oder Ziehen mit der rechten Taste) zoomt in ein Rechteck, &lt;b&gt;Pos1&lt;/b&gt; setzt die Ansicht zurück; hat das Diagramm den Fokus, verschieben die Pfeiltasten und + / − zoomen. Die Statusleiste zeigt f und f′ jeder sichtbaren Funktion unter dem Mauszeiger, exakt berechnet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sprünge&lt;/b&gt;: wo f′ in 0 springt, markiert ein gefüllter Punkt den Wert, den f′(0) annimmt, und ein offener Punkt den Grenzwert, den es nicht annimmt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasten&lt;/b&gt;: Strg+Z rückgängig, Strg+Umschalt+Z wiederholen, Strg+1/2/3 Design Hell/Dunkel/Präsentation, F11 Vollbild, Strg+Q beenden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alab::MeanMapView</name>
    <message>
        <source>mean μ of a layer&apos;s inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance ν of a layer&apos;s inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterates from the clicked point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No α, λ for (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solution α = %1, λ = %2 is outside what the SELU controls accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve SELU α, λ for (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The SELU mean/variance map&lt;/b&gt; (Klambauer et al. 2017) for α = %1, λ = %2, ω = %3, τ = %4: each arrow points from the mean μ and variance ν of a layer&apos;s inputs towards those of its outputs. Click the plane to follow the iterates layer by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;Fixed point&lt;/b&gt; (%1, %2): %3 (spectral radius of the Jacobian %4). The arrows form its basin of attraction: activations are pulled back towards it layer after layer, which is why SELU networks stay normalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it attracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;No fixed point&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> From (%1, %2) the iterates reach (%3, %4) after %5 layers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::ParameterPanel</name>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert zurücksetzen, %1</translation>
    </message>
    <message>
        <source>%1 %2. Drag, or use the arrow keys (ଐ.01) and Page Up/Down (ଐ.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1 %2, any value from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to self-normalizing constants</source>
        <translation type="unfinished">Auf die selbstnormalisierenden Konstanten zurücksetzen</translation>
    </message>
    <message>
        <source>α ≈ 1.6733 and λ ≈ 1.0507 (Klambauer et al., 2017): for x ~ N(0, 1), SELU(x) has mean 0 and variance 1</source>
        <translation type="unfinished">α ≈ 1,6733 und λ ≈ 1,0507 (Klambauer et al., 2017): für x ~ N(0, 1) hat SELU(x) den Mittelwert 0 und die Varianz 1</translation>
    </message>
</context>
<context>
    <name>alab::PropagationView</name>
    <message>
        <source>Refused: %1 × %2 activations (width × batch) for %3 layers would need %4 GB of memory, more than the %5 GB this view allows (%6). Lower the batch or the width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean of activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variance of activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction of dead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean activation of a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units (density)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signal propagation&lt;/b&gt; through %1 random layers of width %2 (%3 weights, batch %4 of N(0, 1) inputs, seed %5): mean and variance of all activations and the share of units that output 0 for every input, per layer; bottom right, how the units&apos; mean activations spread at layer %6 (dashed line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mean %2, variance %3, %4 % dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;b&gt;At the last layer computed&lt;/b&gt; (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Notice: a positive mean (ReLU) is a bias shift that every layer passes on; SELU with LeCun weights holds mean 0 and variance 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::SceneDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::SceneFileActions</name>
    <message>
        <source>%1[*] — Activation Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene was not opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scene As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Curve Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
</context>
</TS>
