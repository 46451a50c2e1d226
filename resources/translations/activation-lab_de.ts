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
        <translation>Ab&amp;leitungen zeigen</translation>
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
        <translation>Unte&amp;re Asymptoten zeigen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Des&amp;ign</translation>
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
    <message>
        <source>Draw f″ dotted beside f′, from the exact second derivative (symbolic for typed functions)</source>
        <translation>f″ gepunktet neben f′ zeichnen, aus der exakten zweiten Ableitung (symbolisch bei eingegebenen Funktionen)</translation>
    </message>
    <message>
        <source>Show f″ (second der&amp;ivative)</source>
        <translation>&amp;f″ zeigen (zweite Ableitung)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>&amp;Benutzerdefiniert:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>Resoluti&amp;on:</source>
        <translation>Aufl&amp;ösung:</translation>
    </message>
    <message>
        <source>Also write:</source>
        <translation>Zusätzlich schreiben:</translation>
    </message>
    <message>
        <source>P&amp;NG</source>
        <translation>P&amp;NG</translation>
    </message>
    <message>
        <source>SV&amp;G</source>
        <translation>&amp;SVG</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>PD&amp;F</translation>
    </message>
    <message>
        <source>Transparent bac&amp;kground</source>
        <translation>Transparenter &amp;Hintergrund</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>&amp;μ</source>
        <translation>&amp;μ</translation>
    </message>
    <message>
        <source>Mean of the input z, in steps of 0.01</source>
        <translation>Mittelwert der Eingabe z, in Schritten von 0,01</translation>
    </message>
    <message>
        <source>Mean of the input z</source>
        <translation>Mittelwert der Eingabe z</translation>
    </message>
    <message>
        <source>&amp;σ</source>
        <translation>&amp;σ</translation>
    </message>
    <message>
        <source>Standard deviation of the input z, in steps of 0.01</source>
        <translation>Standardabweichung der Eingabe z, in Schritten von 0,01</translation>
    </message>
    <message>
        <source>Standard deviation of the input z</source>
        <translation>Standardabweichung der Eingabe z</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>An&amp;ordnung</translation>
    </message>
    <message>
        <source>One plot with every histogram, or one plot per function</source>
        <translation>Ein Diagramm mit allen Histogrammen oder ein Diagramm je Funktion</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Überlagert</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>Einzeldiagramme</translation>
    </message>
    <message>
        <source>&amp;N</source>
        <translation>&amp;N</translation>
    </message>
    <message>
        <source>Sample count on a logarithmic scale, 10³ … 10⁷</source>
        <translation>Stichprobenumfang auf logarithmischer Skala, 10³ … 10⁷</translation>
    </message>
    <message>
        <source>Number of samples of z</source>
        <translation>Anzahl der Stichprobenwerte von z</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>Seed of the random stream: the same seed gives the same sample</source>
        <translation>Startwert (Seed) des Zufallsstroms: derselbe Startwert ergibt dieselbe Stichprobe</translation>
    </message>
    <message>
        <source>&amp;Bins</source>
        <translation>K&amp;lassen</translation>
    </message>
    <message>
        <source>Number of histogram bins</source>
        <translation>Anzahl der Histogrammklassen</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Start&amp;wert</translation>
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
        <translation>&amp;Kurven</translation>
    </message>
    <message>
        <source>&amp;Propagation</source>
        <translation>Signala&amp;usbreitung</translation>
    </message>
    <message>
        <source>&amp;Mean/variance map</source>
        <translation>&amp;Mittelwert/Varianz-Abbildung</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Be&amp;ispiele</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Plot as Image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export Curve &amp;Data (CSV)…</source>
        <translation>Kurven&amp;daten exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Histo&amp;grams</source>
        <translation>Histo&amp;gramme</translation>
    </message>
    <message>
        <source>Add &amp;Family…</source>
        <translation>Fa&amp;milie hinzufügen…</translation>
    </message>
    <message>
        <source>One function over several values of a parameter, as that many curves</source>
        <translation>Eine Funktion für mehrere Werte eines Parameters, als ebenso viele Kurven</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;New Function…</source>
        <translation>&amp;Neue Funktion…</translation>
    </message>
    <message>
        <source>Type a function of x, with parameters; f′ and f″ are derived symbolically</source>
        <translation>Eine Funktion von x mit Parametern eingeben; f′ und f″ werden symbolisch abgeleitet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Export &amp;LaTeX (pgfplots)…</source>
        <translation>&amp;LaTeX exportieren (pgfplots)…</translation>
    </message>
    <message>
        <source>Copy as &amp;PyTorch</source>
        <translation>Als &amp;PyTorch kopieren</translation>
    </message>
    <message>
        <source>Copy as NumP&amp;y</source>
        <translation>Als NumP&amp;y kopieren</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projektor</translation>
    </message>
    <message>
        <source>The plot fills the window: the side panel and the formulas are hidden (S shows the sliders over the plot)</source>
        <translation>Das Diagramm füllt das Fenster: Seitenleiste und Formeln sind ausgeblendet (S zeigt die Regler über dem Diagramm)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Sliders over the Plot</source>
        <translation>Regler ü&amp;ber dem Diagramm</translation>
    </message>
    <message>
        <source>In projector mode: the sliders as a panel over the plot (S again or Esc hides it)</source>
        <translation>Im Projektormodus: die Regler als Leiste über dem Diagramm (erneut S oder Esc blendet sie aus)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Use the Scene&apos;s T&amp;heme</source>
        <translation>Design der Sz&amp;ene verwenden</translation>
    </message>
    <message>
        <source>Opening a scene applies the theme stored in it; off, scenes open in the theme on screen</source>
        <translation>Beim Öffnen einer Szene gilt das in ihr gespeicherte Design; sonst öffnen Szenen im aktuellen Design</translation>
    </message>
    <message>
        <source>&amp;Present Lecture…</source>
        <translation>Vortrag &amp;halten…</translation>
    </message>
    <message>
        <source>Step through a lecture&apos;s scenes full screen (Page Down / Page Up, B blacks the screen, Esc leaves)</source>
        <translation>Die Szenen eines Vortrags im Vollbild durchgehen (Bild ab / Bild auf, B schwärzt den Bildschirm, Esc beendet)</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
