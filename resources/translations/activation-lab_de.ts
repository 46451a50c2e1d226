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
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>ELU α: the negative saturation value is −α. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation>ELU α: der negative Sättigungswert ist −α. Ziehen, oder mit den Pfeiltasten (±0,01) und Bild auf/ab (±0,1) einstellen.</translation>
    </message>
    <message>
        <source>Exact ELU α, any value from −100 to 100</source>
        <translation>Exaktes ELU α, jeder Wert von −100 bis 100</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>Auf den Standardwert zurücksetzen</translation>
    </message>
    <message>
        <source>↺</source>
        <translation>↺</translation>
    </message>
    <message>
        <source>SELU</source>
        <translation>SELU</translation>
    </message>
    <message>
        <source>SELU α. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation>SELU α. Ziehen, oder mit den Pfeiltasten (±0,01) und Bild auf/ab (±0,1) einstellen.</translation>
    </message>
    <message>
        <source>Exact SELU α, any value from −100 to 100</source>
        <translation>Exaktes SELU α, jeder Wert von −100 bis 100</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>SELU λ (scale). Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation>SELU λ (Skalierung). Ziehen, oder mit den Pfeiltasten (±0,01) und Bild auf/ab (±0,1) einstellen.</translation>
    </message>
    <message>
        <source>Exact SELU λ, any value from 0.01 to 100</source>
        <translation>Exaktes SELU λ, jeder Wert von 0,01 bis 100</translation>
    </message>
    <message>
        <source>α ≈ 1.6733 and λ ≈ 1.0507 (Klambauer et al., 2017): for x ~ N(0, 1), SELU(x) has mean 0 and variance 1</source>
        <translation>α ≈ 1,6733 und λ ≈ 1,0507 (Klambauer et al., 2017): für x ~ N(0, 1) hat SELU(x) den Mittelwert 0 und die Varianz 1</translation>
    </message>
    <message>
        <source>Reset to self-normalizing constants</source>
        <translation>Auf die selbstnormalisierenden Konstanten zurücksetzen</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>Leaky ReLU negative slope. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation>Negative Steigung der Leaky ReLU. Ziehen, oder mit den Pfeiltasten (±0,01) und Bild auf/ab (±0,1) einstellen.</translation>
    </message>
    <message>
        <source>Exact negative slope, any value from −10 to 10</source>
        <translation>Exakte negative Steigung, jeder Wert von −10 bis 10</translation>
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
</context>
<context>
    <name>alab</name>
    <message>
        <source>ELU α</source>
        <translation>ELU α</translation>
    </message>
    <message>
        <source>SELU α</source>
        <translation>SELU α</translation>
    </message>
    <message>
        <source>SELU λ</source>
        <translation>SELU λ</translation>
    </message>
    <message>
        <source>Leaky ReLU slope</source>
        <translation>Steigung der Leaky ReLU</translation>
    </message>
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
    <name>alab::ExplorerController</name>
    <message>
        <source>Reset SELU to Self-Normalizing Constants</source>
        <translation>SELU auf selbstnormalisierende Konstanten zurücksetzen</translation>
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
    <name>alab::ParameterPanel</name>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert zurücksetzen, %1</translation>
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
