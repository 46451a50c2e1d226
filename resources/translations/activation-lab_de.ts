<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ELU and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SELU and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ReLU and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Leaky ReLU and its derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw f′ dashed, in the colour of f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw f′ in a second plot below f, sharing the x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives in a &amp;separate plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A faint line at the lower asymptote: −α for ELU, −λα for SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lower &amp;asymptotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, Dark, or Presentation (large type and thick lines for a projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left end of the x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right end of the x axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom of the f axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top of the f axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the y axis to the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to x from −5 to 5 with y fitted (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Activation Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type, thick lines, high contrast: for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to x from −5 to 5 with y fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation Lab &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Activation Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>ELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELU α: the negative saturation value is −α. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact ELU α, any value from −100 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU α. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact SELU α, any value from −100 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU λ (scale). Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact SELU λ, any value from 0.01 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α ≈ 1.6733 and λ ≈ 1.0507 (Klambauer et al., 2017): for x ~ N(0, 1), SELU(x) has mean 0 and variance 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to self-normalizing constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact negative slope, any value from −10 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>f′ continuous at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′ jumps at 0: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;middot;&amp;nbsp; mean for &lt;i&gt;x&lt;/i&gt; ~ N(0, 1): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab</name>
    <message>
        <source>ELU α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELU λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Asymptotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Asymptotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives in Separate Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivatives Overlaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::ExplorerController</name>
    <message>
        <source>Reset SELU to Self-Normalizing Constants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Activation Lab is started again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom · Shift+drag to zoom into a rectangle · Home resets the view · F1 for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation Lab Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt;: drag a slider (the curves follow every step) or type an exact value in the box beside it; arrow keys step by 0.01, Page Up/Down by 0.1; ↺ resets one parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plot&lt;/b&gt;: wheel zooms, drag pans, Shift+drag (or right drag) zooms into a rectangle, &lt;b&gt;Home&lt;/b&gt; resets the view. The status bar reads f and f′ of every visible function under the mouse, computed exactly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jumps&lt;/b&gt;: where f′ jumps at 0 a filled dot marks the value f′(0) takes and an open dot the limit it does not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+1/2/3 Light/Dark/Presentation theme, F11 full screen, Ctrl+Q quit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Activation Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab%1&lt;/h3&gt;&lt;p&gt;Explore neural-network activation functions (ELU, SELU, ReLU and Leaky ReLU) and their derivatives, computed exactly.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alab::ParameterPanel</name>
    <message>
        <source>Reset to the default, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