</context>
<context>
    <name>MeanMapView</name>
    <message>
        <source>&amp;ω</source>
        <translation>&amp;ω</translation>
    </message>
    <message>
        <source>ω = Σ wᵢ: sum of the weights into a unit (0 for normalized weights)</source>
        <translation>ω = Σ wᵢ: Summe der Eingangsgewichte einer Einheit (0 bei normierten Gewichten)</translation>
    </message>
    <message>
        <source>&amp;τ</source>
        <translation>&amp;τ</translation>
    </message>
    <message>
        <source>τ = Σ wᵢ²: sum of the squared weights (1 for normalized weights)</source>
        <translation>τ = Σ wᵢ²: Summe der quadrierten Gewichte (1 bei normierten Gewichten)</translation>
    </message>
    <message>
        <source>Target μ*</source>
        <translation>Ziel-μ*</translation>
    </message>
    <message>
        <source>Mean of the fixed point to solve for</source>
        <translation>Mittelwert des gesuchten Fixpunkts</translation>
    </message>
    <message>
        <source>ν*</source>
        <translation>ν*</translation>
    </message>
    <message>
        <source>Variance of the fixed point to solve for</source>
        <translation>Varianz des gesuchten Fixpunkts</translation>
    </message>
    <message>
        <source>Set the SELU sliders to the α, λ whose fixed point is (μ*, ν*) (undoable)</source>
        <translation>Die SELU-Regler auf die α, λ setzen, deren Fixpunkt (μ*, ν*) ist (rückgängig machbar)</translation>
    </message>
    <message>
        <source>color: #C0392B; font-weight: bold;</source>
        <translation>color: #C0392B; font-weight: bold;</translation>
    </message>
    <message>
        <source>So&amp;lve α, λ</source>
        <translation>α, λ be&amp;stimmen</translation>
    </message>
