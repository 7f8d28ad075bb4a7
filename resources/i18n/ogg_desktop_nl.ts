<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AgendaPanel</name>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/agenda.py" line="90"/>
        <source>Let op: %n termijn(en) verstreken.</source>
        <translation>
            <numerusform>Let op: %n termijn verstreken.</numerusform>
            <numerusform>Let op: %n termijnen verstreken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelayMenu</name>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence/widgets.py" line="21"/>
        <source>Na %n seconden</source>
        <translation>
            <numerusform>Na %n seconde</numerusform>
            <numerusform>Na %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="268"/>
        <source>%n afbeelding(en) geïmporteerd.</source>
        <translation>
            <numerusform>%n afbeelding geïmporteerd.</numerusform>
            <numerusform>%n afbeeldingen geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/main_window.py" line="118"/>
        <source>Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.</source>
        <translation>
            <numerusform>Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.</numerusform>
            <numerusform>Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/main_window.py" line="418"/>
        <source>%n termijn(en) verstreken. Zie de agenda.</source>
        <translation>
            <numerusform>%n termijn verstreken. Zie de agenda.</numerusform>
            <numerusform>%n termijnen verstreken. Zie de agenda.</numerusform>
        </translation>
    </message>
</context>
</TS>
