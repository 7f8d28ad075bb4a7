<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="267" />
        <source>Account wijzigen</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="267" />
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="276" />
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="284" />
        <source>waarom denken we dat? Een screenshot bewijst niet wie iets stuurde.</source>
        <translation>why do we think so? A screenshot does not prove who sent it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="286" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="286" />
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="287" />
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="287" />
        <source>Profiel-URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="288" />
        <source>Van wie is het account</source>
        <translation>Who the account belongs to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="288" />
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="289" />
        <source>Waarop gebaseerd</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="293" />
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="294" />
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="295" />
        <source>&amp;Weergavenaam</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="296" />
        <source>Profiel-&amp;URL</source>
        <translation>Profile U&amp;RL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="297" />
        <source>&amp;Van wie is het account</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="298" />
        <source>&amp;Zekerheid</source>
        <translation>&amp;Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="299" />
        <source>Waarop &amp;gebaseerd</source>
        <translation>Based &amp;on</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ogg_desktop/app.py" line="121" />
        <source>De schermafbeelding van {time} is niet bewaard: de kluis werd niet binnen 10 minuten geopend.</source>
        <translation>The screenshot taken at {time} was not kept: the vault was not opened within 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="172" />
        <source>OGG Desktop draait al met deze kluis; dat venster is naar voren gehaald.</source>
        <translation>OGG Desktop is already running with this vault; that window has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="41" />
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="41" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="41" />
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="41" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="42" />
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="42" />
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="122" />
        <source>Zoeken in dossiers, bewijs en notities…</source>
        <translation>Search cases, evidence and notes…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="123" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="127" />
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="183" />
        <source>Geen dossiers gevonden voor deze zoekopdracht.</source>
        <translation>No cases found for this search.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="184" />
        <source>Nog geen dossiers. Kies ‘Nieuw dossier’ om te beginnen.</source>
        <translation>No cases yet. Choose ‘New case’ to begin.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="35" />
        <source>Onderdelen van het dossier</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="42" />
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="43" />
        <source>&amp;Bewijs</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="44" />
        <source>Betro&amp;kkenen</source>
        <translation>&amp;People involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="45" />
        <source>&amp;Stappenplan</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="46" />
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="47" />
        <source>&amp;Geschiedenis</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="48" />
        <source>Kies links een dossier, of maak een nieuw dossier.</source>
        <translation>Choose a case on the left, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="107" />
        <source>medewerker nog niet ingevuld</source>
        <translation>employee not filled in yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="108" />
        <source>{who} · {status} · geopend {date}</source>
        <translation>{who} · {status} · opened {date}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="357" />
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="371" />
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="358" />
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="359" />
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="364" />
        <source>&amp;Wijzigen</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="365" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="368" />
        <source>Uw herstelsleutel blijft geldig; het oude wachtwoord werkt direct niet meer.</source>
        <translation>Your recovery key remains valid; the old passphrase stops working straight away.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="31" />
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="33" />
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="35" />
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="37" />
        <source>Stand van stap {name}</source>
        <translation>Status of step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="38" />
        <source>Wie bij stap {name}</source>
        <translation>Who for step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="39" />
        <source>Notitie bij stap {name}</source>
        <translation>Note on step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="43" />
        <source>Datum van stap {name}</source>
        <translation>Date of step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80" />
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80" />
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80" />
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="69" />
        <source>OGG Desktop: vertrouwelijk dossier bij online grensoverschrijdend gedrag. Zonder opdracht start het venster.</source>
        <translation>OGG Desktop: confidential case files for online harassment. Without a command, the window opens.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="80" />
        <source>pad naar de kluis (standaard in uw gegevensmap)</source>
        <translation>path to the vault (default: in your data folder)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="85" />
        <source>lees het wachtwoord van de eerste regel van standaardinvoer</source>
        <translation>read the passphrase from the first line of standard input</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="88" />
        <source>taal van de app</source>
        <translation>language of the app</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="93" />
        <source>open een nieuwe kluis met verzonnen voorbeelddossiers in een tijdelijke map</source>
        <translation>open a new vault with made-up example cases in a temporary folder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="97" />
        <location filename="../../ogg_desktop/cli.py" line="105" />
        <location filename="../../ogg_desktop/cli.py" line="117" />
        <source>OPDRACHT</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="100" />
        <source>maak een nieuwe kluis (toont eenmalig de herstelsleutel)</source>
        <translation>create a new vault (shows the recovery key once)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="103" />
        <source>dossiers</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="107" />
        <source>nieuw dossier; toont het kenmerk</source>
        <translation>new case; prints its reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="110" />
        <source>pseudoniem of naam van de medewerker</source>
        <translation>pseudonym or name of the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="112" />
        <source>alle dossiers</source>
        <translation>all cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="115" />
        <source>bewijsstukken</source>
        <translation>evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="120" />
        <source>afbeeldingen importeren; originele bytes blijven bewaard</source>
        <translation>import images; the original bytes are kept</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="127" />
        <source>schrijf de originele bytes van een bewijsstuk naar een bestand</source>
        <translation>write the original bytes of an evidence item to a file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="134" />
        <source>controleer alle hashes, de auditketen en de kluis zelf</source>
        <translation>check all hashes, the audit chain and the vault itself</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="137" />
        <source>versleutelde, gecontroleerde kopie van de kluis</source>
        <translation>encrypted, verified copy of the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="142" />
        <source>wachtwoord wijzigen (oud en nieuw, elk op een eigen regel)</source>
        <translation>change the passphrase (old and new, each on its own line)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="145" />
        <source>nieuw wachtwoord instellen met de herstelsleutel</source>
        <translation>set a new passphrase with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="149" />
        <source>schermafbeelding: zonder --case kiest u het gebied in het venster; met --case direct opslaan</source>
        <translation>screenshot: without --case you choose the region in the window; with --case it is stored directly</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="153" />
        <source>kenmerk van het dossier</source>
        <translation>reference of the case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="173" />
        <source>Geen wachtwoord op standaardinvoer.</source>
        <translation>No passphrase on standard input.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="177" />
        <source>Geen terminal om het wachtwoord te vragen: gebruik --passphrase-stdin.</source>
        <translation>No terminal to ask for the passphrase: use --passphrase-stdin.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="255" />
        <source>Wachtwoord: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="267" />
        <source>Op deze plek staat al een kluis: {path}</source>
        <translation>There is already a vault here: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="270" />
        <location filename="../../ogg_desktop/cli.py" line="454" />
        <location filename="../../ogg_desktop/cli.py" line="471" />
        <source>Nieuw wachtwoord: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="273" />
        <source>Herhaal het wachtwoord: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="282" />
        <source>Kluis gemaakt: {path}</source>
        <translation>Vault created: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="285" />
        <source>HERSTELSLEUTEL — schrijf deze op of print hem, en bewaar hem op een veilige plek.</source>
        <translation>RECOVERY KEY — write it down or print it, and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="290" />
        <source>Hij wordt maar één keer getoond en opent de kluis als u het wachtwoord kwijt bent:</source>
        <translation>It is shown only once, and it opens the vault if you lose your passphrase:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="339" />
        <source>Dossier niet gevonden: {ref}</source>
        <translation>Case not found: {ref}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="351" />
        <source>Bewijsstuk {item} hoort niet bij dossier {ref}.</source>
        <translation>Evidence item {item} does not belong to case {ref}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="361" />
        <source>Kan {file} niet schrijven: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="374" />
        <source>{file}: bestand niet gevonden.</source>
        <translation>{file}: file not found.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="383" />
        <source>{file}: kan niet worden gelezen ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="404" />
        <source>Bewijsstukken gecontroleerd: {n}</source>
        <translation>Evidence items checked: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="408" />
        <source>AFWIJKING: bewijsstuk {id} in {ref}: verwacht {expected}, gevonden {actual}</source>
        <translation>MISMATCH: evidence item {id} in {ref}: expected {expected}, found {actual}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="414" />
        <source>Auditketen in orde ({n} regels).</source>
        <translation>Audit chain intact ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="418" />
        <source>Auditketen GEBROKEN vanaf regel {id}.</source>
        <translation>Audit chain BROKEN from entry {id}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="423" />
        <source>Kluis beschadigd: {problem}</source>
        <translation>Vault damaged: {problem}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="425" />
        <source>Alles in orde.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="436" />
        <source>{file} bestaat al; kies een nieuwe naam.</source>
        <translation>{file} already exists; choose a new name.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="441" />
        <source>Back-up gemaakt en gecontroleerd: {file} (met sleutelbestand {file}.key)</source>
        <translation>Backup created and verified: {file} (with key file {file}.key)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="453" />
        <source>Huidig wachtwoord: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="463" />
        <source>Wachtwoord gewijzigd.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="470" />
        <source>Herstelsleutel: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="480" />
        <source>Nieuw wachtwoord ingesteld met de herstelsleutel.</source>
        <translation>New passphrase set with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="486" />
        <source>De vertraging is 0 tot 60 seconden.</source>
        <translation>The delay is 0 to 60 seconds.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="490" />
        <source>--region, --monitor en --all horen bij --case.</source>
        <translation>--region, --monitor and --all go with --case.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="494" />
        <source>Kies --region X,Y,W,H, --monitor N of --all.</source>
        <translation>Choose --region X,Y,W,H, --monitor N or --all.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="499" />
        <source>--region verwacht X,Y,B,H in beeldpunten, bijv. 0,0,800,600.</source>
        <translation>--region expects X,Y,W,H in pixels, e.g. 0,0,800,600.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="511" />
        <source>Scherm {n} bestaat niet.</source>
        <translation>Monitor {n} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli.py" line="537" />
        <source>OGG Desktop maakt de schermafbeelding.</source>
        <translation>OGG Desktop is taking the screenshot.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="284" />
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="292" />
        <source>bijv. mondeling in gesprek, schriftelijk getekend</source>
        <translation>e.g. verbally, in writing</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="293" />
        <source>Waarvoor</source>
        <translation>Consent for</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="293" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="294" />
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="297" />
        <source>&amp;Waarvoor</source>
        <translation>Consent &amp;for</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="298" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="299" />
        <source>&amp;Hoe gegeven</source>
        <translation>&amp;How given</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ogg_desktop/gui/capture/flow.py" line="44" />
        <source>Aftellen tot de schermafbeelding</source>
        <translation>Countdown to the screenshot</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="104" />
        <source>OGG Desktop — nieuwe kluis</source>
        <translation>OGG Desktop — new vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="107" />
        <source>Welkom. Alles wat u in OGG Desktop vastlegt, wordt versleuteld bewaard in een kluis op deze laptop. Niets gaat via internet. Kies een wachtwoord waarmee u de kluis opent.</source>
        <translation>Welcome. Everything you record in OGG Desktop is stored encrypted in a vault on this laptop. Nothing goes over the internet. Choose a passphrase to open the vault with.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="116" />
        <source>Kluis &amp;maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="118" />
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="119" />
        <source>Afsluiten zonder kluis</source>
        <translation>Quit without a vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="123" />
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="48" />
        <source>Direct</source>
        <translation>Now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="50" />
        <source>Na %n seconden</source>
        <translation><numerusform>After %n second</numerusform><numerusform>After %n seconds</numerusform></translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="68" />
        <source>Bewijsstukken</source>
        <translation>Evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="72" />
        <source>&amp;Schermafbeelding maken</source>
        <translation>Take &amp;screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="73" />
        <source>Het venster verdwijnt, u kiest een gebied op het stilgezette scherm.</source>
        <translation>The window disappears; you choose a region on the frozen screen.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="79" />
        <source>Afbeelding &amp;importeren…</source>
        <translation>Import ima&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="80" />
        <source>U kunt afbeeldingen ook hierheen slepen.</source>
        <translation>You can also drag images here.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="81" />
        <source>Origineel &amp;exporteren…</source>
        <translation>E&amp;xport original…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="93" />
        <source>Afbeelding van het bewijsstuk</source>
        <translation>Image of the evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="98" />
        <source>Vaste gegevens van de opname</source>
        <translation>Fixed details of the capture</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="115" />
        <source>zoals op het scherm, bijv. ‘3 u’ of ‘12 nov. 14:05’</source>
        <translation>as shown on screen, e.g. ‘3h’ or ‘12 Nov 14:05’</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="116" />
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="156" />
        <source>Medewerker wist ervan op</source>
        <translation>Employee found out on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="118" />
        <source>Letterlijke tekst, ook spelfouten. Bij video: gesproken woorden en de plek in de video.</source>
        <translation>Exact text, including spelling mistakes. For video: the spoken words and where they are in the video.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="125" />
        <source>suggestie, bijv. bedreiging, belediging</source>
        <translation>suggestion, e.g. threat, insult</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="130" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="130" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="130" />
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="131" />
        <source>URL van het bericht</source>
        <translation>Message URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="131" />
        <source>URL van het profiel</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="132" />
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="132" />
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="133" />
        <source>Vermoedelijke plaatser</source>
        <translation>Probably posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="133" />
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="134" />
        <source>Waarop gebaseerd</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="134" />
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="155" />
        <source>Geplaatst (zoals getoond)</source>
        <translation>Posted (as shown)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="135" />
        <source>Letterlijke tekst</source>
        <translation>Exact words</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="135" />
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="136" />
        <source>Mogelijke strafbare feiten</source>
        <translation>Possible criminal offences</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="137" />
        <source>Elders gearchiveerd (URL)</source>
        <translation>Archived elsewhere (URL)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="142" />
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="145" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="146" />
        <source>&amp;Platform</source>
        <translation>Platfor&amp;m</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="147" />
        <source>&amp;Kanaal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="148" />
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="149" />
        <source>Profiel-U&amp;RL</source>
        <translation>Pro&amp;file URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="150" />
        <source>&amp;Gebruikersnaam</source>
        <translation>U&amp;sername</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="151" />
        <source>&amp;Weergavenaam</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="152" />
        <source>Vermoedelijke p&amp;laatser</source>
        <translation>P&amp;robably posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="153" />
        <source>&amp;Zekerheid</source>
        <translation>Conf&amp;idence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="154" />
        <source>Waarop &amp;gebaseerd</source>
        <translation>&amp;Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="157" />
        <source>Letterlijke te&amp;kst</source>
        <translation>Exact &amp;words</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="158" />
        <source>&amp;Context</source>
        <translation>Conte&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="159" />
        <source>Strafbare feiten</source>
        <translation>Criminal offences</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="160" />
        <source>Elders gearchiveerd</source>
        <translation>Archived elsewhere</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="173" />
        <source>Nog geen bewijs in dit dossier. Importeer een afbeelding of sleep hem hierheen.</source>
        <translation>No evidence in this case yet. Import an image or drag it here.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="212" />
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="268" />
        <source>Vastgelegd: {utc} (UTC) · {local} (lokaal)