</context>
<context>
    <name>PropagationView</name>
    <message>
        <source>Number of layers</source>
        <translation>Anzahl der Schichten</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>B&amp;reite</translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation>Einheiten je Schicht</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>Bat&amp;ch</translation>
    </message>
    <message>
        <source>Number of N(0, 1) input vectors</source>
        <translation>Anzahl der N(0, 1)-Eingabevektoren</translation>
    </message>
    <message>
        <source>&amp;Init</source>
        <translation>&amp;Initialisierung</translation>
    </message>
    <message>
        <source>Weight variance: LeCun 1/fan-in, He 2/fan-in, Glorot 2/(fan-in + fan-out)</source>
        <translation>Gewichtsvarianz: LeCun 1/fan-in, He 2/fan-in, Glorot 2/(fan-in + fan-out)</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Glorot</source>
        <translation>Glorot</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>Seed of the weights and inputs</source>
        <translation>Startwert (Seed) der Gewichte und Eingaben</translation>
    </message>
    <message>
        <source>Variance on a logarithmic axis</source>
        <translation>Varianz auf logarithmischer Achse</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Schicht</translation>
    </message>
    <message>
        <source>The layer whose per-unit mean activations are shown</source>
        <translation>Die Schicht, deren mittlere Aktivierungen je Einheit gezeigt werden</translation>
    </message>
    <message>
        <source>Depth scrubber: the layer whose per-unit mean activations are shown</source>
        <translation>Tiefenregler: die Schicht, deren mittlere Aktivierungen je Einheit gezeigt werden</translation>
    </message>
    <message>
        <source>color: #C0392B; font-weight: bold;</source>
        <translation>color: #C0392B; font-weight: bold;</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>L&amp;og variance</source>
        <translation>Varianz &amp;logarithmisch</translation>
    </message>
    <message>
        <source>&amp;Gain</source>
        <translation>&amp;Verstärkung</translation>
    </message>
    <message>
        <source>Multiplies the standard deviation of the weights that Init gives (CS231n&apos;s 0.01 randn at width 500 is LeCun with gain 0.2236)</source>
        <translation>Multipliziert die Standardabweichung der Gewichte aus der Initialisierung (CS231n: 0,01·randn bei Breite 500 ist LeCun mit Verstärkung 0,2236)</translation>
    </message>
    <message>
        <source>Bias s&amp;td</source>
        <translation>Bias-Standardab&amp;weichung</translation>
    </message>
    <message>
        <source>Standard deviation of the biases, drawn from N(0, s²); 0 for zero biases</source>
        <translation>Standardabweichung der Biases, gezogen aus N(0, s²); 0 für Biases gleich null</translation>
    </message>
    <message>
        <source>&amp;Keeps the variance:</source>
        <translation>&amp;Erhält die Varianz:</translation>
    </message>
    <message>
        <source>The curve whose variance-keeping gain is shown</source>
        <translation>Die Kurve, deren varianzerhaltende Verstärkung gezeigt wird</translation>
    </message>
    <message>
        <source>g = 1/√E[f(z)²] for z ~ N(0, 1): weights with standard deviation g/√fan-in keep N(0, 1) pre-activations at variance 1. In brackets, torch.nn.init.calculate_gain where PyTorch has one: other values for tanh (5/3) and SELU (3/4), chosen by other arguments than the variance.</source>
        <translation>g = 1/√E[f(z)²] für z ~ N(0, 1): Gewichte mit Standardabweichung g/√fan-in halten N(0, 1)-Voraktivierungen bei Varianz 1. In Klammern torch.nn.init.calculate_gain, wo PyTorch einen Wert hat: andere Werte für tanh (5/3) und SELU (3/4), aus anderen Gründen als der Varianz gewählt.</translation>
    </message>
    <message>
        <source>&amp;Use this gain</source>
        <translation>Diese Verstärkung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Set Gain to the variance-keeping gain of the chosen curve (with the LeCun init it keeps the variance)</source>
        <translation>Verstärkung auf den varianzerhaltenden Wert der gewählten Kurve setzen (mit LeCun-Initialisierung bleibt die Varianz erhalten)</translation>
    </message>
    <message>
        <source>I&amp;nit</source>
        <translation>I&amp;nitialisierung</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>G&amp;ain</source>
        <translation>&amp;Verstärkung</translation>
    </message>
    <message>
        <source>Bias st&amp;d</source>
        <translation>Bias-S&amp;tandardabweichung</translation>
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
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Signalausbreitung</translation>
    </message>
    <message>
        <source>Mean/variance map</source>
        <translation>Mittelwert/Varianz-Abbildung</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Folie 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Slide 4:3 (1600 × 1200)</source>
        <translation>Folie 4:3 (1600 × 1200)</translation>
    </message>
    <message>
        <source>4K (3840 × 2160)</source>
        <translation>4K (3840 × 2160)</translation>
    </message>
    <message>
        <source>Paper, single column (3.5 × 2.625 in, 300 dpi)</source>
        <translation>Artikel, einspaltig (3,5 × 2,625 in, 300 dpi)</translation>
    </message>
    <message>
        <source>Paper, double column (7 × 3.5 in, 300 dpi)</source>
        <translation>Artikel, zweispaltig (7 × 3,5 in, 300 dpi)</translation>
    </message>
    <message>
        <source>smooth (C∞)</source>
        <translation>glatt (C∞)</translation>
    </message>
    <message>
        <source>f steps down by %1 at &lt;i&gt;x&lt;/i&gt; = %2</source>
        <translation>f springt bei &lt;i&gt;x&lt;/i&gt; = %2 um %1 nach unten</translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;middot;&amp;nbsp; not monotonic, minimum %1 at &lt;i&gt;x&lt;/i&gt; = %2</source>
        <translation> &amp;nbsp;&amp;middot;&amp;nbsp; nicht monoton, Minimum %1 bei &lt;i&gt;x&lt;/i&gt; = %2</translation>
    </message>
    <message>
        <source>Activation Lab scenes (*.alab);;JSON (*.json);;All files (*)</source>
        <translation>Activation-Lab-Szenen (*.alab);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>smooth (C∞) where defined</source>
        <translation>glatt (C∞), wo definiert</translation>
    </message>
    <message>
        <source>f′ jumps at &lt;i&gt;x&lt;/i&gt; = %1: %2 → %3</source>
        <translation>f′ springt bei &lt;i&gt;x&lt;/i&gt; = %1: %2 → %3</translation>
    </message>
    <message>
        <source>f′ continuous where its branches switch</source>
        <translation>f′ stetig, wo die Zweige wechseln</translation>
    </message>
    <message>
        <source>On [%1, %2]: &lt;i&gt;f&lt;/i&gt; %3; &lt;i&gt;f&lt;/i&gt;′ %4 (measured against quad precision)</source>
        <translation>Auf [%1, %2]: &lt;i&gt;f&lt;/i&gt; %3; &lt;i&gt;f&lt;/i&gt;′ %4 (gemessen gegen Vierfachgenauigkeit)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
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
    <message>
        <source>Show Second Derivatives</source>
        <translation>Zweite Ableitungen zeigen</translation>
    </message>
    <message>
        <source>Hide Second Derivatives</source>
        <translation>Zweite Ableitungen ausblenden</translation>
    </message>
</context>
<context>
    <name>alab::AnimationSection</name>
    <message>
        <source>&amp;Animation</source>
        <translation>Ani&amp;mation</translation>
    </message>
    <message>
        <source>Tick to export an animation: GIF, MP4, or a PDF with a page per frame</source>
        <translation>Ankreuzen, um eine Animation zu exportieren: GIF, MP4 oder ein PDF mit einer Seite pro Bild</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>%v of %m frames</source>
        <translation>%v von %m Bildern</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>F&amp;rom, to:</source>
        <translation>&amp;Von, bis:</translation>
    </message>
    <message>
        <source>Fra&amp;mes:</source>
        <translation>Bilde&amp;r:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The visible curves have no parameter to animate</source>
        <translation>Die sichtbaren Kurven haben keinen Parameter zum Animieren</translation>
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
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Add GELU, SiLU, Mish, Softplus, tanh, sigmoid, ... to the plot</source>
        <translation>GELU, SiLU, Mish, Softplus, tanh, sigmoid, ... zum Diagramm hinzufügen</translation>
    </message>
    <message>
        <source>Family…</source>
        <translation>Familie…</translation>
    </message>
    <message>
        <source>One function over several values of a parameter, as that many curves</source>
        <translation>Eine Funktion für mehrere Werte eines Parameters, als ebenso viele Kurven</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Type a function of x, with parameters and symbolic derivatives</source>
        <translation>Eine Funktion von x eingeben, mit Parametern und symbolischen Ableitungen</translation>
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
        <translation>Histogramm-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change Propagation Settings</source>
        <translation>Einstellungen der Signalausbreitung ändern</translation>
    </message>
    <message>
        <source>Change Mean/Variance Map Settings</source>
        <translation>Einstellungen der Mittelwert/Varianz-Abbildung ändern</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>%1 has no parameter %2</source>
        <translation>%1 hat keinen Parameter %2</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>%1 curves and %2 more are more than the %3 a scene may hold</source>
        <translation>%1 Kurven und %2 weitere sind mehr als die %3, die eine Szene fassen kann</translation>
    </message>
    <message>
        <source>%1 = %2 is outside %3…%4</source>
        <translation>%1 = %2 liegt außerhalb von %3…%4</translation>
    </message>
    <message>
        <source>Add %1 Family (%2 Curves)</source>
        <translation>%1-Familie hinzufügen (%2 Kurven)</translation>
    </message>
    <message>
        <source>no such curve</source>
        <translation>keine solche Kurve</translation>
    </message>
    <message>
        <source>The label has %1 bytes; a label may have at most %2.</source>
        <translation>Die Beschriftung hat %1 Bytes; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