Methode: {method} · door: {who} · app {version}
Formaat: {media} · {w} × {h} px · {size} bytes{geometry}
SHA-256:
{sha}</source>
        <translation>Captured: {utc} (UTC) · {local} (local)
Method: {method} · by: {who} · app {version}
Format: {media} · {w} × {h} px · {size} bytes{geometry}
SHA-256:
{sha}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="273" />
        <source>scherm {g}</source>
        <translation>screen {g}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="352" />
        <source>{name}: het bestand kan niet worden gelezen.</source>
        <translation>{name}: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="359" />
        <source>Niet geïmporteerd:</source>
        <translation>Not imported:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="361" />
        <source>%n afbeelding(en) geïmporteerd.</source>
        <translation>
            <numerusform>%n image imported.</numerusform>
            <numerusform>%n images imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="366" />
        <source>Afbeeldingen importeren</source>
        <translation>Import images</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="367" />
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="376" />
        <source>Origineel exporteren</source>
        <translation>Export original</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="385" />
        <source>Het bestand kan daar niet worden geschreven.</source>
        <translation>The file cannot be written there.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence.py" line="387" />
        <source>Origineel opgeslagen als {name}.</source>
        <translation>Original saved as {name}.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="27" />
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="27" />
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="27" />
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="28" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="29" />
        <source>Geschiedenis van het dossier</source>
        <translation>Case history</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="33" />
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="38" />
        <source>Fout: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="38" />
        <source>Let op: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="38" />
        <source>Gelukt: </source>
        <translation>Done: </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="16" />
        <location filename="../../ogg_desktop/gui/labels.py" line="80" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="17" />
        <source>Gepauzeerd</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="18" />
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="24" />
        <source>Uitdrukkelijke toestemming van de medewerker</source>
        <translation>Explicit consent of the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="25" />
        <source>Wettelijke verplichting</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="26" />
        <source>Vitaal belang</source>
        <translation>Vital interest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="27" />
        <source>Gerechtvaardigd belang</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="33" />
        <source>Melden bij het platform</source>
        <translation>Report to the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="34" />
        <source>Aangifte bij de politie</source>
        <translation>Report to the police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="35" />
        <source>Delen met HR</source>
        <translation>Share with HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="36" />
        <source>Juridische stappen</source>
        <translation>Legal action</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="42" />
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="43" />
        <source>Bespreek</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="44" />
        <source>Nazorgtraject</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="45" />
        <source>Rapporteer</source>
        <translation>Report to platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="46" />
        <source>Aangifte</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="47" />
        <source>Juridische hulp</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="48" />
        <source>Professionele hulp</source>
        <translation>Professional help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="54" />
        <source>Leg samen met de medewerker het bericht vast: wie het plaatste, waar, van wie het account is en wie er verder bij betrokken zijn.</source>
        <translation>Together with the employee, capture the message: who posted it, where, whose account it is and who else is involved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="59" />
        <source>Bespreek het incident en geef ruimte aan gevoelens.</source>
        <translation>Talk the incident through and make room for feelings.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="60" />
        <source>Start direct met nazorg: eerste gesprek binnen 72 uur, daarna na 2 en 6–8 weken.</source>
        <translation>Start aftercare straight away: a first conversation within 72 hours, then after 2 and 6–8 weeks.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="63" />
        <source>Meld het bericht samen met de medewerker bij het platform.</source>
        <translation>Report the message to the platform together with the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="66" />
        <source>De organisatie doet aangifte, niet de medewerker zelf.</source>
        <translation>The organisation makes the police report, not the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="69" />
        <source>Haalt het platform het bericht niet weg? Schakel juridische hulp in.</source>
        <translation>If the platform does not take the message down, get legal help.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="72" />
        <source>Vraag regelmatig hoe het gaat en schakel zo nodig professionele hulp in.</source>
        <translation>Ask regularly how the employee is doing and bring in professional help if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="81" />
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="82" />
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="83" />
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="89" />
        <source>Plaatser (vermoedelijk)</source>
        <translation>Poster (probable)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="90" />
        <source>Accounthouder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="91" />
        <source>Getuige</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="92" />
        <source>Anders betrokken</source>
        <translation>Otherwise involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="98" />
        <source>Alleen vertrouwenspersoon</source>
        <translation>Counsellor only</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="99" />
        <source>Deelbaar met medewerker</source>
        <translation>Can be shared with the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="100" />
        <source>Deelbaar met HR</source>
        <translation>Can be shared with HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="106" />
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="107" />
        <source>Vermoeden</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="108" />
        <source>Waarschijnlijk</source>
        <translation>Likely</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="109" />
        <source>Bevestigd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="115" />
        <source>Schermgebied</source>
        <translation>Screen area</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="116" />
        <source>Heel scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="117" />
        <source>Venster</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="118" />
        <source>Alle schermen</source>
        <translation>All screens</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="119" />
        <source>Geïmporteerd bestand</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="120" />
        <source>Geplakt</source>
        <translation>Pasted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="121" />
        <source>Gefotografeerd met ander apparaat</source>
        <translation>Photographed with another device</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="122" />
        <source>Bewerkte kopie</source>
        <translation>Edited copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="128" />
        <source>Kluis gemaakt</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="129" />
        <source>Kluis geopend</source>
        <translation>Vault opened</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="130" />
        <source>Kluis geopend met herstelsleutel</source>
        <translation>Vault opened with recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="131" />
        <source>Mislukte poging om te openen</source>
        <translation>Failed attempt to open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="132" />
        <source>Kluis vergrendeld</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="133" />
        <source>Kluis bijgewerkt naar nieuwe versie</source>
        <translation>Vault updated to new version</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="134" />
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="135" />
        <source>Nieuw wachtwoord via herstelsleutel</source>
        <translation>New passphrase via recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="138" />
        <source>Back-up gemaakt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="139" />
        <source>Integriteit gecontroleerd</source>
        <translation>Integrity checked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="140" />
        <source>Dossier aangemaakt</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="141" />
        <source>Dossier gewijzigd</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="142" />
        <source>Toestemming vastgelegd</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="143" />
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="144" />
        <source>Bewijsstuk toegevoegd</source>
        <translation>Evidence item added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="145" />
        <source>Bewijsstuk gewijzigd</source>
        <translation>Evidence item changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="146" />
        <source>Bewijsstuk geëxporteerd</source>
        <translation>Evidence item exported</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="147" />
        <source>Betrokkene toegevoegd</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="148" />
        <source>Betrokkene gewijzigd</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="149" />
        <source>Betrokkene uit dossier gehaald</source>
        <translation>Person removed from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="150" />
        <source>Account toegevoegd</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="151" />
        <source>Account gewijzigd</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="152" />
        <source>Notitie toegevoegd</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="153" />
        <source>Notitie gewijzigd</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="154" />
        <source>Notitie verwijderd</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="155" />
        <source>Stap bijgewerkt</source>
        <translation>Step updated</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="44" />
        <source>{app} — vertrouwelijk</source>
        <translation>{app} — confidential</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="60" />
        <source>Kluis: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="72" />
        <source>Mislukte pogingen</source>
        <translation>Failed attempts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/main_window.py" line="73" />
        <source>Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.</source>
        <translation>
            <numerusform>Since last time, there has been %n attempt to open the vault with a wrong passphrase.</numerusform>
            <numerusform>Since last time, there have been %n attempts to open the vault with a wrong passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="88" />
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="89" />
        <source>Een nieuw dossier beginnen</source>
        <translation>Start a new case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="90" />
        <source>&amp;Schermafbeelding maken</source>
        <translation>Take &amp;screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="92" />
        <source>Het venster verdwijnt; kies een gebied op het stilgezette scherm</source>
        <translation>The window disappears; choose a region on the frozen screen</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="94" />
        <source>Afbeelding &amp;importeren…</source>
        <translation>&amp;Import image…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="95" />
        <source>Afbeeldingen als bewijs toevoegen aan het open dossier</source>
        <translation>Add images as evidence to the open case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="96" />
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="97" />
        <source>Versleutelde, gecontroleerde kopie van de kluis maken</source>
        <translation>Make an encrypted, verified copy of the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="98" />
        <source>&amp;Integriteit controleren</source>
        <translation>&amp;Check integrity</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="99" />
        <source>Alle hashes, het auditlog en het kluisbestand controleren</source>
        <translation>Check all hashes, the audit log and the vault file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="100" />
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="101" />
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="104" />
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="106" />
        <source>&amp;Dossier</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="112" />
        <source>&amp;Kluis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="116" />
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="119" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="122" />
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="148" />
        <source>Afbeelding importeren</source>
        <translation>Import image</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="149" />
        <source>Kies of maak eerst een dossier.</source>
        <translation>Choose or create a case first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="167" />
        <location filename="../../ogg_desktop/gui/main_window.py" line="176" />
        <location filename="../../ogg_desktop/gui/main_window.py" line="187" />
        <source>Schermafbeelding</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="168" />
        <source>De schermafbeelding is niet bewaard: er is geen dossier gekozen.</source>
        <translation>The screenshot was not kept: no case was chosen.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="192" />
        <source>Nieuw dossier…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="194" />
        <source>Schermafbeelding bewaren</source>
        <translation>Keep screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="195" />
        <source>In welk dossier hoort deze schermafbeelding?</source>
        <translation>Which case does this screenshot belong to?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="208" />
        <location filename="../../ogg_desktop/gui/main_window.py" line="214" />
        <location filename="../../ogg_desktop/gui/main_window.py" line="220" />
        <location filename="../../ogg_desktop/gui/main_window.py" line="222" />
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="209" />
        <source>OGG-kluis (*.ogg)</source>
        <translation>OGG vault (*.ogg)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="215" />
        <source>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</source>
        <translation>That file already exists. Choose a new name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="223" />
        <source>De back-up is gemaakt en gecontroleerd:
{file}

Het sleutelbestand staat ernaast ({file}.key). U opent de back-up met hetzelfde wachtwoord of met uw herstelsleutel.</source>
        <translation>The backup has been made and verified:
{file}

The key file is next to it ({file}.key). You open the backup with the same passphrase or with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="238" />
        <source>Wachtwoord gewijzigd.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="243" />
        <source>De taal wordt gewijzigd bij de volgende start. / The language changes the next time you start.</source>
        <translation>The language changes the next time you start. / De taal wordt gewijzigd bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="247" />
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="248" />
        <source>{app} {version}

Vertrouwelijk dossier bij online grensoverschrijdend gedrag. Alles blijft versleuteld op deze laptop; de app maakt nooit verbinding met internet.</source>
        <translation>{app} {version}

Confidential case files for online harassment. Everything stays encrypted on this laptop; the app never connects to the internet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="102" />
        <source>DEMO (verzonnen gegevens)</source>
        <translation>DEMO (fictional data)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="15" />
        <source>De versleutelde opslag (SQLCipher 4) ontbreekt. OGG Desktop start niet, zodat er nooit onversleutelde gegevens worden geschreven. Installeer de app opnieuw.</source>
        <translation>The encrypted storage (SQLCipher 4) is missing. OGG Desktop will not start, so that unencrypted data is never written. Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="20" />
        <source>Er is op deze plek geen kluis gevonden.</source>
        <translation>No vault was found at this location.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="21" />
        <source>Op deze plek staat al een kluis. Kies een andere plek of open de bestaande kluis.</source>
        <translation>There is already a vault at this location. Choose another location or open the existing vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="24" />
        <source>Wachtwoord onjuist of bestand beschadigd.</source>
        <translation>Wrong passphrase or damaged file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="25" />
        <source>Het sleutelbestand naast de kluis ontbreekt. Open de kluis met uw herstelsleutel, of zet het sleutelbestand uit uw back-up terug.</source>
        <translation>The key file next to the vault is missing. Open the vault with your recovery key, or restore the key file from your backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="30" />
        <source>Het sleutelbestand naast de kluis is beschadigd. Open de kluis met uw herstelsleutel, of zet het sleutelbestand uit uw back-up terug.</source>
        <translation>The key file next to the vault is damaged. Open the vault with your recovery key, or restore the key file from your backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="35" />
        <source>Dit is geen geldige herstelsleutel. Controleer of u alle 17 groepen van vier tekens goed hebt overgenomen.</source>
        <translation>This is not a valid recovery key. Check that you have copied all 17 groups of four characters correctly.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="40" />
        <source>Deze kluis is al geopend in een ander venster van OGG Desktop. Sluit dat eerst, of ga verder in dat venster.</source>
        <translation>This vault is already open in another OGG Desktop window. Close that first, or carry on in that window.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="45" />
        <source>Bestand beschadigd, of het sleutelbestand hoort bij een andere kluis: het wachtwoord klopt, maar de kluis zelf kan niet worden gelezen. Er is niets gewijzigd; zet zo nodig een back-up terug.</source>
        <translation>Damaged file, or the key file belongs to another vault: the passphrase is right, but the vault itself cannot be read. Nothing was changed; restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="50" />
        <source>De back-up is niet gelukt en is verwijderd. De kluis zelf is ongewijzigd.</source>
        <translation>The backup failed and has been removed. The vault itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="53" />
        <source>Deze kluis is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te openen.</source>
        <translation>This vault was made with a newer version of OGG Desktop. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="57" />
        <source>De kluis kon niet worden bijgewerkt naar deze versie. Er is niets gewijzigd; de back-up van vóór de update staat naast de kluis.</source>
        <translation>The vault could not be updated to this version. Nothing has been changed; the backup from before the update is next to the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="62" />
        <source>Dit wachtwoord is te zwak.</source>
        <translation>This passphrase is too weak.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="63" />
        <source>De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing has been half saved; free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="67" />
        <source>Er ging iets mis met de kluis.</source>
        <translation>Something went wrong with the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="72" />
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="73" />
        <source>Het bestand is groter dan 256 MB en wordt niet opgeslagen.</source>
        <translation>The file is larger than 256 MB and will not be stored.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="76" />
        <source>Dit bestand is geen afbeelding.</source>
        <translation>This file is not an image.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="77" />
        <source>Dit afbeeldingsformaat wordt niet ondersteund (wel: PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>This image format is not supported (supported: PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="80" />
        <source>De afbeelding is onvolledig of beschadigd.</source>
        <translation>The image is incomplete or damaged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="81" />
        <source>De afbeelding is te groot om veilig te openen (te veel beeldpunten).</source>
        <translation>The image is too large to open safely (too many pixels).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="84" />
        <source>De afbeelding is breder of hoger dan 50.000 beeldpunten.</source>
        <translation>The image is wider or taller than 50,000 pixels.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="89" />
        <source>Deze afbeelding kan niet worden opgeslagen.</source>
        <translation>This image cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="95" />
        <source>Er is geen scherm om vast te leggen (geen X-display). Importeer in plaats daarvan een afbeelding.</source>
        <translation>There is no screen to capture (no X display). Import an image instead.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="99" />
        <source>Dit bureaublad (Wayland zonder XWayland) laat geen schermafbeelding toe. Maak de afbeelding met het hulpmiddel van het systeem en importeer die.</source>
        <translation>This desktop (Wayland without XWayland) does not allow screenshots. Take the picture with the system’s own tool and import it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="104" />
        <source>Het scherm kon niet worden vastgelegd. Probeer het opnieuw, of importeer een afbeelding.</source>
        <translation>The screen could not be captured. Try again, or import an image.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="107" />
        <source>Het gekozen gebied ligt buiten de schermen.</source>
        <translation>The chosen region lies outside the screens.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="114" />
        <source>Geef het dossier een titel.</source>
        <translation>Give the case a title.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="115" />
        <source>De sluitdatum ligt vóór de openingsdatum.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="116" />
        <source>De bewaartermijn eindigt vóór de openingsdatum.</source>
        <translation>The retention period ends before the opening date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="119" />
        <source>Een gesloten dossier heeft een sluitdatum nodig.</source>
        <translation>A closed case needs a closing date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="120" />
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="121" />
        <source>Kies een platform.</source>
        <translation>Choose a platform.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="122" />
        <source>Een notitie kan niet leeg zijn.</source>
        <translation>A note cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="123" />
        <source>Een afgeronde stap heeft een datum nodig.</source>
        <translation>A completed step needs a date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="124" />
        <source>Gebruik minstens 10 tekens.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="125" />
        <source>Dit wachtwoord komt te veel voor.</source>
        <translation>This passphrase is too common.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="126" />
        <source>Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar losse woorden.</source>
        <translation>This passphrase is too easy to guess. Make it longer, for example with a few unrelated words.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="130" />
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="141" />
        <source>zeer zwak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="142" />
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="143" />
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="144" />
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="145" />
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
</context>
<context>
    <name>MonitorOverlay</name>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="78" />
        <source>Schermgebied kiezen</source>
        <translation>Choose screen region</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="80" />
        <source>Sleep om een gebied te kiezen. Enter of dubbelklik: vastleggen. Esc: annuleren. Klik zonder slepen: het hele scherm. Pijltjestoetsen: verschuiven; met Shift: groter of kleiner.</source>
        <translation>Drag to choose a region. Enter or double-click: capture. Esc: cancel. Click without dragging: the whole screen. Arrow keys: move; with Shift: larger or smaller.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="177" />
        <source>Sleep om een gebied te kiezen · klik: hele scherm · Enter: vastleggen · Esc: annuleren</source>
        <translation>Drag to choose a region · click: whole screen · Enter: capture · Esc: cancel</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="19" />
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="21" />
        <source>bijv. Dreigend bericht via LinkedIn</source>
        <translation>e.g. Threatening message on LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="23" />
        <source>bijv. ‘Medewerker A’ — een naam is niet nodig</source>
        <translation>e.g. ‘Employee A’ — a name is not needed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="29" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="29" />
        <source>Pseudoniem van de medewerker</source>
        <translation>Employee’s pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="30" />
        <source>Naam van de medewerker</source>
        <translation>Employee’s full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="30" />
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="32" />
        <source>Alles wordt direct versleuteld opgeslagen. U kunt het later aanvullen.</source>
        <translation>Everything is stored encrypted straight away. You can add to it later.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="36" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="37" />
        <source>&amp;Pseudoniem</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="38" />
        <source>&amp;Naam (optioneel)</source>
        <translation>Full &amp;name (optional)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="39" />
        <source>&amp;Geopend op</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="44" />
        <source>Dossier &amp;maken</source>
        <translation>&amp;Create case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="45" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="61" />
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="62" />
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="68" />
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="70" />
        <source>He&amp;rhaal</source>
        <translation>Re&amp;peat</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="37" />
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="40" />
        <source>&amp;Nieuwe notitie</source>
        <translation>Ne&amp;w note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="41" />
        <source>Notitie &amp;verwijderen…</source>
        <translation>&amp;Delete note…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="45" />
        <source>Wie mag deze notitie zien</source>
        <translation>Who may see this note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="47" />
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="48" />
        <source>Schrijf hier. Alles wordt direct versleuteld bewaard.</source>
        <translation>Write here. Everything is stored encrypted straight away.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="67" />
        <source>&amp;Zichtbaar voor:</source>
        <translation>Vi&amp;sible to:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="193" />
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="201" />
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="202" />
        <source>Deze notitie definitief verwijderen?</source>
        <translation>Delete this note permanently?</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="134" />
        <source>{name} invullen</source>
        <translation>{name}: set a date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="141" />
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="54" />
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="59" />
        <source>Wat is er gebeurd, in een paar zinnen. Houd informatie over derden zo beperkt mogelijk.</source>
        <translation>What happened, in a few sentences. Keep information about other people to a minimum.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="66" />
        <source>Privéadres vastleggen</source>
        <translation>Record home address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="67" />
        <source>Alleen als de medewerker dat uitdrukkelijk wil. Een aangifte gaat op het adres van de organisatie: het politiedossier is zichtbaar voor de verdachte.</source>
        <translation>Only if the employee explicitly wants this. A police report uses the organisation’s address: the suspect can see the police file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="75" />
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="77" />
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="78" />
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="78" />
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="79" />
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="79" />
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="80" />
        <source>Naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="80" />
        <source>Werkadres</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="81" />
        <source>Privéadres</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="84" />
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="86" />
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="87" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="88" />
        <source>&amp;Geopend op</source>
        <translation>Opene&amp;d on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="89" />
        <source>&amp;Bewaren tot</source>
        <translation>Keep unt&amp;il</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="90" />
        <source>G&amp;rondslag</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="91" />
        <source>Sa&amp;menvatting</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="92" />
        <source>Stappenplan</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="93" />
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="95" />
        <source>&amp;Pseudoniem</source>
        <translation>Pse&amp;udonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="96" />
        <source>&amp;Naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="97" />
        <source>&amp;Werkadres</source>
        <translation>Work &amp;address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="99" />
        <source>Privé&amp;adres</source>
        <translation>Home add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="104" />
        <source>Toestemming van de medewerker</source>
        <translation>Employee’s consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="106" />
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="108" />
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="109" />
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="112" />
        <source>Melden bij het platform, aangifte, delen met HR en juridische stappen gebeuren alleen met toestemming van de medewerker.</source>
        <translation>Reporting to the platform, a police report, sharing with HR and legal action only happen with the employee’s consent.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="170" />
        <source>{done} van {total} stappen afgerond</source>
        <translation>{done} of {total} steps done</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="192" />
        <source>{scope}: gegeven op {date} ({how})</source>
        <translation>{scope}: given on {date} ({how})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="195" />
        <source> — ingetrokken op {date}</source>
        <translation> — withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="246" />
        <source>Opgeslagen om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="63" />
        <location filename="../../ogg_desktop/gui/widgets.py" line="79" />
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="65" />
        <source>Wachtwoord tonen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="79" />
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="58" />
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="60" />
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="59" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="59" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="59" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="60" />
        <source>Contact (werk)</source>
        <translation>Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="60" />
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="61" />
        <source>&amp;Persoon toevoegen…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="62" />
        <source>Persoon &amp;wijzigen…</source>
        <translation>E&amp;dit person…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="63" />
        <source>Uit dossier &amp;halen</source>
        <translation>&amp;Remove from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="72" />
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="75" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="73" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="73" />
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="73" />
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="74" />
        <source>Profiel-URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="74" />
        <source>Van wie (vermoedelijk)</source>
        <translation>Belongs to (probably)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="75" />
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="76" />
        <source>&amp;Account toevoegen…</source>
        <translation>Add acco&amp;unt…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="77" />
        <source>Account w&amp;ijzigen…</source>
        <translation>Edi&amp;t account…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="175" />
        <source>Uit dossier halen</source>
        <translation>Remove from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="176" />
        <source>{name} ({role}) uit dit dossier halen? De persoon blijft bestaan in andere dossiers.</source>
        <translation>Remove {name} ({role}) from this case? The person stays in any other cases.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="216" />
        <source>Persoon wijzigen</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="216" />
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="222" />
        <source>bijv. oud-cliënt, collega, onbekend</source>
        <translation>e.g. former client, colleague, unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="224" />
        <source>alleen werkgegevens</source>
        <translation>work details only</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="227" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="227" />
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="228" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="228" />
        <source>Contact (werk)</source>
        <translation>Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="229" />
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="233" />
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="234" />
        <source>&amp;Rol in dit dossier</source>
        <translation>&amp;Role in this case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="235" />
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="236" />
        <source>&amp;Contact (werk)</source>
        <translation>&amp;Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="237" />
        <source>&amp;Toelichting</source>
        <translation>Re&amp;marks</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="296" />
        <source>Kluis openen met herstelsleutel</source>
        <translation>Open vault with recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="299" />
        <source>Typ de herstelsleutel over die u bij het maken van de kluis hebt opgeschreven of afgedrukt. Daarna kiest u een nieuw wachtwoord.</source>
        <translation>Type in the recovery key that you wrote down or printed when the vault was created. Then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="308" />
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="309" />
        <source>&amp;Herstelsleutel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="315" />
        <source>&amp;Openen en wachtwoord instellen</source>
        <translation>&amp;Open and set passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="317" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="321" />
        <source>Herstelsleutel gebruiken</source>
        <translation>Use recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="161" />
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="179" />
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="164" />
        <source>Dit is uw herstelsleutel. Hij opent de kluis als u het wachtwoord kwijt bent, ook zonder het sleutelbestand. Schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij de laptop. Hij wordt maar één keer getoond.</source>
        <translation>This is your recovery key. It opens the vault if you lose your passphrase, even without the key file. Write it down or print it, and keep it somewhere safe, not with the laptop. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="181" />
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="183" />
        <source>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="185" />
        <source>&amp;Verder</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="190" />
        <source>Bewaar uw herstelsleutel</source>
        <translation>Keep your recovery key safe</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="217" />
        <source>OGG Desktop — herstelsleutel van de kluis</source>
        <translation>OGG Desktop — recovery key for the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="218" />
        <source>Bewaar dit blad op een veilige plek, gescheiden van de laptop.</source>
        <translation>Keep this sheet somewhere safe, away from the laptop.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="97" />
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="114" />
        <source>Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar losse woorden.</source>
        <translation>Choose a passphrase of at least 10 characters, for example a few unrelated words.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="116" />
        <source>Sterkte: {label}. Goed.</source>
        <translation>Strength: {label}. Good.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="118" />
        <source>Sterkte: {label}. {advice}</source>
        <translation>Strength: {label}. {advice}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="235" />
        <source>OGG Desktop — kluis openen</source>
        <translation>OGG Desktop — open vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="236" />
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="237" />
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="241" />
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="244" />
        <source>&amp;Herstelsleutel gebruiken…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="246" />
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="251" />
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="264" />
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your passphrase.</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="40" />
        <source>Kluis: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="13" />
        <source>Integriteit controleren</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="14" />
        <source>Bewijsstukken gecontroleerd: {n}</source>
        <translation>Evidence items checked: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="16" />
        <source>AFWIJKING: bewijsstuk {id} in {ref} is veranderd sinds het werd vastgelegd.</source>
        <translation>MISMATCH: evidence item {id} in {ref} has changed since it was captured.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="19" />
        <source>Auditlog: keten in orde ({n} regels).</source>
        <translation>Audit log: chain intact ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="21" />
        <source>Auditlog: keten GEBROKEN vanaf regel {id}.</source>
        <translation>Audit log: chain BROKEN from entry {id}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="22" />
        <source>Kluisbestand: {p}</source>
        <translation>Vault file: {p}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="24" />
        <source>Kluisbestand: in orde.</source>
        <translation>Vault file: OK.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="25" />
        <source>Alles in orde.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="26" />
        <source>Er zijn afwijkingen gevonden. Maak geen wijzigingen en neem contact op met uw beheerder; zet zo nodig een back-up terug.</source>
        <translation>Problems were found. Do not make any changes, and contact your administrator; restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="34" />
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
</context>
</TS>