</context>
<context>
    <name>alab::ExportDialog</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector graphics</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3 × %4 in</source>
        <translation>%1 × %2 px, %3 × %4 in</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Bitte eine Zieldatei für den Export wählen.</translation>
    </message>
    <message>
        <source>The figure was not exported: %1</source>
        <translation>Die Abbildung wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF-Animation</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4-Video (H.264)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf);;GIF animation (*.gif);;MP4 video (*.mp4)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf);;GIF-Animation (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>The visible curves have no parameter to animate.</source>
        <translation>Die sichtbaren Kurven haben keinen Parameter zum Animieren.</translation>
    </message>
    <message>
        <source>A GIF or MP4 is an animation: tick Animation.</source>
        <translation>Ein GIF oder MP4 ist eine Animation: Animation ankreuzen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written</source>
        <translation>Abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>The animation was not exported: %1</source>
        <translation>Die Animation wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>the figure is too large to preview</source>
        <translation>die Abbildung ist zu groß für eine Vorschau</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Written: %1. Not written: %2</source>
        <translation>Geschrieben: %1. Nicht geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>alab::FamilyDialog</name>
    <message>
        <source>Add Family</source>
        <translation>Familie hinzufügen</translation>
    </message>
    <message>
        <source>A list, 0.25, 0.5, 1, 2, or a range from:step:to, 0.25:0.25:2</source>
        <translation>Eine Liste, 0.25, 0.5, 1, 2, oder ein Bereich von:Schritt:bis, 0.25:0.25:2</translation>
    </message>
    <message>
        <source>&amp;Replace the function&apos;s curves</source>
        <translation>&amp;Kurven der Funktion ersetzen</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>Add Curves</source>
        <translation>Kurven hinzufügen</translation>
    </message>
    <message>
        <source>1 curve: %1 = %2</source>
        <translation>1 Kurve: %1 = %2</translation>
    </message>
    <message>
        <source>%1 curves: %2 = %3</source>
        <translation>%1 Kurven: %2 = %3</translation>
    </message>
</context>
<context>
    <name>alab::HistogramView</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source> Exact means: %1.</source>
        <translation> Exakte Mittelwerte: %1.</translation>
    </message>
    <message>
        <source> %1 outputs exactly 0 for %2 % of the inputs (dead).</source>
        <translation> %1 gibt für %2 % der Eingaben exakt 0 aus (tot).</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Exact
mean</source>
        <translation>Exakter
Mittelwert</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>Exact
variance</source>
        <translation>Exakte
Varianz</translation>
    </message>
    <message>
        <source>Share
&lt; 0</source>
        <translation>Anteil
&lt; 0</translation>
    </message>
    <message>
        <source>Share = 0
(dead)</source>
        <translation>Anteil = 0
(tot)</translation>
    </message>
    <message>
        <source>Histogram plot</source>
        <translation>Histogramm-Diagramm</translation>
    </message>
    <message>
        <source>↑ %1: %2 % of the samples in [%3, %4)</source>
        <translation>↑ %1: %2 % der Stichprobe in [%3, %4)</translation>
    </message>
    <message>
        <source>, %1 % exactly 0</source>
        <translation>, %1 % genau 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;Histograms of f(z)&lt;/b&gt; for %1 samples of z ~ N(%2, %3²) (seed %4): the distribution a layer&apos;s outputs would have. Solid line rising from the axis to a dot: sample mean; dashed arrow from the top: exact mean E[f(z)].</source>
        <translation>&lt;b&gt;Histogramme von f(z)&lt;/b&gt; für eine Stichprobe von %1 Werten z ~ N(%2, %3²) (Startwert %4): die Verteilung, die die Ausgaben einer Schicht hätten. Durchgezogene Linie von der Achse bis zum Punkt: Stichprobenmittelwert; gestrichelter Pfeil von oben: exakter Mittelwert E[f(z)].</translation>
    </message>
    <message>
        <source>%1&apos;s mean %2 is a bias shift the next layer inherits</source>
        <translation>der Mittelwert %2 von %1 ist eine Verschiebung (Bias), die die nächste Schicht erbt</translation>
    </message>
    <message>
        <source>%1 stays close to zero (%2)</source>
        <translation>%1 bleibt nahe bei null (%2)</translation>
    </message>
    <message>
        <source>no mean is near zero; %1&apos;s is the smallest in size (%2)</source>
        <translation>kein Mittelwert liegt nahe bei null; der von %1 ist betragsmäßig am kleinsten (%2)</translation>
    </message>
    <message>
        <source> &lt;b&gt;Notice&lt;/b&gt;: %1.</source>
        <translation> &lt;b&gt;Hinweis&lt;/b&gt;: %1.</translation>
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
        <source>&lt;h3&gt;Activation Lab&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Functions&lt;/b&gt;: tick ELU, SELU, ReLU and Leaky ReLU; &lt;b&gt;Compare with…&lt;/b&gt; adds GELU, SiLU, Mish, Softplus, CELU, PReLU, tanh and sigmoid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameters&lt;/b&gt;: drag a slider (every view follows every step) or type an exact value in the box beside it; arrow keys step by 0.01, Page Up/Down by 0.1; ↺ resets one parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Curves&lt;/b&gt;: wheel zooms, drag pans, Shift+drag (or right drag) zooms into a rectangle, &lt;b&gt;Home&lt;/b&gt; resets the view; with the plot focused, arrow keys pan and + / − zoom. The status bar reads f and f′ of every visible function under the mouse, computed exactly. Where f′ jumps at 0 a filled dot marks the value f′(0) takes and an open dot the limit it does not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Histograms&lt;/b&gt;: f(z) for z ~ N(μ, σ²), sampled once with the seed; solid line: sample mean, dashed: exact mean. Parameter changes re-apply f to the same sample.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Propagation&lt;/b&gt;: mean, variance and dead units per layer of a random deep network, computed in the background; the layer slider shows the units&apos; mean activations at one layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mean/variance map&lt;/b&gt;: where one SELU layer sends the mean and variance of its inputs; click the plane to follow the iterates to the fixed point.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files&lt;/b&gt;: Ctrl+S saves the scene, Ctrl+O opens one, Ctrl+E exports a figure (PNG, SVG, PDF), Ctrl+Shift+C copies the plot.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+Tab next view, Ctrl+1/2/3 Light/Dark/Presentation theme, F11 full screen, Ctrl+Q quit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Lab&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Funktionen&lt;/b&gt;: ELU, SELU, ReLU und Leaky ReLU ankreuzen; &lt;b&gt;Vergleichen mit…&lt;/b&gt; fügt GELU, SiLU, Mish, Softplus, CELU, PReLU, tanh und sigmoid hinzu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Parameter&lt;/b&gt;: einen Schieberegler ziehen (jede Ansicht folgt jedem Schritt) oder einen exakten Wert in das Feld daneben eingeben; Pfeiltasten ändern um 0,01, Bild auf/ab um 0,1; ↺ setzt einen Parameter zurück.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kurven&lt;/b&gt;: Mausrad zoomt, Ziehen verschiebt, Umschalt+Ziehen (oder Ziehen mit der rechten Taste) zoomt in ein Rechteck, &lt;b&gt;Pos1&lt;/b&gt; setzt die Ansicht zurück; hat das Diagramm den Fokus, verschieben die Pfeiltasten und + / − zoomen. Die Statusleiste zeigt f und f′ jeder sichtbaren Funktion unter dem Mauszeiger, exakt berechnet. Wo f′ in 0 springt, markiert ein gefüllter Punkt den Wert, den f′(0) annimmt, und ein offener Punkt den Grenzwert, den es nicht annimmt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Histogramme&lt;/b&gt;: f(z) für z ~ N(μ, σ²), einmal mit dem Startwert gezogen; durchgezogene Linie: Stichprobenmittelwert, gestrichelt: exakter Mittelwert. Parameteränderungen wenden f auf dieselbe Stichprobe an.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Signalausbreitung&lt;/b&gt;: Mittelwert, Varianz und tote Einheiten je Schicht eines zufälligen tiefen Netzes, im Hintergrund berechnet; der Schicht-Regler zeigt die mittleren Aktivierungen der Einheiten einer Schicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mittelwert/Varianz-Abbildung&lt;/b&gt;: wohin eine SELU-Schicht Mittelwert und Varianz ihrer Eingaben abbildet; ein Klick in die Ebene verfolgt die Iterierten bis zum Fixpunkt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dateien&lt;/b&gt;: Strg+S speichert die Szene, Strg+O öffnet eine, Strg+E exportiert eine Abbildung (PNG, SVG, PDF), Strg+Umschalt+C kopiert das Diagramm.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasten&lt;/b&gt;: Strg+Z rückgängig, Strg+Umschalt+Z wiederholen, Strg+Tab nächste Ansicht, Strg+1/2/3 Design Hell/Dunkel/Präsentation, F11 Vollbild, Strg+Q beenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Lab%1&lt;/h3&gt;&lt;p&gt;Explore, teach and export plots of neural-network activation functions (ELU, SELU, ReLU, Leaky ReLU and the functions they are compared with) and their derivatives, computed exactly, and see what they do to normal inputs and to deep networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2, QCustomPlot and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Lab%1&lt;/h3&gt;&lt;p&gt;Aktivierungsfunktionen neuronaler Netze (ELU, SELU, ReLU, Leaky ReLU und die Funktionen, mit denen man sie vergleicht) und ihre Ableitungen erkunden, lehren und als Abbildungen exportieren, exakt berechnet, und sehen, was sie mit normalverteilten Eingaben und tiefen Netzen machen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, QCustomPlot und Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Activation Lab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Activation Lab ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;https://www.gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The parameter sliders move the histograms without resampling · μ, σ, N and the seed draw a new sample · F1 for help</source>
        <translation>Die Parameter-Schieberegler bewegen die Histogramme ohne neue Stichprobe · μ, σ, N und der Startwert ziehen eine neue Stichprobe · F1 für Hilfe</translation>
    </message>
    <message>
        <source>Every change restarts the run · the depth scrubber picks the layer whose unit means are shown · F1 for help</source>
        <translation>Jede Änderung startet die Rechnung neu · der Tiefenregler wählt die Schicht, deren Einheitenmittel gezeigt werden · F1 für Hilfe</translation>
    </message>
    <message>
        <source>Click the plane to follow the iterates from that point · Solve α, λ moves SELU&apos;s fixed point · F1 for help</source>
        <translation>Klick in die Ebene verfolgt die Iterierten ab diesem Punkt · „α, λ bestimmen“ verschiebt den Fixpunkt von SELU · F1 für Hilfe</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Nächste Ansicht</translation>
    </message>
    <message>
        <source>Pre&amp;vious View</source>
        <translation>Vor&amp;ige Ansicht</translation>
    </message>
    <message>
        <source>Present Lecture</source>
        <translation>Vortrag halten</translation>
    </message>
    <message>
        <source>The lecture was not opened.

%1</source>
        <translation>Der Vortrag wurde nicht geöffnet.

%1</translation>
    </message>
</context>
<context>
    <name>alab::MeanMapView</name>
    <message>
        <source>mean μ of a layer&apos;s inputs</source>
        <translation>Mittelwert μ der Eingaben einer Schicht</translation>
    </message>
    <message>
        <source>variance ν of a layer&apos;s inputs</source>
        <translation>Varianz ν der Eingaben einer Schicht</translation>
    </message>
    <message>
        <source>iterates from the clicked point</source>
        <translation>Iterierte ab dem angeklickten Punkt</translation>
    </message>
    <message>
        <source>fixed point</source>
        <translation>Fixpunkt</translation>
    </message>
    <message>
        <source>No α, λ for (%1, %2): %3</source>
        <translation>Keine α, λ für (%1, %2): %3</translation>
    </message>
    <message>
        <source>The solution α = %1, λ = %2 is outside what the SELU controls accept.</source>
        <translation>Die Lösung α = %1, λ = %2 liegt außerhalb des Bereichs, den die SELU-Regler annehmen.</translation>
    </message>
    <message>
        <source>Solve SELU α, λ for (%1, %2)</source>
        <translation>SELU α, λ für (%1, %2) bestimmen</translation>
    </message>
    <message>
        <source>it attracts</source>
        <translation>er ist anziehend</translation>
    </message>
    <message>
        <source>it repels</source>
        <translation>er ist abstoßend</translation>
    </message>
    <message>
        <source> From (%1, %2) the iterates reach (%3, %4) after %5 layers.</source>
        <translation> Von (%1, %2) aus erreichen die Iterierten nach %5 Schichten (%3, %4).</translation>
    </message>
    <message>
        <source>Mean/variance map plot</source>
        <translation>Diagramm der Mittelwert/Varianz-Abbildung</translation>
    </message>
    <message>
        <source>The curve whose mean/variance map is drawn: any of the scene&apos;s, built-in or typed</source>
        <translation>Die Kurve, deren Mittelwert/Varianz-Abbildung gezeichnet wird: jede der Szene, eingebaut oder eingegeben</translation>
    </message>
    <message>
        <source>Solve α, λ applies to a SELU curve</source>
        <translation>„α, λ bestimmen“ gilt für eine SELU-Kurve</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>the variance collapses</source>
        <translation>die Varianz fällt auf null</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>the iteration does not settle</source>
        <translation>die Iteration kommt nicht zur Ruhe</translation>
    </message>
    <message>
        <source>the moments do not exist</source>
        <translation>die Momente existieren nicht</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>keine Kurve</translation>
    </message>
    <message>
        <source>&lt;b&gt;The mean/variance map of %1&lt;/b&gt; (Klambauer et al. 2017) for ω = %2, τ = %3: each arrow points from the mean μ and variance ν of a layer&apos;s inputs towards those of its outputs. Click the plane to follow the iterates layer by layer.</source>
        <translation>&lt;b&gt;Die Mittelwert/Varianz-Abbildung von %1&lt;/b&gt; (Klambauer et al. 2017) für ω = %2, τ = %3: Jeder Pfeil zeigt vom Mittelwert μ und der Varianz ν der Eingaben einer Schicht zu denen ihrer Ausgaben. Ein Klick in die Ebene verfolgt die Iterierten Schicht für Schicht.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Fixed point&lt;/b&gt; (%1, %2): %3 (spectral radius of the Jacobian %4). Where the arrows lead to it, activations are pulled back towards it layer after layer: the network stays normalized.</source>
        <translation> &lt;b&gt;Fixpunkt&lt;/b&gt; (%1, %2): %3 (Spektralradius der Jacobi-Matrix %4). Wo die Pfeile zu ihm führen, werden die Aktivierungen Schicht für Schicht zu ihm zurückgezogen: Das Netz bleibt normiert.</translation>
    </message>
    <message>
        <source> Looking for the fixed point…</source>
        <translation> Suche nach dem Fixpunkt…</translation>
    </message>
    <message>
        <source> &lt;b&gt;No fixed point&lt;/b&gt; (%1): %2</source>
        <translation> &lt;b&gt;Kein Fixpunkt&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>Funk&amp;tion</translation>
    </message>
</context>
<context>
    <name>alab::NewFunctionDialog</name>
    <message>
        <source>New Function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>the expression itself</source>
        <translation>der Ausdruck selbst</translation>
    </message>
    <message>
        <source>A function of x: numbers, + − * / ^, where(x &gt; 0, a, b), exp expm1 log log1p sqrt abs sin cos tan sinh cosh tanh erf erfc sigmoid softplus min max, pi, e, and every built-in by its id: elu(x, 0.5)</source>
        <translation>Eine Funktion von x: Zahlen (mit Punkt), + − * / ^, where(x &gt; 0, a, b), exp expm1 log log1p sqrt abs sin cos tan sinh cosh tanh erf erfc sigmoid softplus min max, pi, e und jede eingebaute Funktion unter ihrer Kennung: elu(x, 0.5)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Slider from</source>
        <translation>Regler von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Add a parameter</source>
        <translation>Einen Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected parameter</source>
        <translation>Den gewählten Parameter entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Expression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <source>Add Curve</source>
        <translation>Kurve hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>parameter %1: the %2 is not a number</source>
        <translation>Parameter %1: %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>parameter %1 is not used in the expression: use it, or remove it with ×</source>
        <translation>Parameter %1 kommt im Ausdruck nicht vor: verwenden oder mit × entfernen</translation>
    </message>
    <message>
        <source>The scene already has %1 curves</source>
        <translation>Die Szene hat bereits %1 Kurven</translation>
    </message>
    <message>
        <source>value</source>
        <translation>der Wert</translation>
    </message>
    <message>
        <source>slider start</source>
        <translation>der Reglerbeginn</translation>
    </message>
    <message>
        <source>slider end</source>
        <translation>das Reglerende</translation>
    </message>
</context>
<context>
    <name>alab::ParameterPanel</name>
    <message>
        <source>Reset to the default, %1</source>
        <translation>Auf den Standardwert zurücksetzen, %1</translation>
    </message>
    <message>
        <source>Exact %1 %2, any value from %3 to %4</source>
        <translation>Exakter Wert für %1 %2, beliebig von %3 bis %4</translation>
    </message>
    <message>
        <source>Reset to self-normalizing constants</source>
        <translation>Auf die selbstnormalisierenden Konstanten zurücksetzen</translation>
    </message>
    <message>
        <source>α ≈ 1.6733 and λ ≈ 1.0507 (Klambauer et al., 2017): for x ~ N(0, 1), SELU(x) has mean 0 and variance 1</source>
        <translation>α ≈ 1,6733 und λ ≈ 1,0507 (Klambauer et al., 2017): für x ~ N(0, 1) hat SELU(x) den Mittelwert 0 und die Varianz 1</translation>
    </message>
    <message>
        <source>%1 %2. Drag, or use the arrow keys (±0.01) and Page Up/Down (±0.1).</source>
        <translation>%1 %2. Ziehen, oder mit den Pfeiltasten (±0,01) und Bild auf/ab (±0,1) einstellen.</translation>
    </message>
    <message>
        <source>%1 %2, exact value</source>
        <translation>%1 %2, exakter Wert</translation>
    </message>
    <message>
        <source>Reset %1 %2</source>
        <translation>%1 %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Untick to hide this curve, tick to show it again</source>
        <translation>Abwählen blendet diese Kurve aus, Anwählen zeigt sie wieder</translation>
    </message>
    <message>
        <source>Duplicate: add a copy of this curve, to change one of its parameters</source>
        <translation>Duplizieren: eine Kopie dieser Kurve hinzufügen, um einen ihrer Parameter zu ändern</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Remove this curve from the scene (Ctrl+Z brings it back)</source>
        <translation>Diese Kurve aus der Szene entfernen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Rename Curve</source>
        <translation>Kurve umbenennen</translation>
    </message>
    <message>
        <source>Label of %1 (empty: “%2”, from its parameters):</source>
        <translation>Beschriftung von %1 (leer: „%2“, aus den Parametern):</translation>
    </message>
    <message>
        <source>Play %1 through its range; the arrow sets the range, the duration and the repeat</source>
        <translation>%1 durch seinen Bereich abspielen; der Pfeil legt Bereich, Dauer und Wiederholung fest</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 abspielen</translation>
    </message>
    <message>
        <source>Play &amp;Settings…</source>
        <translation>Abspiel&amp;einstellungen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
</context>
<context>
    <name>alab::ParameterSpinBox</name>
    <message>
        <source>%1: %2 is outside %3…%4</source>
        <translation>%1: %2 liegt außerhalb von %3…%4</translation>
    </message>
</context>
<context>
    <name>alab::Presenter</name>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
</context>
<context>
    <name>alab::PropagationView</name>
    <message>
        <source>Refused: %1 × %2 activations (width × batch) for %3 layers would need %4 GB of memory, more than the %5 GB this view allows (%6). Lower the batch or the width.</source>
        <translation>Abgelehnt: %1 × %2 Aktivierungen (Breite × Batch) für %3 Schichten bräuchten %4 GB Speicher, mehr als die %5 GB, die diese Ansicht erlaubt (%6). Batch oder Breite verringern.</translation>
    </message>
    <message>
        <source>layer %v of %m</source>
        <translation>Schicht %v von %m</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>tote Einheiten</translation>
    </message>
    <message>
        <source>unit&apos;s mean activation</source>
        <translation>mittlere Aktivierung einer Einheit</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4 %</source>
        <translation>%1 %2, %3, %4 %</translation>
    </message>
    <message>
        <source> &lt;b&gt;Layer %1&lt;/b&gt; (mean, variance, dead): %2.</source>
        <translation> &lt;b&gt;Schicht %1&lt;/b&gt; (Mittelwert, Varianz, tot): %2.</translation>
    </message>
    <message>
        <source> &lt;b&gt;Notice&lt;/b&gt;: %1 keeps the variance of its N(0, 1) input nearest 1 (%2); %3 drifts furthest (%4).</source>
        <translation> &lt;b&gt;Hinweis&lt;/b&gt;: %1 hält die Varianz der N(0, 1)-Eingabe am nächsten bei 1 (%2); %3 driftet am weitesten ab (%4).</translation>
    </message>
    <message>
        <source>Propagation plots</source>
        <translation>Diagramme der Signalausbreitung</translation>
    </message>
    <message>
        <source>no curve shown</source>
        <translation>keine Kurve sichtbar</translation>
    </message>
    <message>
        <source>gain &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verstärkung &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none: E[f(z)²] = 0</source>
        <translation>keine: E[f(z)²] = 0</translation>
    </message>
    <message>
        <source> (PyTorch: %1)</source>
        <translation> (PyTorch: %1)</translation>
    </message>
    <message>
        <source> (PyTorch: none)</source>
        <translation> (PyTorch: keine)</translation>
    </message>
    <message>
        <source>mean square gradient</source>
        <translation>mittlerer quadratischer Gradient</translation>
    </message>
    <message>
        <source>units with zero gradient</source>
        <translation>Einheiten mit Gradient null</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signal propagation&lt;/b&gt; through %1 random layers of width %2 (%3 weights × gain %4, bias std %5, batch %6, seed %7): mean and variance of the activations and the share of dead units per layer; below, the mean square of a random gradient sent back from the last layer and the share of units it does not pass; bottom right, the units&apos; mean activations at layer %8 (dashed line).</source>
        <translation>&lt;b&gt;Signalausbreitung&lt;/b&gt; durch %1 zufällige Schichten der Breite %2 (%3-Gewichte × Verstärkung %4, Bias-Standardabweichung %5, Batch %6, Seed %7): Mittelwert und Varianz der Aktivierungen und der Anteil toter Einheiten je Schicht; darunter das mittlere Quadrat eines zufälligen Gradienten, von der letzten Schicht zurückgeschickt, und der Anteil der Einheiten, die ihn nicht weitergeben; unten rechts die mittleren Aktivierungen der Einheiten in Schicht %8 (gestrichelte Linie).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> &lt;b&gt;Gradient&lt;/b&gt; at layer 1 relative to layer %1 (mean square): %2; far below 1 it vanishes toward the input, far above it explodes.</source>
        <translation> &lt;b&gt;Gradient&lt;/b&gt; in Schicht 1 relativ zu Schicht %1 (mittleres Quadrat): %2; weit unter 1 verschwindet er zur Eingabe hin, weit darüber explodiert er.</translation>
    </message>
</context>
<context>
    <name>alab::SceneDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>alab::SceneFileActions</name>
    <message>
        <source>%1[*] — Activation Lab</source>
        <translation>%1[*] — Activation Lab</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Scene</source>
        <translation>Szene öffnen</translation>
    </message>
    <message>
        <source>The scene was not opened.

%1</source>
        <translation>Die Szene wurde nicht geöffnet.

%1</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Save Scene</source>
        <translation>Szene speichern</translation>
    </message>
    <message>
        <source>The scene was not saved.

%1</source>
        <translation>Die Szene wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Save Scene As</source>
        <translation>Szene speichern unter</translation>
    </message>
    <message>
        <source>scene</source>
        <translation>Szene</translation>
    </message>
    <message>
        <source>Copy Plot</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Export Curve Data</source>
        <translation>Kurvendaten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No recent scenes</source>
        <translation>Keine zuletzt geöffneten Szenen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Export LaTeX (pgfplots)</source>
        <translation>LaTeX exportieren (pgfplots)</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>No curve is shown: nothing to copy as %1</source>
        <translation>Keine Kurve sichtbar: nichts als %1 zu kopieren</translation>
    </message>
    <message>
        <source>Copy as %1</source>
        <translation>Als %1 kopieren</translation>
    </message>
    <message>
        <source>Copied the visible curves as %1 code (ACTIVATIONS)</source>
        <translation>Die sichtbaren Kurven als %1-Code kopiert (ACTIVATIONS)</translation>
    </message>
    <message>
        <source>Present Lecture</source>
        <translation>Vortrag halten</translation>
    </message>
    <message>
        <source>Activation Lab lectures (*.alablecture);;All files (*)</source>
        <translation>Activation-Lab-Vorträge (*.alablecture);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Vortragen: %1</translation>
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
