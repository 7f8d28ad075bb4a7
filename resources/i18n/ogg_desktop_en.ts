<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="256"/>
        <source>Account wijzigen</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="256"/>
        <source>Account toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="265"/>
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="273"/>
        <source>waarom denken we dat? Een screenshot bewijst niet wie iets stuurde.</source>
        <translation>why do we think so? A screenshot does not prove who sent it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="275"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="275"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="276"/>
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="276"/>
        <source>Profiel-URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="277"/>
        <source>Van wie is het account</source>
        <translation>Who the account belongs to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="277"/>
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="278"/>
        <source>Waarop gebaseerd</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="282"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="283"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="284"/>
        <source>&amp;Weergavenaam</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="285"/>
        <source>Profiel-&amp;URL</source>
        <translation>Profile U&amp;RL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="286"/>
        <source>&amp;Van wie is het account</source>
        <translation>&amp;Belongs to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="287"/>
        <source>&amp;Zekerheid</source>
        <translation>&amp;Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="288"/>
        <source>Waar&amp;op gebaseerd</source>
        <translation>Based &amp;on</translation>
    </message>
</context>
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="109"/>
        <source>Gesprekken (stap 2: bespreek)</source>
        <translation>Conversations (step 2: discuss)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="110"/>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="254"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="111"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="112"/>
        <source>Zichtbaar voor</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="113"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="114"/>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="115"/>
        <source>Gesprek &amp;vastleggen…</source>
        <translation>&amp;Record conversation…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="116"/>
        <source>Gesprek &amp;wijzigen…</source>
        <translation>&amp;Edit conversation…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="146"/>
        <source>Nazorg en check-ins (stap 3: nazorgtraject)</source>
        <translation>Aftercare and check-ins (step 3: aftercare)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="151"/>
        <source>Stand van de nazorg</source>
        <translation>State of the aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="154"/>
        <source>Voor wie en soort contact</source>
        <translation>For whom and kind of contact</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="155"/>
        <source>Gepland op</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="156"/>
        <source>Uiterlijk</source>
        <translation>At the latest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="157"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="158"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="159"/>
        <source>Nazorgcontacten per persoon</source>
        <translation>Aftercare contacts per person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="167"/>
        <source>Nazorg &amp;starten…</source>
        <translation>&amp;Start aftercare…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="169"/>
        <source>Nazorg starten voor de medewerker</source>
        <translation>Start aftercare for the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="170"/>
        <source>Nazorg voor ge&amp;tuige…</source>
        <translation>Aftercare for &amp;witness…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="172"/>
        <source>Nazorg starten voor een getuige</source>
        <translation>Start aftercare for a witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="173"/>
        <source>Ge&amp;houden…</source>
        <translation>&amp;Held…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="174"/>
        <source>Gekozen contact is gehouden</source>
        <translation>The chosen contact took place</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="175"/>
        <source>&amp;Afgewezen</source>
        <translation>&amp;Declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="177"/>
        <source>Gekozen contact is afgewezen</source>
        <translation>The chosen contact was declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="178"/>
        <source>Check-in &amp;plannen…</source>
        <translation>&amp;Plan check-in…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="180"/>
        <source>Check-in plannen: hoe gaat het?</source>
        <translation>Plan a check-in: how are you doing?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="186"/>
        <source>Gekozen contact:</source>
        <translation>Chosen contact:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="252"/>
        <source>Doorverwijzingen (stap 7: professionele hulp)</source>
        <translation>Referrals (step 7: professional help)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="255"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="256"/>
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="257"/>
        <source>Doorverwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="258"/>
        <source>&amp;Doorverwijzen…</source>
        <translation>&amp;Refer…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="135"/>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="244"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="137"/>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="245"/>
        <source>Getuige: {name}</source>
        <translation>Witness: {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="137"/>
        <source>Getuige</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="142"/>
        <source>de medewerker</source>
        <translation>the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="144"/>
        <source>getuige {name}</source>
        <translation>witness {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="144"/>
        <source>een getuige</source>
        <translation>a witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="39"/>
        <source>Gehouden op {date}</source>
        <translation>Held on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="42"/>
        <source>Afgewezen op {date}</source>
        <translation>Declined on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="47"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="49"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="51"/>
        <source>Nu aan de beurt</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="217"/>
        <source>{who} — te laat: {n}</source>
        <translation>{who} — overdue: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="60"/>
        <source>Nog geen nazorg gepland. Start direct na de melding: {schedule}</source>
        <translation>No aftercare planned yet. Start right after the report: {schedule}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="66"/>
        <source>1 contact is te laat.</source>
        <translation>1 contact is overdue.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="67"/>
        <source>{n} contacten zijn te laat.</source>
        <translation>{n} contacts are overdue.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="71"/>
        <source>Eerstvolgende: {kind} voor {who}, {date}.</source>
        <translation>Next: {kind} for {who}, {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="77"/>
        <source>Volgende check-in: {date}.</source>
        <translation>Next check-in: {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="80"/>
        <source>Geen check-in gepland: vraag regelmatig hoe het gaat.</source>
        <translation>No check-in planned: ask regularly how things are going.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="89"/>
        <source>eerste gesprek binnen 1 werkdag</source>
        <translation>first conversation within 1 working day</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="90"/>
        <source>eerste gesprek binnen {n} werkdagen</source>
        <translation>first conversation within {n} working days</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="92"/>
        <source>eerste gesprek binnen {hours} uur</source>
        <translation>first conversation within {hours} hours</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="99"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_panels.py" line="101"/>
        <source>{first}, daarna na {weeks} weken.</source>
        <translation>{first}, then after {weeks} weeks.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="213"/>
        <source>Gesprek van {date} vastgelegd.</source>
        <translation>Conversation of {date} recorded.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="229"/>
        <source>Gesprek van {date} gewijzigd.</source>
        <translation>Conversation of {date} changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="252"/>
        <source>Nazorg gepland voor {who}: eerste gesprek uiterlijk {date}. De vervolggesprekken staan in de lijst.</source>
        <translation>Aftercare planned for {who}: first conversation by {date} at the latest. The follow-up conversations are in the list.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="265"/>
        <source>Dit dossier heeft nog geen getuigen. Voeg ze toe op het tabblad Betrokkenen, met de rol Getuige; daarna kunt u hier nazorg voor hen starten.</source>
        <translation>This case has no witnesses yet. Add them on the People involved tab, with the role Witness; then you can start aftercare for them here.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="286"/>
        <source>{what} vastgelegd als gehouden op {date}.</source>
        <translation>{what} recorded as held on {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="291"/>
        <source>{kind} voor {who} (gepland op {date})</source>
        <translation>{kind} for {who} (planned for {date})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="303"/>
        <source>Aanbod afgewezen</source>
        <translation>Offer declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="304"/>
        <source>Vastleggen dat het aanbod vandaag is afgewezen?

{what}

Het aanbod wordt dan opnieuw gedaan op {date}.</source>
        <translation>Record that the offer was declined today?

{what}

The offer will then be made again on {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="311"/>
        <source>Afwijzing vastgelegd. Het aanbod wordt opnieuw gedaan op {date}; dat staat nu in de lijst.</source>
        <translation>Decline recorded. The offer will be made again on {date}; that is now in the list.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="325"/>
        <source>Check-in gepland op {date}.</source>
        <translation>Check-in planned for {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare.py" line="338"/>
        <source>Doorverwijzing vastgelegd: {to}, {date}.</source>
        <translation>Referral recorded: {to}, {date}.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="25"/>
        <source>Klachttermijn (3 maanden): {offence}</source>
        <translation>Complaint deadline (3 months): {offence}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="27"/>
        <source>eerste nazorggesprek</source>
        <translation>first aftercare conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="28"/>
        <source>vervolggesprek nazorg</source>
        <translation>aftercare follow-up conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="29"/>
        <source>Nazorg: {what}</source>
        <translation>Aftercare: {what}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="31"/>
        <source>Nazorg opnieuw aanbieden</source>
        <translation>Offer aftercare again</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="33"/>
        <source>Check-in: hoe gaat het?</source>
        <translation>Check-in: how are things going?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="35"/>
        <source>Bezwaartermijn bij {platform} loopt af</source>
        <translation>Appeal period at {platform} ends</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="37"/>
        <source>Juridische stap: volgende datum</source>
        <translation>Legal step: next date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="39"/>
        <source>Teamoverleg: omgangsafspraken opnieuw bespreken met {team}</source>
        <translation>Team meeting: discuss the conduct agreements again with {team}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="42"/>
        <source>Bewaartermijn verloopt: vernietigen of verlengen</source>
        <translation>Retention period ends: destroy or extend</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="58"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="58"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="58"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="59"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="74"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="74"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="75"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="83"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/agenda.py" line="90"/>
        <source>Let op: %n termijn(en) verstreken.</source>
        <translation>
            <numerusform>Warning: %n deadline passed.</numerusform>
            <numerusform>Warning: %n deadlines passed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="92"/>
        <source>Niets te laat.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/agenda.py" line="94"/>
        <source>Niets te laat, niets deze week.</source>
        <translation>Nothing overdue, nothing this week.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="213"/>
        <source>Titel van de omgangsafspraken</source>
        <translation>Title of the conduct agreements</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="214"/>
        <source>Inleiding van de omgangsafspraken</source>
        <translation>Introduction of the conduct agreements</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="216"/>
        <source>Afspraken, één per regel</source>
        <translation>Agreements, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="217"/>
        <source>&amp;Afspraken</source>
        <translation>&amp;Agreements</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="218"/>
        <source>Eén afspraak per regel. Kort is beter: op de poster moeten ze van een paar meter afstand te lezen zijn.</source>
        <translation>One agreement per line. Short is better: on the poster they must be readable from a few metres away.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="220"/>
        <source>Slotzin van de omgangsafspraken</source>
        <translation>Closing line of the conduct agreements</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="221"/>
        <source>Slot&amp;zin</source>
        <translation>Closing &amp;line</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="88"/>
        <source>Jaarverslag</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="93"/>
        <source>Een geanonimiseerd overzicht van de dossiers die in de periode zijn geopend. Er staan geen namen, dossiernummers, data of vrije tekst in. Aantallen van 1 of 2 staan er als &lt;3; × is verborgen zodat een klein aantal niet uit het totaal is terug te rekenen. Geef ontvangers één verslag per periode.</source>
        <translation>An anonymised overview of the cases opened in the period. It holds no names, case references, dates or free text. Counts of 1 or 2 show as &lt;3; × is hidden so that a small number cannot be worked out from the total. Give recipients one report per period.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="99"/>
        <source>Kalenderjaar</source>
        <translation>Calendar year</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="100"/>
        <source>Van maand tot maand</source>
        <translation>From month to month</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="112"/>
        <source>Soort periode</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="112"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="113"/>
        <source>Eerste maand</source>
        <translation>First month</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="113"/>
        <source>Laatste maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="114"/>
        <source>Taal van PDF en CSV</source>
        <translation>Language of PDF and CSV</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="117"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="118"/>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="119"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="120"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="121"/>
        <source>Taa&amp;l van PDF en CSV</source>
        <translation>&amp;Language of PDF and CSV</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="125"/>
        <source>Aantal dossiers in de periode</source>
        <translation>Number of cases in the period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="132"/>
        <source>Tabellen van het jaarverslag</source>
        <translation>Tables of the annual report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="135"/>
        <source>PDF &amp;maken…</source>
        <translation>&amp;Make PDF…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="136"/>
        <source>CSV e&amp;xporteren…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="137"/>
        <source>Verwerkings&amp;register…</source>
        <translation>Processing &amp;register…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="138"/>
        <source>Een voorstel voor het verwerkingsregister (artikel 30 AVG), ingevuld met de gegevens van de organisatie</source>
        <translation>A proposal for the processing register (Article 30 GDPR), filled in with the organisation&apos;s details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="197"/>
        <source>De laatste maand ligt vóór de eerste.</source>
        <translation>The last month is before the first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="201"/>
        <source>Dossiers geopend in de periode: {count}</source>
        <translation>Cases opened in the period: {count}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="203"/>
        <source>Minder dan drie dossiers in deze periode: te weinig om uit te splitsen zonder dat iemand herkenbaar wordt.</source>
        <translation>Fewer than three cases in this period: too few to break down without someone being recognisable.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="225"/>
        <source>Tabel: {title}</source>
        <translation>Table: {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="226"/>
        <source>Kenmerk</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="226"/>
        <source>Aantal dossiers</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="241"/>
        <source>Staafdiagram: {title}</source>
        <translation>Bar chart: {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="243"/>
        <source>Elk dossier telt in precies één rij.</source>
        <translation>Each case counts in exactly one row.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="244"/>
        <source>Een dossier kan in meer rijen staan, of in geen enkele.</source>
        <translation>A case can be in several rows, or in none.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="248"/>
        <source>Verborgen: de aantallen zijn te klein om te tonen.</source>
        <translation>Hidden: the numbers are too small to show.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="262"/>
        <source>Opgeslagen als {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="265"/>
        <source>Opslaan is niet gelukt: {reason}</source>
        <translation>Saving failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="272"/>
        <source>Jaarverslag opslaan</source>
        <translation>Save annual report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="273"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="287"/>
        <source>CSV voor de RI&amp;E opslaan</source>
        <translation>Save CSV for the risk inventory (RI&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="288"/>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="300"/>
        <source>Verwerkingsregister opslaan</source>
        <translation>Save processing register entry</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/annual_report.py" line="301"/>
        <source>PDF-bestanden (*.pdf);;Tekstbestanden (*.txt)</source>
        <translation>PDF files (*.pdf);;Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ogg_desktop/app.py" line="200"/>
        <source>Demo: het wachtwoord is „{passphrase}”.</source>
        <translation>Demo: the passphrase is “{passphrase}”.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="252"/>
        <source>Herstellen uit back-up</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="260"/>
        <source>De back-up is niet teruggezet; uw kluis is weer zoals hij was. {reason}</source>
        <translation>The backup was not restored; your vault is as it was. {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="274"/>
        <source>De back-up is teruggezet ({cases} dossiers). De kluis opent voortaan met het wachtwoord van de back-up.</source>
        <translation>The backup has been restored ({cases} cases). From now on the vault opens with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="278"/>
        <source>Uw vorige kluis is bewaard als {file} (met {name}.key ernaast).</source>
        <translation>Your previous vault has been kept as {file} (with {name}.key beside it).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="293"/>
        <source>De schermafbeelding van {time} is niet bewaard: de kluis werd niet binnen 10 minuten geopend.</source>
        <translation>The screenshot taken at {time} was not kept: the vault was not opened within 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="357"/>
        <source>OGG Desktop draait al met deze kluis; dat venster is naar voren gehaald.</source>
        <translation>OGG Desktop is already running with this vault; that window has been brought to the front.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="26"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="27"/>
        <source>Bewijsstuk</source>
        <translation>Evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="28"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="29"/>
        <source>Betrokkene</source>
        <translation>Person involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="30"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="31"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="32"/>
        <source>Conflict van plichten</source>
        <translation>Conflict of duties</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="33"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="34"/>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="35"/>
        <source>Melding bij platform</source>
        <translation>Platform report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="36"/>
        <source>Politie</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="37"/>
        <source>Juridische stap</source>
        <translation>Legal step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="38"/>
        <source>Doorverwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="39"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="40"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="41"/>
        <source>Correctie</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="21"/>
        <source>Deze regel is achteraf gewijzigd: de inhoud past niet meer bij de vastgelegde hash.</source>
        <translation>This entry was changed afterwards: its content no longer matches its recorded hash.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="23"/>
        <source>De koppeling met de regel ervoor klopt niet: een eerdere regel is vervangen of de volgorde van de regels is veranderd.</source>
        <translation>The link to the entry before it does not match: an earlier entry was replaced or the order of the entries was changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="26"/>
        <source>Vlak vóór deze regel ontbreken regels: er zijn regels verwijderd.</source>
        <translation>Entries are missing just before this one: entries were deleted.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="28"/>
        <source>Het logboek is ingekort: de laatste regels zijn verwijderd.</source>
        <translation>The log was cut short: its last entries were deleted.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="44"/>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="47"/>
        <source>Wie deed wat en wanneer, in de hele kluis — nooit de inhoud zelf. Elke regel is met een hash verbonden aan de regel ervoor, zodat achteraf wijzigen, verwijderen of van volgorde veranderen opvalt bij ‘Keten controleren’.</source>
        <translation>Who did what and when, across the whole vault — never the content itself. Each entry is linked by a hash to the one before it, so changing, deleting or reordering entries afterwards shows up under ‘Check chain’.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="27"/>
        <source>kenmerk, bijv. OGG-2026-0001</source>
        <translation>reference, e.g. OGG-2026-0001</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="30"/>
        <source>Alle handelingen</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="34"/>
        <source>gebruikersnaam</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="36"/>
        <source>Vanaf datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="37"/>
        <source>Tot en met datum</source>
        <translation>Up to and including date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="38"/>
        <source>Filters &amp;wissen</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="39"/>
        <source>Filter op dossier</source>
        <translation>Filter by case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="40"/>
        <source>Filter op handeling</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="41"/>
        <source>Filter op wie</source>
        <translation>Filter by who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="42"/>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="49"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="50"/>
        <source>&amp;Handeling</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="51"/>
        <source>W&amp;ie</source>
        <translation>W&amp;ho</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="52"/>
        <source>&amp;Vanaf</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="53"/>
        <source>&amp;Tot en met</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="56"/>
        <source>Regels van het logboek</source>
        <translation>Entries of the log</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="71"/>
        <source>Aantal regels</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="72"/>
        <source>&amp;Nieuwste regels tonen</source>
        <translation>Show &amp;newest entries</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="73"/>
        <source>Nieuwste regels tonen</source>
        <translation>Show newest entries</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="83"/>
        <source>De keten wordt gecontroleerd</source>
        <translation>The chain is being checked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="85"/>
        <source>&amp;Keten controleren</source>
        <translation>Chec&amp;k chain</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="86"/>
        <source>Keten controleren</source>
        <translation>Check chain</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="87"/>
        <source>Elke regel opnieuw narekenen en de eerste foute regel aanwijzen</source>
        <translation>Recompute every entry and point out the first bad one</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="88"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="89"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_filters.py" line="78"/>
        <source>De datum bij ‘Vanaf’ ligt na die bij ‘Tot en met’; daarom staat er niets in de lijst.</source>
        <translation>The ‘From’ date is after the ‘To’ date; that is why the list is empty.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="139"/>
        <source>{n} regels gevonden.</source>
        <translation>{n} entries found.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="141"/>
        <source>{n} regels getoond; scroll omlaag voor oudere regels.</source>
        <translation>{n} entries shown; scroll down for older entries.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="142"/>
        <source>Het logboek telt {total} regels.</source>
        <translation>The log has {total} entries.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer.py" line="144"/>
        <source>Getoond vanaf regel {id}; nieuwere regels staan er niet bij.</source>
        <translation>Shown from entry {id} on; newer entries are not included.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="66"/>
        <source>De keten wordt gecontroleerd…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="80"/>
        <source>De keten kon niet worden gecontroleerd: de kluis is niet te lezen. Probeer het opnieuw of kies Kluis → Integriteit controleren.</source>
        <translation>The chain could not be checked: the vault cannot be read. Try again or choose Vault → Check integrity.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="90"/>
        <source>De keten is in orde: {n} regels gecontroleerd.</source>
        <translation>The chain is intact: {n} entries checked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="98"/>
        <source>De keten is niet in orde. Eerste foute regel: nummer {id} — die regel ontbreekt. {reason}</source>
        <translation>The chain is broken. First bad entry: number {id} — that entry is missing. {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="103"/>
        <source>De keten is niet in orde. Eerste foute regel: nummer {id}, van {time}. {reason} Alles vanaf deze regel is onbetrouwbaar.</source>
        <translation>The chain is broken. First bad entry: number {id}, of {time}. {reason} Nothing from this entry on can be trusted.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_chain.py" line="117"/>
        <source>De filters zijn gewist om regel {id} te tonen.</source>
        <translation>The filters were cleared to show entry {id}.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="76"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="76"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="76"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="76"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="76"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="77"/>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="77"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="160"/>
        <source>{number}, eerste foute regel</source>
        <translation>{number}, first bad entry</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="164"/>
        <source>Eerste foute regel van de keten</source>
        <translation>First bad entry of the chain</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/audit_viewer_model.py" line="166"/>
        <source>{time} (UTC: {utc})</source>
        <translation>{time} (UTC: {utc})</translation>
    </message>
</context>
<context>
    <name>BackupRestoreActions</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="253"/>
        <source>Back-up naar &amp;map…</source>
        <translation>Back up to &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="254"/>
        <source>Versleutelde, gecontroleerde back-up in een map naar keuze, bijvoorbeeld op een USB-stick</source>
        <translation>Encrypted, checked backup in a folder of your choice, for example on a USB stick</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="258"/>
        <source>&amp;Herstellen uit back-up…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="259"/>
        <source>De kluis vervangen door een back-up; de huidige kluis blijft ernaast bewaard</source>
        <translation>Replace the vault with a backup; the current vault is kept beside it</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="268"/>
        <source>Back-up naar map</source>
        <translation>Back up to folder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="270"/>
        <source>Map voor de back-up kiezen (bijvoorbeeld een USB-stick)</source>
        <translation>Choose a folder for the backup (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="283"/>
        <source>In deze map kan geen back-up worden geschreven ({reason}). Kies een andere map; er is niets achtergelaten.</source>
        <translation>No backup can be written in this folder ({reason}). Choose another folder; nothing was left behind.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="288"/>
        <source>De back-up is gemaakt en gecontroleerd door hem te openen.

Map: {folder}
Bestanden: {name} en {name}.key
Samen: {size}

Bewaar beide bestanden samen. U zet de back-up terug met Kluis → Herstellen uit back-up…, met het wachtwoord dat nu geldt.</source>
        <translation>The backup has been made and checked by opening it.

Folder: {folder}
Files: {name} and {name}.key
Together: {size}

Keep both files together. You restore the backup with Vault → Restore from backup…, with the passphrase that is valid now.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="296"/>
        <source>Herstellen uit back-up</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="299"/>
        <source>Herstellen kan alleen vanuit het programmavenster zelf. Gebruik anders: ogg-desktop restore --from BESTAND.</source>
        <translation>Restoring is only possible from the application window itself. Otherwise use: ogg-desktop restore --from FILE.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="45"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="45"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="45"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="46"/>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="46"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="145"/>
        <source>Zoeken in dossiers, bewijs en notities…</source>
        <translation>Search cases, evidence and notes…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="146"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="150"/>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="222"/>
        <source>Geen dossiers gevonden voor deze zoekopdracht.</source>
        <translation>No cases found for this search.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_list.py" line="223"/>
        <source>Nog geen dossiers. Kies ‘Nieuw dossier’ om te beginnen.</source>
        <translation>No cases yet. Choose ‘New case’ to begin.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="40"/>
        <source>Onderdelen van het dossier</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="51"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="52"/>
        <source>&amp;Bewijs</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="53"/>
        <source>Betro&amp;kkenen</source>
        <translation>&amp;People involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="54"/>
        <source>&amp;Stappenplan</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="55"/>
        <source>Na&amp;zorg</source>
        <translation>&amp;Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="56"/>
        <source>&amp;Meldingen</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="57"/>
        <source>De&amp;len</source>
        <translation>Sh&amp;aring</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="58"/>
        <source>&amp;Notities</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="59"/>
        <source>&amp;Tijdlijn</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="60"/>
        <source>&amp;Geschiedenis</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="61"/>
        <source>Kies links een dossier, of maak een nieuw dossier.</source>
        <translation>Choose a case on the left, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="131"/>
        <source>medewerker nog niet ingevuld</source>
        <translation>employee not filled in yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/case_view.py" line="132"/>
        <source>{who} · {status} · geopend {date}</source>
        <translation>{who} · {status} · opened {date}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="411"/>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="425"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="412"/>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="413"/>
        <source>&amp;Huidig wachtwoord</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="418"/>
        <source>&amp;Wijzigen</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="419"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="422"/>
        <source>Uw herstelsleutel blijft geldig; het oude wachtwoord werkt direct niet meer.</source>
        <translation>Your recovery key remains valid; the old passphrase stops working straight away.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="204"/>
        <source>Check-in plannen</source>
        <translation>Plan check-in</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="206"/>
        <source>Vraag regelmatig hoe het gaat. Kies wanneer u de volgende keer contact opneemt.</source>
        <translation>Ask regularly how things are going. Choose when you will get in touch next.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="209"/>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="213"/>
        <source>Datum van de check-in</source>
        <translation>Date of the check-in</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="216"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="217"/>
        <source>bijv. bellen</source>
        <translation>e.g. phone call</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="221"/>
        <source>&amp;Met wie</source>
        <translation>With &amp;whom</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="222"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="223"/>
        <source>Korte &amp;notitie</source>
        <translation>Short &amp;note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="229"/>
        <source>Kies vandaag of een datum later.</source>
        <translation>Choose today or a later date.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="31"/>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="33"/>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="35"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="37"/>
        <source>Stand van stap {name}</source>
        <translation>Status of step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="38"/>
        <source>Wie bij stap {name}</source>
        <translation>Who for step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="39"/>
        <source>Notitie bij stap {name}</source>
        <translation>Note on step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="43"/>
        <source>Datum van stap {name}</source>
        <translation>Date of step {name}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/checklist.py" line="80"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Classification</name>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="12"/>
        <source>Nog niet bepaald</source>
        <translation>Not yet determined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="17"/>
        <source>Pesten</source>
        <translation>Bullying</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="18"/>
        <source>Intimidatie</source>
        <translation>Intimidation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="19"/>
        <source>Seksuele intimidatie</source>
        <translation>Sexual harassment</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="20"/>
        <source>Agressie en geweld</source>
        <translation>Aggression and violence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="21"/>
        <source>Discriminatie</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="22"/>
        <location filename="../../ogg_desktop/gui/classification.py" line="47"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="28"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="30"/>
        <source>Online en offline</source>
        <translation>Online and offline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="36"/>
        <source>Binnen de organisatie (intern)</source>
        <translation>Inside the organisation (internal)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="37"/>
        <source>Buiten de organisatie (extern)</source>
        <translation>Outside the organisation (external)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="38"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="44"/>
        <source>Opgelost (gesprek of bemiddeling)</source>
        <translation>Resolved (conversation or mediation)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="45"/>
        <source>Maatregelen door de werkgever</source>
        <translation>Measures taken by the employer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="46"/>
        <source>Geen verdere stappen gewenst</source>
        <translation>No further steps wanted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="53"/>
        <source>Soort gedrag</source>
        <translation>Kind of behaviour</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="54"/>
        <source>Online of offline</source>
        <translation>Online or offline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="55"/>
        <source>Binnen of buiten de organisatie</source>
        <translation>Inside or outside the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="56"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="57"/>
        <source>Wat er is gedaan</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="58"/>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="59"/>
        <source>Tijd tot het eerste nazorggesprek</source>
        <translation>Time to the first aftercare talk</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="65"/>
        <source>Gemeld bij het platform</source>
        <translation>Reported to the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="66"/>
        <source>Verwijderd door het platform</source>
        <translation>Removed by the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="67"/>
        <source>Aangifte of melding bij de politie</source>
        <translation>Criminal report or registration with the police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="68"/>
        <source>Juridische stappen</source>
        <translation>Legal steps</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="69"/>
        <source>Binnen 72 uur</source>
        <translation>Within 72 hours</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="70"/>
        <source>Binnen een week</source>
        <translation>Within a week</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="71"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="72"/>
        <source>Nog geen</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="73"/>
        <source>Ander platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/classification.py" line="74"/>
        <source>Geen platform vastgelegd</source>
        <translation>No platform recorded</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="18"/>
        <source>OGG Desktop: vertrouwelijk dossier bij online grensoverschrijdend gedrag. Zonder opdracht start het venster.</source>
        <translation>OGG Desktop: confidential case files for online harassment. Without a command, the window opens.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="29"/>
        <source>pad naar de kluis (standaard in uw gegevensmap)</source>
        <translation>path to the vault (default: in your data folder)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="34"/>
        <source>lees het wachtwoord van de eerste regel van standaardinvoer</source>
        <translation>read the passphrase from the first line of standard input</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="37"/>
        <source>taal van de app</source>
        <translation>language of the app</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="42"/>
        <source>open een nieuwe kluis met verzonnen voorbeelddossiers in een tijdelijke map</source>
        <translation>open a new vault with made-up example cases in a temporary folder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="49"/>
        <source>controleer deze installatie: kluis, schermafbeelding en rapport in een tijdelijke map</source>
        <translation>check this installation: vault, screenshot and report in a temporary folder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="83"/>
        <location filename="../../ogg_desktop/cli_parser.py" line="53"/>
        <location filename="../../ogg_desktop/cli_parser.py" line="61"/>
        <location filename="../../ogg_desktop/cli_parser.py" line="73"/>
        <source>OPDRACHT</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="56"/>
        <source>maak een nieuwe kluis (toont eenmalig de herstelsleutel)</source>
        <translation>create a new vault (shows the recovery key once)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="59"/>
        <source>dossiers</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="63"/>
        <source>nieuw dossier; toont het kenmerk</source>
        <translation>new case; prints its reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="66"/>
        <source>pseudoniem of naam van de medewerker</source>
        <translation>pseudonym or name of the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="68"/>
        <source>alle dossiers</source>
        <translation>all cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="71"/>
        <source>bewijsstukken</source>
        <translation>evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="76"/>
        <source>afbeeldingen importeren; originele bytes blijven bewaard</source>
        <translation>import images; the original bytes are kept</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="83"/>
        <source>schrijf de originele bytes van een bewijsstuk naar een bestand</source>
        <translation>write the original bytes of an evidence item to a file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="90"/>
        <source>controleer alle hashes, de auditketen en de kluis zelf</source>
        <translation>check all hashes, the audit chain and the vault itself</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="97"/>
        <source>controleer een rapport: bijlagen, afgedrukte hashes en de bewijsstukken in de kluis</source>
        <translation>check a report: attachments, printed hashes and the items in the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="104"/>
        <source>versleutelde, gecontroleerde kopie van de kluis</source>
        <translation>encrypted, verified copy of the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="109"/>
        <source>wachtwoord wijzigen (oud en nieuw, elk op een eigen regel)</source>
        <translation>change the passphrase (old and new, each on its own line)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="112"/>
        <source>nieuw wachtwoord instellen met de herstelsleutel</source>
        <translation>set a new passphrase with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_parser.py" line="116"/>
        <source>schermafbeelding: zonder --case kiest u het gebied in het venster; met --case direct opslaan</source>
        <translation>screenshot: without --case you choose the region in the window; with --case it is stored directly</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="89"/>
        <location filename="../../ogg_desktop/cli_parser.py" line="120"/>
        <location filename="../../ogg_desktop/cli_reports.py" line="32"/>
        <source>kenmerk van het dossier</source>
        <translation>reference of the case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_console.py" line="40"/>
        <source>Geen wachtwoord op standaardinvoer.</source>
        <translation>No passphrase on standard input.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_console.py" line="44"/>
        <source>Geen terminal om het wachtwoord te vragen: gebruik --passphrase-stdin.</source>
        <translation>No terminal to ask for the passphrase: use --passphrase-stdin.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_console.py" line="72"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="175"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="212"/>
        <source>Wachtwoord: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="250"/>
        <location filename="../../ogg_desktop/cli_vault.py" line="33"/>
        <source>Op deze plek staat al een kluis: {path}</source>
        <translation>There is already a vault here: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="36"/>
        <location filename="../../ogg_desktop/cli_vault.py" line="121"/>
        <location filename="../../ogg_desktop/cli_vault.py" line="138"/>
        <source>Nieuw wachtwoord: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="39"/>
        <source>Herhaal het wachtwoord: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="48"/>
        <source>Kluis gemaakt: {path}</source>
        <translation>Vault created: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_output.py" line="17"/>
        <source>HERSTELSLEUTEL — schrijf deze op of print hem, en bewaar hem op een veilige plek.</source>
        <translation>RECOVERY KEY — write it down or print it, and keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_output.py" line="19"/>
        <source>Hij wordt maar één keer getoond en opent de kluis als u het wachtwoord kwijt bent:</source>
        <translation>It is shown only once, and it opens the vault if you lose your passphrase:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_console.py" line="87"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="187"/>
        <source>Dossier niet gevonden: {ref}</source>
        <translation>Case not found: {ref}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="73"/>
        <source>Bewijsstuk {item} hoort niet bij dossier {ref}.</source>
        <translation>Evidence item {item} does not belong to case {ref}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="83"/>
        <source>Kan {file} niet schrijven: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="96"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="209"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="247"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="280"/>
        <source>{file}: bestand niet gevonden.</source>
        <translation>{file}: file not found.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="105"/>
        <source>{file}: kan niet worden gelezen ({reason}).</source>
        <translation>{file}: cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="63"/>
        <source>Bewijsstukken gecontroleerd: {n}</source>
        <translation>Evidence items checked: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="67"/>
        <source>AFWIJKING: bewijsstuk {id} in {ref}: verwacht {expected}, gevonden {actual}</source>
        <translation>MISMATCH: evidence item {id} in {ref}: expected {expected}, found {actual}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="73"/>
        <source>Auditketen in orde ({n} regels).</source>
        <translation>Audit chain intact ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="77"/>
        <source>Auditketen kon niet worden gelezen: het bestand is beschadigd.</source>
        <translation>The audit chain could not be read: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="81"/>
        <source>Auditketen GEBROKEN vanaf regel {id}.</source>
        <translation>Audit chain BROKEN from entry {id}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="86"/>
        <source>Kluis beschadigd: {problem}</source>
        <translation>Vault damaged: {problem}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="88"/>
        <source>Alles in orde.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="90"/>
        <source>Er zijn afwijkingen. Wijzig niets; zet zo nodig een back-up terug: ogg-desktop restore --from BESTAND (of in het venster: Kluis → Herstellen uit back-up…).</source>
        <translation>Problems were found. Change nothing; restore a backup if needed: ogg-desktop restore --from FILE (or in the window: Vault → Restore from backup…).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="103"/>
        <source>{file} bestaat al; kies een nieuwe naam.</source>
        <translation>{file} already exists; choose a new name.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="108"/>
        <source>Back-up gemaakt en gecontroleerd: {file} (met sleutelbestand {file}.key)</source>
        <translation>Backup created and verified: {file} (with key file {file}.key)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="120"/>
        <source>Huidig wachtwoord: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="130"/>
        <source>Wachtwoord gewijzigd.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="137"/>
        <source>Herstelsleutel: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_vault.py" line="147"/>
        <source>Nieuw wachtwoord ingesteld met de herstelsleutel.</source>
        <translation>New passphrase set with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="129"/>
        <source>De vertraging is 0 tot 60 seconden.</source>
        <translation>The delay is 0 to 60 seconds.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="133"/>
        <source>--region, --monitor en --all horen bij --case.</source>
        <translation>--region, --monitor and --all go with --case.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="137"/>
        <source>Kies --region X,Y,W,H, --monitor N of --all.</source>
        <translation>Choose --region X,Y,W,H, --monitor N or --all.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="142"/>
        <source>--region verwacht X,Y,B,H in beeldpunten, bijv. 0,0,800,600.</source>
        <translation>--region expects X,Y,W,H in pixels, e.g. 0,0,800,600.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="154"/>
        <source>Scherm {n} bestaat niet.</source>
        <translation>Monitor {n} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_cases.py" line="180"/>
        <source>OGG Desktop maakt de schermafbeelding.</source>
        <translation>OGG Desktop is taking the screenshot.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="29"/>
        <source>maak een PDF: politie, hr, medewerker of platformmelding</source>
        <translation>make a PDF: police, hr, employee or platform notice</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="35"/>
        <source>taal van het rapport (standaard de taal van de app)</source>
        <translation>language of the report (default: the app&apos;s language)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="38"/>
        <source>politie: de naam van de medewerker in plaats van het pseudoniem</source>
        <translation>police: the employee&apos;s name instead of the pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="41"/>
        <source>wie het rapport ontvangt (voor het overzicht &apos;gedeeld met&apos;)</source>
        <translation>who receives the report (for the &apos;shared with&apos; log)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="43"/>
        <source>hr: alleen deze bewijsstukken</source>
        <translation>hr: only these items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="45"/>
        <source>notice: de melding bij het platform</source>
        <translation>notice: the platform report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="47"/>
        <source>overschrijf een bestaand bestand</source>
        <translation>overwrite an existing file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="53"/>
        <source>Geen dossier met kenmerk {ref}.</source>
        <translation>No case with reference {ref}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="57"/>
        <source>{file} bestaat al; kies een nieuwe naam of gebruik --force.</source>
        <translation>{file} already exists; choose a new name or use --force.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="67"/>
        <source>--items verwacht nummers, gescheiden door komma&apos;s.</source>
        <translation>--items expects numbers separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="75"/>
        <source>Kies de melding bij het platform met --platform-report; dit dossier heeft: {choices}</source>
        <translation>Choose the platform report with --platform-report; this case has: {choices}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="85"/>
        <source>De medewerker heeft (nog) geen toestemming gegeven voor: {step}. Leg de toestemming vast in het dossier, of leg in het venster vast waarom u toch handelt (conflict van plichten).</source>
        <translation>The employee has not (yet) consented to: {step}. Record the consent in the case, or record in the window why you act anyway (conflict of duties).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="93"/>
        <source>{kind} geschreven: {file}</source>
        <translation>{kind} written: {file}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="95"/>
        <source>Bewijsstukken: {n}. SHA-256 van de PDF: {sha}</source>
        <translation>Items: {n}. SHA-256 of the PDF: {sha}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="104"/>
        <source>{file} is geen leesbare PDF.</source>
        <translation>{file} is not a readable PDF.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="111"/>
        <source>Rapport voor dossier {ref}: {n} bijgevoegde originelen.</source>
        <translation>Report for case {ref}: {n} attached originals.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="115"/>
        <source>AFWIJKING: bijlage {name} heeft SHA-256 {sha}, die niet in het rapport staat.</source>
        <translation>MISMATCH: attachment {name} has SHA-256 {sha}, which is not printed in the report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="119"/>
        <source>AFWIJKING: bijlage {name} komt niet overeen met een bewijsstuk in de kluis.</source>
        <translation>MISMATCH: attachment {name} does not match an item in the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="123"/>
        <source>AFWIJKING: het rapport noemt SHA-256 {sha}, maar het bestand zit er niet bij.</source>
        <translation>MISMATCH: the report names SHA-256 {sha}, but that file is not attached.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="126"/>
        <source>Er zitten geen originele bestanden in dit rapport.</source>
        <translation>This report holds no original files.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_reports.py" line="128"/>
        <source>In orde: elke bijlage heeft de afgedrukte hash en is gelijk aan het bewijsstuk in de kluis.</source>
        <translation>All good: every attachment has the printed hash and equals the item in the vault.</translation>
    </message>
</context>
<context>
    <name>CliHandover</name>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="60"/>
        <source>zet een back-up terug; de huidige kluis blijft ernaast bewaard</source>
        <translation>restore a backup; the current vault is kept beside it</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="70"/>
        <source>de back-up (met FILE.key ernaast)</source>
        <translation>the backup (with FILE.key beside it)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="73"/>
        <source>niet om bevestiging vragen</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="78"/>
        <source>overdracht: versleutelde bundel van een dossier of de hele kluis</source>
        <translation>handover: encrypted bundle of one case or the whole vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="86"/>
        <source>maak een bundel met een eigen wachtwoord</source>
        <translation>make a bundle with its own passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="90"/>
        <source>de hele kluis</source>
        <translation>the whole vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="93"/>
        <source>neem de dossiers uit een bundel over in deze kluis</source>
        <translation>take the cases in a bundle over into this vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="98"/>
        <source>maak van een bundel een nieuwe kluis met een eigen wachtwoord</source>
        <translation>turn a bundle into a new vault with its own passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="107"/>
        <source>waar de nieuwe kluis komt</source>
        <translation>where the new vault goes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="140"/>
        <source>Wachtwoord voor de bundel: </source>
        <translation>Passphrase for the bundle: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="141"/>
        <source>Herhaal het wachtwoord voor de bundel: </source>
        <translation>Repeat the passphrase for the bundle: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="171"/>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="193"/>
        <source>Bundel gemaakt en gecontroleerd: {file} ({size}; dossiers: {cases}, bewijsstukken: {items})</source>
        <translation>Bundle made and checked: {file} ({size}; cases: {cases}, evidence items: {items})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="198"/>
        <source>Geef het wachtwoord van de bundel apart door, niet samen met het bestand.</source>
        <translation>Pass on the bundle&apos;s passphrase separately, not together with the file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="213"/>
        <location filename="../../ogg_desktop/cli_handover.py" line="254"/>
        <source>Wachtwoord van de bundel: </source>
        <translation>Passphrase of the bundle: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="222"/>
        <source>{old} → {new} (dit kenmerk bestond al in deze kluis)</source>
        <translation>{old} → {new} (this reference already existed in this vault)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="230"/>
        <source>Overgenomen: {cases} dossier(s), {items} bewijsstuk(ken); alle hashes gecontroleerd.</source>
        <translation>Taken over: {cases} case(s), {items} evidence item(s); all hashes checked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="241"/>
        <source>Geef met --vault NEWPATH aan waar de nieuwe kluis komt.</source>
        <translation>Say with --vault NEWPATH where the new vault goes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="255"/>
        <source>Nieuw wachtwoord voor de kluis: </source>
        <translation>New passphrase for the vault: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="258"/>
        <source>Herhaal het nieuwe wachtwoord: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="268"/>
        <source>Kluis gemaakt: {path} (dossiers: {cases})</source>
        <translation>Vault created: {path} (cases: {cases})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="283"/>
        <source>Dit is de kluis zelf, geen back-up.</source>
        <translation>This is the vault itself, not a backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="287"/>
        <source>Wachtwoord van de back-up: </source>
        <translation>Passphrase of the backup: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="290"/>
        <source>Back-up van {date}: {cases} dossier(s), {items} bewijsstuk(ken); gecontroleerd.</source>
        <translation>Backup of {date}: {cases} case(s), {items} evidence item(s); checked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="296"/>
        <source>De huidige kluis vervangen door deze back-up? De huidige blijft ernaast bewaard. Typ j om door te gaan: </source>
        <translation>Replace the current vault with this backup? The current one is kept beside it. Type y to continue: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="305"/>
        <source>Niets gewijzigd.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="312"/>
        <source>Back-up teruggezet: {path}. De kluis opent nu met het wachtwoord van de back-up.</source>
        <translation>Backup restored: {path}. The vault now opens with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/cli_handover.py" line="318"/>
        <source>De vorige kluis is bewaard als {file} (met {file}.key).</source>
        <translation>The previous vault has been kept as {file} (with {file}.key).</translation>
    </message>
</context>
<context>
    <name>ConsentConfirmDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="169"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="331"/>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="339"/>
        <source>bijv. mondeling in gesprek, schriftelijk getekend</source>
        <translation>e.g. verbally, in writing</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="340"/>
        <source>Waarvoor</source>
        <translation>Consent for</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="340"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="341"/>
        <source>Hoe gegeven</source>
        <translation>How given</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="344"/>
        <source>&amp;Waarvoor</source>
        <translation>Consent &amp;for</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="345"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="346"/>
        <source>&amp;Hoe gegeven</source>
        <translation>&amp;How given</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="91"/>
        <source>Toestemming nodig</source>
        <translation>Consent needed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="95"/>
        <source>Uitleg: toestemming nodig</source>
        <translation>Explanation: consent needed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="96"/>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="97"/>
        <source>Toch doorgaan (&amp;conflict van plichten)…</source>
        <translation>Proceed anyway (&amp;conflict of duties)…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="98"/>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="112"/>
        <source>Let op: </source>
        <translation>Warning: </translation>
    </message>
</context>
<context>
    <name>ContactGroup</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="47"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="47"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="48"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="48"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="70"/>
        <source>Spreek vooraf af wie wat doet. De twee politiecontacten komen in de aangifte; HR, juridisch, nazorg en bedrijfsarts zijn voor uw eigen overzicht en staan in geen enkel rapport.</source>
        <translation>Agree in advance who does what. The two police contacts go into the police report; HR, legal, aftercare and company doctor are for your own overview and appear in no report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="75"/>
        <source>Politie: &amp;vast aanspreekpunt</source>
        <translation>Police: &amp;regular contact</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="75"/>
        <source>politie</source>
        <translation>police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="76"/>
        <source>Uw vaste contact bij de politie, bijvoorbeeld de wijkagent. Staat in elke aangifte.</source>
        <translation>Your regular contact at the police, for example the community police officer. Appears in every police report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="78"/>
        <source>Politie: pu&amp;blieke taak</source>
        <translation>Police: pu&amp;blic task</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="78"/>
        <source>politie, publieke taak</source>
        <translation>police, public task</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="79"/>
        <source>Alleen als er VPT/ELA-afspraken gelden voor medewerkers met een publieke taak (zoals zorg, handhaving, openbaar vervoer). Staat in de aangifte als die om zo&apos;n medewerker gaat.</source>
        <translation>Only where VPT/ELA agreements apply to employees with a public task (such as care, enforcement, public transport). Appears in the police report when it concerns such an employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="82"/>
        <source>&amp;HR</source>
        <translation>H&amp;uman resources</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="82"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="83"/>
        <source>&amp;Juridisch</source>
        <translation>&amp;Legal</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="83"/>
        <source>juridisch</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="85"/>
        <source>Na&amp;zorg</source>
        <translation>&amp;Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="85"/>
        <source>nazorg</source>
        <translation>aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="86"/>
        <source>Bijvoorbeeld het bedrijfsopvangteam of Slachtofferhulp.</source>
        <translation>For example the company support team or Victim Support.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="87"/>
        <source>Bed&amp;rijfsarts</source>
        <translation>&amp;Works doctor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="87"/>
        <source>bedrijfsarts</source>
        <translation>company doctor</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="41"/>
        <source>Gesprek wijzigen</source>
        <translation>Edit conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="41"/>
        <source>Gesprek vastleggen</source>
        <translation>Record conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="43"/>
        <source>Datum van het gesprek</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="46"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="47"/>
        <source>bijv. medewerker en vertrouwenspersoon</source>
        <translation>e.g. employee and confidential counsellor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="49"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="51"/>
        <source>Wat is besproken, wat is afgesproken.</source>
        <translation>What was discussed, what was agreed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="55"/>
        <source>Wie mag de samenvatting zien</source>
        <translation>Who may see the summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="58"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="59"/>
        <source>&amp;Aanwezig</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="60"/>
        <source>&amp;Samenvatting</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="61"/>
        <source>Houd het kort en schrijf zo min mogelijk over anderen: een dossier kan worden opgevraagd.</source>
        <translation>Keep it short and write as little as possible about others: a case file can be requested.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="63"/>
        <source>&amp;Zichtbaar voor</source>
        <translation>&amp;Visible to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="73"/>
        <source>Vul in wie er bij het gesprek waren.</source>
        <translation>Fill in who was present at the conversation.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="78"/>
        <source>De datum ligt in de toekomst. Leg een gesprek vast nadat het is gehouden.</source>
        <translation>The date is in the future. Record a conversation after it has taken place.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="69"/>
        <source>Klopt niet</source>
        <translation>That&apos;s wrong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="72"/>
        <source>Wat klopt er niet? Kies het gegeven en schrijf op hoe het wel zit. Het gegeven zelf blijft staan; uw opmerking wordt ernaast bewaard, met datum en tijd.</source>
        <translation>What is wrong? Choose the fact and write down how it really is. The fact itself stays as it is; your remark is kept beside it, with the date and time.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="77"/>
        <source>Welk gegeven klopt niet</source>
        <translation>Which fact is wrong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="78"/>
        <source>Wat er nu staat:</source>
        <translation>What it says now:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="82"/>
        <source>Wat er nu staat</source>
        <translation>What it says now</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="86"/>
        <source>Hoe het wel zit</source>
        <translation>How it really is</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="87"/>
        <source>Hoe het wel zit, in uw eigen woorden</source>
        <translation>How it really is, in your own words</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="88"/>
        <source>&amp;Hoe zit het wel?</source>
        <translation>&amp;How is it really?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="90"/>
        <source>&amp;Gegeven:</source>
        <translation>&amp;Fact:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="94"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="95"/>
        <source>Opmerking vastleggen</source>
        <translation>Record the remark</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="99"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="143"/>
        <source>Schrijf eerst op hoe het wel zit. Er is nog niets vastgelegd.</source>
        <translation>First write down how it really is. Nothing has been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="149"/>
        <source>Dat is te lang om hier vast te leggen (hoogstens {max} tekens). Maak het korter; er is nog niets vastgelegd.</source>
        <translation>That is too long to record here (at most {max} characters). Please make it shorter; nothing has been recorded yet.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ogg_desktop/gui/capture/flow.py" line="44"/>
        <source>Aftellen tot de schermafbeelding</source>
        <translation>Countdown to the screenshot</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="112"/>
        <source>OGG Desktop — nieuwe kluis</source>
        <translation>OGG Desktop — new vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="115"/>
        <source>Welkom. Alles wat u in OGG Desktop vastlegt, wordt versleuteld bewaard in een kluis op deze laptop. Niets gaat via internet. Kies een wachtwoord waarmee u de kluis opent.</source>
        <translation>Welcome. Everything you record in OGG Desktop is stored encrypted in a vault on this laptop. Nothing goes over the internet. Choose a passphrase to open the vault with.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="124"/>
        <source>Kluis &amp;maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="126"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="127"/>
        <source>Afsluiten zonder kluis</source>
        <translation>Quit without a vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="131"/>
        <source>Nieuwe kluis maken</source>
        <translation>Create a new vault</translation>
    </message>
</context>
<context>
    <name>DelayMenu</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/widgets.py" line="18"/>
        <source>&amp;Direct</source>
        <translation>&amp;Now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence/widgets.py" line="21"/>
        <source>Na %n seconden</source>
        <translation>
            <numerusform>After %n second</numerusform>
            <numerusform>After %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyCaseDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="64"/>
        <source>Dossier vernietigen</source>
        <translation>Destroy case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="67"/>
        <source>Vernietigen: {reference} — {title}</source>
        <translation>Destroy: {reference} — {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="75"/>
        <source>Alles van dit dossier wordt uit de kluis gewist: het bewijs (ook bewerkte kopieën), notities, het stappenplan, toestemmingen, gesprekken, nazorg, meldingen, de lijst ‘Gedeeld met’, de accounts en de betrokkenen die in geen ander dossier voorkomen.</source>
        <translation>Everything in this case is erased from the vault: the evidence (edited copies too), notes, the response steps, consents, conversations, aftercare, reports, the ‘Shared with’ list, the accounts and the people who appear in no other case.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="78"/>
        <source>Dit kan niet ongedaan worden gemaakt.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="81"/>
        <source>Back-ups bevatten het dossier nog tot u ze vervangt of verwijdert — ook de back-ups die de app bij een update naast de kluis zet. PDF&apos;s en bestanden die u eerder exporteerde, blijven waar ze staan. In de geschiedenis van de kluis blijft alleen staan dát dit dossier is vernietigd, met het kenmerk en aantallen — geen inhoud.</source>
        <translation>Backups still hold the case until you replace or delete them — including the backups the app puts next to the vault when it updates. PDFs and files you exported earlier stay where they are. The vault&apos;s history keeps only the fact that this case was destroyed, with its reference and counts — no content.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="87"/>
        <source>Let op: dit dossier is niet gesloten en de bewaartermijn is nog niet verstreken.</source>
        <translation>Note: this case is not closed and its retention period has not passed yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="99"/>
        <source>Kenmerk ter bevestiging</source>
        <translation>Reference to confirm</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="102"/>
        <source>&amp;Definitief vernietigen</source>
        <translation>&amp;Destroy for good</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="104"/>
        <source>Dossier definitief vernietigen</source>
        <translation>Destroy the case for good</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="111"/>
        <source>Typ ter bevestiging het kenmerk &amp;{reference}:</source>
        <translation>To confirm, type the reference &amp;{reference}:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="134"/>
        <source>Typ het kenmerk {reference} om te bevestigen. Er is niets verwijderd.</source>
        <translation>Type the reference {reference} to confirm. Nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="143"/>
        <source>‘{typed}’ is niet het kenmerk van dit dossier ({reference}). Er is niets verwijderd.</source>
        <translation>‘{typed}’ is not this case&apos;s reference ({reference}). Nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="150"/>
        <source>Dit dossier bestaat niet meer in de kluis.</source>
        <translation>This case is no longer in the vault.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="65"/>
        <source>Standaardtekst &amp;herstellen</source>
        <translation>Restore &amp;default text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="66"/>
        <source>Standaardtekst herstellen</source>
        <translation>Restore default text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="76"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="78"/>
        <source>&amp;Inleiding</source>
        <translation>&amp;Introduction</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="25"/>
        <source>Bewijsstukken</source>
        <translation>Evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="34"/>
        <source>&amp;Schermafbeelding maken</source>
        <translation>Take &amp;screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="35"/>
        <source>Het venster verdwijnt, u kiest een gebied op het stilgezette scherm.</source>
        <translation>The window disappears; you choose a region on the frozen screen.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="42"/>
        <source>Afbeelding &amp;importeren…</source>
        <translation>Import ima&amp;ge…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="43"/>
        <source>U kunt afbeeldingen ook hierheen slepen.</source>
        <translation>You can also drag images here.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="38"/>
        <source>Origineel &amp;exporteren…</source>
        <translation>E&amp;xport original…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="24"/>
        <source>Afbeelding van het bewijsstuk</source>
        <translation>Image of the evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="26"/>
        <source>Op volgorde van vastleggen, oudste eerst</source>
        <translation>In order of capture, oldest first</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="45"/>
        <source>&amp;Foto van ander apparaat importeren…</source>
        <translation>Import &amp;photo from another device…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="47"/>
        <source>Een foto van het scherm, gemaakt met bijv. een telefoon. Het bestand wordt ongewijzigd bewaard, met zijn EXIF-gegevens.</source>
        <translation>A photo of the screen, taken with e.g. a phone. The file is kept unchanged, with its EXIF data.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="50"/>
        <source>Pl&amp;akken uit klembord</source>
        <translation>P&amp;aste from clipboard</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="51"/>
        <source>Een gekopieerde afbeelding als bewijs bewaren (Ctrl+Shift+V)</source>
        <translation>Keep a copied image as evidence (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="54"/>
        <source>Schermafbeelding maken</source>
        <translation>Take screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="55"/>
        <source>Afbeelding importeren</source>
        <translation>Import image</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="56"/>
        <source>Foto van ander apparaat importeren</source>
        <translation>Import photo from another device</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="57"/>
        <source>Plakken uit klembord</source>
        <translation>Paste from clipboard</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="25"/>
        <source>Dubbelklik om de afbeelding volledig te bekijken</source>
        <translation>Double-click to view the whole image</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="29"/>
        <source>&amp;Volledig bekijken…</source>
        <translation>&amp;View full size…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="30"/>
        <source>Inzoomen en verschuiven, op ware grootte</source>
        <translation>Zoom and pan, at true size</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="32"/>
        <source>Volledig bekijken</source>
        <translation>View full size</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="33"/>
        <source>Afschermen…</source>
        <translation>Redact…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="34"/>
        <source>Zwarte vlakken over namen of persoonsgegevens, in een kopie voor HR. Het origineel blijft ongewijzigd.</source>
        <translation>Black boxes over names or personal details, in a copy for HR. The original stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="36"/>
        <source>Afschermen</source>
        <translation>Redact</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="44"/>
        <source>Vaste gegevens van de opname</source>
        <translation>Fixed details of the capture</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="51"/>
        <source>Foto-gegevens (EXIF) tonen</source>
        <translation>Show photo data (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="56"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="72"/>
        <source>Foto-gegevens (EXIF)</source>
        <translation>Photo data (EXIF)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="52"/>
        <source>Van welk account het bericht komt; accounts beheert u onder Betrokkenen.</source>
        <translation>Which account the message comes from; accounts are managed under People involved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="57"/>
        <source>Nieuwe persoon…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="58"/>
        <source>Een persoon aan dit dossier toevoegen als vermoedelijke plaatser</source>
        <translation>Add a person to this case as the one who probably posted it</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="65"/>
        <source>Geplaatst op</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="66"/>
        <source>zoals op het scherm, bijv. ‘3 u’ of ‘12 nov. 14:05’</source>
        <translation>as shown on screen, e.g. ‘3h’ or ‘12 Nov 14:05’</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="68"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="135"/>
        <source>Medewerker wist ervan op</source>
        <translation>Employee found out on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="70"/>
        <source>Letterlijke tekst, ook spelfouten. Bij video: gesproken woorden en de plek in de video.</source>
        <translation>Exact text, including spelling mistakes. For video: the spoken words and where they are in the video.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="74"/>
        <source>Tekst &amp;herkennen (OCR)</source>
        <translation>&amp;Recognise text (OCR)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="90"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="91"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="92"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="93"/>
        <source>URL van het bericht</source>
        <translation>Message URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="94"/>
        <source>URL van het profiel</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="95"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="96"/>
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="98"/>
        <source>Vermoedelijke plaatser</source>
        <translation>Probably posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="97"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="128"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="100"/>
        <source>Nieuwe persoon als vermoedelijke plaatser</source>
        <translation>New person as the probable poster</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="101"/>
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="102"/>
        <source>Waarop gebaseerd</source>
        <translation>Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="103"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="133"/>
        <source>Geplaatst (zoals getoond)</source>
        <translation>Posted (as shown)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="104"/>
        <source>Letterlijke tekst</source>
        <translation>Exact words</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="105"/>
        <source>Tekst herkennen (OCR)</source>
        <translation>Recognise text (OCR)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="107"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="106"/>
        <source>Over tekstherkenning</source>
        <translation>About text recognition</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="108"/>
        <source>Mogelijke strafbare feiten</source>
        <translation>Possible criminal offences</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="109"/>
        <source>Elders gearchiveerd (URL)</source>
        <translation>Archived elsewhere (URL)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="110"/>
        <source>Melding bij de URL</source>
        <translation>Message about the URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="111"/>
        <source>Melding bij de profiel-URL</source>
        <translation>Message about the profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="116"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="119"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="120"/>
        <source>&amp;Platform</source>
        <translation>Platfor&amp;m</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="122"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="124"/>
        <source>Profiel-U&amp;RL</source>
        <translation>Pro&amp;file URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="126"/>
        <source>&amp;Gebruikersnaam</source>
        <translation>U&amp;sername</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="127"/>
        <source>&amp;Weergavenaam</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="129"/>
        <source>Vermoedelijke p&amp;laatser</source>
        <translation>P&amp;robably posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="131"/>
        <source>&amp;Zekerheid</source>
        <translation>Conf&amp;idence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="134"/>
        <source>Geplaatst op (datum)</source>
        <translation>Posted on (date)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="141"/>
        <source>Letterlijke te&amp;kst</source>
        <translation>Exact &amp;words</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="143"/>
        <source>&amp;Context</source>
        <translation>Conte&amp;xt</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="144"/>
        <source>Strafbare feiten</source>
        <translation>Criminal offences</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="145"/>
        <source>Elders gearchiveerd</source>
        <translation>Archived elsewhere</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="146"/>
        <source>Getuigen en anderen</source>
        <translation>Witnesses and others</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="174"/>
        <source>— onbekend —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="223"/>
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
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="228"/>
        <source>scherm {g}</source>
        <translation>screen {g}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="241"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="238"/>
        <source>account {id} (niet in dit dossier)</source>
        <translation>account {id} (not in this case)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="243"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="239"/>
        <source>persoon {id} (niet in dit dossier)</source>
        <translation>person {id} (not in this case)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="213"/>
        <source>Dit lijkt geen volledig webadres (zoals https://www.voorbeeld.nl/…). Wat u typte is wel bewaard.</source>
        <translation>This does not look like a complete web address (such as https://www.example.com/…). What you typed has been saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="48"/>
        <source>Zonder {packages} herkent Tesseract minder goed; installeer dat voor betere resultaten.</source>
        <translation>Without {packages} Tesseract recognises less well; install it for better results.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="51"/>
        <source>Leest de tekst in de afbeelding voor u in. Machinaal gelezen: controleer en verbeter het altijd.</source>
        <translation>Reads the text in the image for you. Machine-read: always check and correct it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="54"/>
        <source>Tekst wordt herkend…</source>
        <translation>Recognising text…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="84"/>
        <source>De tekst kon niet machinaal worden gelezen. Neem de tekst zelf over.</source>
        <translation>The text could not be machine-read. Please copy the text yourself.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="88"/>
        <source>Er is geen tekst in de afbeelding herkend.</source>
        <translation>No text was recognised in the image.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="91"/>
        <source>[machinaal gelezen — controleer]</source>
        <translation>[machine-read — check]</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="96"/>
        <source>De herkende tekst staat in ‘Letterlijke tekst’. Controleer hem tegen de afbeelding en verbeter waar nodig.</source>
        <translation>The recognised text is in ‘Exact words’. Check it against the image and correct it where needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="88"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="115"/>
        <source>Deze afbeelding kan niet worden getoond.</source>
        <translation>This image cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="91"/>
        <source>Bewijsstuk {id}: {title}</source>
        <translation>Evidence item {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/item_list.py" line="76"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="92"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="112"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="124"/>
        <source>bewijsstuk {id}</source>
        <translation>evidence item {id}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="125"/>
        <source>Afgeschermde kopie van {title}</source>
        <translation>Redacted copy of {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="131"/>
        <source>De afgeschermde kopie is bewaard als bewijsstuk {id}. Het origineel (bewijsstuk {original}) is ongewijzigd.</source>
        <translation>The redacted copy has been saved as evidence item {id}. The original (evidence item {original}) is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="50"/>
        <source>{name}: het bestand kan niet worden gelezen.</source>
        <translation>{name}: the file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="58"/>
        <source>Niet geïmporteerd:</source>
        <translation>Not imported:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="288"/>
        <source>%n afbeelding(en) geïmporteerd.</source>
        <translation>
            <numerusform>%n image imported.</numerusform>
            <numerusform>%n images imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="86"/>
        <source>Het klembord bevat geen afbeelding. Kopieer eerst een afbeelding (bijv. rechtermuisknop → ‘Afbeelding kopiëren’), of maak een schermafbeelding.</source>
        <translation>The clipboard holds no image. Copy an image first (e.g. right-click → ‘Copy image’), or take a screenshot.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="276"/>
        <source>Niet bewaard: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="94"/>
        <source>De afbeelding uit het klembord is bewaard als bewijsstuk {id}. Geef het een titel.</source>
        <translation>The image from the clipboard has been saved as evidence item {id}. Give it a title.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="100"/>
        <source>Afbeeldingen ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="106"/>
        <source>Afbeeldingen importeren</source>
        <translation>Import images</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="123"/>
        <location filename="../../ogg_desktop/gui/tabs/evidence/preview.py" line="39"/>
        <source>Origineel exporteren</source>
        <translation>Export original</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="121"/>
        <source>Ka&amp;naal</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/details_form.py" line="132"/>
        <source>Waar&amp;op gebaseerd</source>
        <translation>&amp;Based on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/tab.py" line="95"/>
        <source>Nog geen bewijs in dit dossier. Maak een schermafbeelding, importeer of plak een afbeelding, of sleep hem hierheen.</source>
        <translation>No evidence in this case yet. Take a screenshot, import or paste an image, or drag it here.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/text_recognition.py" line="42"/>
        <source>Tekstherkenning vraagt Tesseract met Nederlands en Engels (Debian/Ubuntu: tesseract-ocr, tesseract-ocr-nld, tesseract-ocr-eng). U kunt de tekst ook zelf overnemen.</source>
        <translation>Text recognition needs Tesseract with Dutch and English (Debian/Ubuntu: tesseract-ocr, tesseract-ocr-nld, tesseract-ocr-eng). You can also copy the text yourself.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="113"/>
        <source>Foto’s van een ander apparaat importeren</source>
        <translation>Import photos from another device</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="132"/>
        <source>Het bestand kan daar niet worden geschreven.</source>
        <translation>The file cannot be written there.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/evidence/importing.py" line="135"/>
        <source>Origineel opgeslagen als {name}.</source>
        <translation>Original saved as {name}.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="118"/>
        <source>Dossier overdragen</source>
        <translation>Hand over case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="118"/>
        <source>Hele kluis overdragen</source>
        <translation>Hand over whole vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="121"/>
        <source>Maak één versleuteld bestand voor uw opvolger, met een eigen wachtwoord. Geef dat wachtwoord apart door (bijvoorbeeld telefonisch), nooit samen met het bestand. De opvolger neemt het over met Kluis → Overdracht → Bundel importeren…</source>
        <translation>Make one encrypted file for your successor, with its own passphrase. Pass that passphrase on separately (by phone, for example), never together with the file. The successor takes it over with Vault → Handover → Import bundle…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="126"/>
        <source>Dossier {ref} — {title}, met bewijsstukken, betrokkenen, notities, stappen en toestemmingen. Geen andere dossiers.</source>
        <translation>Case {ref} — {title}, with evidence, people involved, notes, steps and consents. No other cases.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="129"/>
        <source>Alle {n} dossiers, met de geschiedenis (logboek) en de instellingen van de kluis.</source>
        <translation>All {n} cases, with the history (log) and the vault&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="133"/>
        <source>Wat in de bundel komt</source>
        <translation>What goes into the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="134"/>
        <source>Bestand voor de bundel</source>
        <translation>File for the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="135"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="137"/>
        <source>W&amp;achtwoord voor de bundel</source>
        <translation>P&amp;assphrase for the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="143"/>
        <source>Bundel &amp;maken</source>
        <translation>&amp;Make bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="145"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="171"/>
        <source>Bundel opslaan als</source>
        <translation>Save bundle as</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="172"/>
        <source>Overdrachtsbundel (*{suffix})</source>
        <translation>Handover bundle (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="187"/>
        <source>Kies waar de bundel komt.</source>
        <translation>Choose where the bundle goes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="191"/>
        <source>De map {folder} bestaat niet.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="208"/>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="211"/>
        <source>Bundel maken en controleren…</source>
        <translation>Making and checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="224"/>
        <source>De bundel kon niet worden geschreven ({reason}). Er is niets achtergelaten.</source>
        <translation>The bundle could not be written ({reason}). Nothing was left behind.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="44"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="45"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="47"/>
        <source>Taal van het rapport</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="49"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="51"/>
        <source>bijvoorbeeld: Politie Midden-Nederland, bureau Utrecht</source>
        <translation>for example: Police Midden-Nederland, Utrecht station</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="52"/>
        <source>bijvoorbeeld: HR, naam van de HR-adviseur</source>
        <translation>for example: HR, name of the HR adviser</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="53"/>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="57"/>
        <source>de medewerker</source>
        <translation>the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="54"/>
        <source>bijvoorbeeld: het meldformulier van het platform</source>
        <translation>for example: the platform&apos;s reporting form</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="58"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="60"/>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="64"/>
        <source>Medewerker met &amp;pseudoniem vermelden, niet met naam</source>
        <translation>Name the employee by &amp;pseudonym, not by name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="65"/>
        <source>Pseudoniem gebruiken</source>
        <translation>Use pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="67"/>
        <source>Melding bij het platform</source>
        <translation>Platform report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="69"/>
        <source>Bewijsstukken voor HR</source>
        <translation>Items for HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="88"/>
        <source>PDF &amp;maken…</source>
        <translation>&amp;Make PDF…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="98"/>
        <source>De bijlage die de organisatie meeneemt naar de afspraak voor de aangifte: de organisatie als melder met haar adres als domicilie, alle bewijsstukken op volgorde met de originele bestanden in de PDF, de hashwaarden, een verklaring van vastlegging en zo nodig de volmacht.</source>
        <translation>The annex the organisation takes to the police appointment: the organisation as reporting party with its address as domicile, every item in order with the original files inside the PDF, the hash values, a statement of capture and, where needed, the power of attorney.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="102"/>
        <source>HR krijgt alleen wat de medewerker heeft goedgekeurd. Notities die alleen voor u zijn, gaan nooit mee. Is er een afgeschermde kopie van een bewijsstuk, dan ziet HR die kopie; het origineel blijft in de kluis.</source>
        <translation>HR only gets what the employee approved. Notes that are for you alone never go along. Where an item has a redacted copy, HR sees that copy; the original stays in the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="106"/>
        <source>Een exemplaar voor de medewerker zelf, in gewone taal: het dossier, wat er is gedaan en wat er nog komt. Notities die alleen voor u zijn, gaan niet mee.</source>
        <translation>A copy for the employee, in plain language: the case, what has been done and what comes next. Notes that are for you alone do not go along.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="109"/>
        <source>De melding volgens artikel 16 van de Digital Services Act als PDF, met de gemelde bewijsstukken.</source>
        <translation>The notice under article 16 of the Digital Services Act as a PDF, with the items reported.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="118"/>
        <source>Dit dossier heeft geen pseudoniem; het rapport noemt de naam.</source>
        <translation>This case has no pseudonym; the report gives the name.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="124"/>
        <source>Het organisatieprofiel is niet compleet (naam, adres of contactpersoon). Vul het in via Organisatie → Gegevens en contactpersonen…; anders staat er „niet ingevuld” in het rapport.</source>
        <translation>The organisation profile is incomplete (name, address or contact person). Fill it in under Organisation → Details and contacts…; otherwise the report says “not filled in”.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="128"/>
        <source>&amp;Bewijsstukken die de medewerker heeft goedgekeurd voor HR:</source>
        <translation>&amp;Items the employee approved for HR:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="141"/>
        <source>Dit dossier heeft nog geen bewijsstukken.</source>
        <translation>This case has no items yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="144"/>
        <source>zonder titel</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="147"/>
        <source>HR ziet de afgeschermde kopie.</source>
        <translation>HR sees the redacted copy.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="148"/>
        <source>Geen afgeschermde kopie: HR ziet het origineel.</source>
        <translation>No redacted copy: HR sees the original.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="152"/>
        <source>nog niet gemeld</source>
        <translation>not yet reported</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="156"/>
        <source>Melding bij het &amp;platform</source>
        <translation>&amp;Platform report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="161"/>
        <source>Naam van de melder</source>
        <translation>Notifier&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="163"/>
        <source>E-mailadres van de melder</source>
        <translation>Notifier&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="164"/>
        <source>&amp;Naam van de melder</source>
        <translation>&amp;Notifier&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="166"/>
        <source>&amp;E-mail van de melder</source>
        <translation>Notifier&apos;s &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="194"/>
        <source>Dit dossier heeft nog geen melding bij een platform.</source>
        <translation>This case has no platform report yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="199"/>
        <source>Een geldige melding noemt de naam en het e-mailadres van de melder (artikel 16 DSA).</source>
        <translation>A valid notice gives the notifier&apos;s name and e-mail address (article 16 DSA).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/export.py" line="204"/>
        <source>Vul in wie het rapport krijgt: dat komt in het overzicht „gedeeld met”.</source>
        <translation>Fill in who receives the report: it goes into the “shared with” log.</translation>
    </message>
</context>
<context>
    <name>ExtendRetentionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="167"/>
        <source>Bewaartermijn verlengen</source>
        <translation>Extend retention period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="168"/>
        <source>Huidige bewaartermijn: tot {date}</source>
        <translation>Current retention period: until {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="169"/>
        <source>Nog geen bewaartermijn</source>
        <translation>No retention period yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="170"/>
        <source>{reference} — {title}
{current}</source>
        <translation>{reference} — {title}
{current}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="180"/>
        <source>Nieuwe bewaardatum</source>
        <translation>New retention date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="183"/>
        <source>Waarom blijft dit dossier langer bewaard? Bijvoorbeeld: de juridische procedure loopt nog.</source>
        <translation>Why is this case kept longer? For example: the legal proceedings are still running.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="185"/>
        <source>Reden voor verlengen</source>
        <translation>Reason for extending</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="188"/>
        <source>Lengte van de reden</source>
        <translation>Length of the reason</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="189"/>
        <source>De reden wordt als notitie (alleen voor u) bij het dossier bewaard. In de geschiedenis komt alleen de nieuwe datum.</source>
        <translation>The reason is kept with the case as a note (for you only). The history records only the new date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="196"/>
        <source>&amp;Verlengen</source>
        <translation>&amp;Extend</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="202"/>
        <source>&amp;Bewaren tot</source>
        <translation>&amp;Keep until</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="203"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="218"/>
        <source>Nog minstens {n} tekens.</source>
        <translation>At least {n} more characters.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="219"/>
        <source>Lang genoeg.</source>
        <translation>Long enough.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="224"/>
        <source>Bewaartermijn verlengd tot {date}</source>
        <translation>Retention period extended until {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="231"/>
        <source>Geef een reden van minstens {n} tekens.</source>
        <translation>Give a reason of at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="233"/>
        <source>Kies een datum na vandaag en na de huidige bewaardatum.</source>
        <translation>Choose a date after today and after the current retention date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="235"/>
        <source>Deze datum kan niet: hij ligt vóór de openingsdatum van het dossier.</source>
        <translation>This date is not possible: it is before the date the case was opened.</translation>
    </message>
</context>
<context>
    <name>FileRow</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="99"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="100"/>
        <source>{name} kiezen</source>
        <translation>Choose {name}</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="383"/>
        <source>{old} heet nu {new} (dat kenmerk bestond al): {title}</source>
        <translation>{old} is now {new} (that reference already existed): {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="397"/>
        <source>Over&amp;dracht</source>
        <translation>&amp;Handover</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="399"/>
        <source>&amp;Dossier overdragen…</source>
        <translation>Hand over &amp;case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="400"/>
        <source>Het open dossier als versleutelde bundel met een eigen wachtwoord, voor een opvolger</source>
        <translation>The open case as an encrypted bundle with its own passphrase, for a successor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="402"/>
        <source>&amp;Hele kluis overdragen…</source>
        <translation>Hand over &amp;whole vault…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="403"/>
        <source>Alle dossiers als versleutelde bundel met een eigen wachtwoord, voor een opvolger</source>
        <translation>All cases as an encrypted bundle with its own passphrase, for a successor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="405"/>
        <source>Bundel &amp;importeren…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="406"/>
        <source>De dossiers uit een overdrachtsbundel overnemen in deze kluis</source>
        <translation>Take the cases in a handover bundle over into this vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="418"/>
        <source>De bundel is gemaakt en gecontroleerd:
{file}

Grootte: {size}
Dossiers: {cases}
Bewijsstukken: {items}

Geef het wachtwoord van de bundel apart door, niet samen met het bestand.</source>
        <translation>The bundle has been made and checked:
{file}

Size: {size}
Cases: {cases}
Evidence items: {items}

Pass on the bundle&apos;s passphrase separately, not together with the file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="427"/>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="433"/>
        <source>Dossier overdragen</source>
        <translation>Hand over case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="427"/>
        <source>Kies eerst een dossier.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="441"/>
        <source>Hele kluis overdragen</source>
        <translation>Hand over whole vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="456"/>
        <source>Overdracht importeren</source>
        <translation>Import handover</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="457"/>
        <source>Overgenomen: {n} dossier(s), {items} bewijsstuk(ken); alle hashes gecontroleerd.

{cases}</source>
        <translation>Taken over: {n} case(s), {items} evidence item(s); all hashes checked.

{cases}</translation>
    </message>
</context>
<context>
    <name>HandoverMessages</name>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="14"/>
        <source>Bewijsstuk {id} in de bundel komt niet overeen met zijn vastgelegde hash. Er is niets overgenomen.</source>
        <translation>Evidence item {id} in the bundle does not match its recorded hash. Nothing was taken over.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="19"/>
        <source>Dit bestand is geen overdrachtsbundel van OGG Desktop.</source>
        <translation>This file is not an OGG Desktop handover bundle.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="21"/>
        <source>De bundel is beschadigd of gewijzigd sinds hij is gemaakt. Er is niets overgenomen; vraag om een nieuwe bundel.</source>
        <translation>The bundle is damaged or has been changed since it was made. Nothing was taken over; ask for a new bundle.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="25"/>
        <source>Het wachtwoord van de bundel klopt niet, of de bundel is beschadigd.</source>
        <translation>The bundle&apos;s passphrase is wrong, or the bundle is damaged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="27"/>
        <source>Deze bundel is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te openen; er is niets overgenomen.</source>
        <translation>This bundle was made with a newer version of OGG Desktop. Update the app to open it; nothing was taken over.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="31"/>
        <source>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</source>
        <translation>That file already exists. Choose a new name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="33"/>
        <source>Het sleutelbestand van de back-up ontbreekt. Het hoort ernaast te staan, met dezelfde naam plus .key. Er is niets gewijzigd.</source>
        <translation>The backup&apos;s key file is missing. It belongs beside it, with the same name plus .key. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="37"/>
        <source>Dit wachtwoord opent deze back-up niet. Gebruik het wachtwoord dat gold toen de back-up werd gemaakt. Er is niets gewijzigd.</source>
        <translation>This passphrase does not open this backup. Use the passphrase that was valid when the backup was made. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/handover_messages.py" line="41"/>
        <source>Deze back-up is beschadigd of onvolledig en wordt niet teruggezet. Uw huidige kluis is ongewijzigd.</source>
        <translation>This backup is damaged or incomplete and is not restored. Your current vault is unchanged.</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="164"/>
        <source>Contact gehouden</source>
        <translation>Contact held</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="169"/>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="172"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="173"/>
        <source>bijv. gaat beter, slaapt weer</source>
        <translation>e.g. doing better, sleeping again</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="178"/>
        <source>&amp;Gehouden op</source>
        <translation>&amp;Held on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="179"/>
        <source>Korte &amp;notitie</source>
        <translation>Short &amp;note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="186"/>
        <source>De datum ligt in de toekomst. Leg een contact vast nadat het is gehouden.</source>
        <translation>The date is in the future. Record a contact after it has taken place.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="23"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="23"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="23"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="24"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/history.py" line="25"/>
        <source>Geschiedenis van het dossier</source>
        <translation>Case history</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="362"/>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="364"/>
        <source>Als er zo lang niets in OGG Desktop gebeurt, vergrendelt de kluis: alle gegevens verdwijnen van het scherm en uit het geheugen. Met uw wachtwoord gaat u verder waar u was. Vergrendelen kan ook direct met Ctrl+L.</source>
        <translation>When nothing happens in OGG Desktop for this long, the vault locks: all data leaves the screen and the memory. With your passphrase you continue where you were. You can also lock at once with Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="370"/>
        <source> min.</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="372"/>
        <source>Minuten zonder activiteit tot de kluis vergrendelt</source>
        <translation>Minutes without activity until the vault locks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="373"/>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="375"/>
        <source>Van {low} tot {high} minuten; standaard {default}.</source>
        <translation>From {low} to {high} minutes; default {default}.</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="132"/>
        <source>Afbeelding, vergroot of verkleind</source>
        <translation>Image, enlarged or reduced</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="134"/>
        <source>Ctrl+scrollwiel, plus of min om te zoomen; slepen om te verschuiven.</source>
        <translation>Ctrl+scroll wheel, plus or minus to zoom; drag to pan.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="135"/>
        <source>Uitzoomen (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="136"/>
        <source>Inzoomen (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="137"/>
        <source>Ook met − of Ctrl+scrollwiel</source>
        <translation>Also with − or Ctrl+scroll wheel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="138"/>
        <source>Ook met + of Ctrl+scrollwiel</source>
        <translation>Also with + or Ctrl+scroll wheel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="139"/>
        <source>&amp;Ware grootte</source>
        <translation>&amp;True size</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="140"/>
        <source>Eén beeldpunt op één schermpunt (100 %), ook met 1</source>
        <translation>One image pixel on one screen pixel (100%), also with 1</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="141"/>
        <source>&amp;Passend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="142"/>
        <source>De hele afbeelding in het venster, ook met 0</source>
        <translation>The whole image in the window, also with 0</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="144"/>
        <source>Zoomfactor</source>
        <translation>Zoom factor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="146"/>
        <source>{w} × {h} px</source>
        <translation>{w} × {h} px</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="147"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="147"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="148"/>
        <source>Ware grootte</source>
        <translation>True size</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/image_viewer.py" line="148"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="240"/>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="275"/>
        <source>Overdracht importeren</source>
        <translation>Import handover</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="242"/>
        <source>Kies de bundel die u van uw voorganger of een collega hebt gekregen en vul het wachtwoord van de bundel in. Alles wordt eerst gecontroleerd; er verandert niets tot u op Overnemen klikt.</source>
        <translation>Choose the bundle you received from your predecessor or a colleague and enter the bundle&apos;s passphrase. Everything is checked first; nothing changes until you click Take over.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="245"/>
        <source>Bundelbestand</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="246"/>
        <source>&amp;Bundel</source>
        <translation>&amp;Bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="248"/>
        <source>Wachtwoord van de bundel</source>
        <translation>Passphrase of the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="249"/>
        <source>&amp;Wachtwoord van de bundel</source>
        <translation>&amp;Passphrase of the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="251"/>
        <source>&amp;Openen en controleren</source>
        <translation>&amp;Open and check</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="255"/>
        <source>Inhoud van de bundel</source>
        <translation>Contents of the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="257"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="257"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="257"/>
        <source>Bewijsstukken</source>
        <translation>Evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="258"/>
        <source>Dossiers in de bundel</source>
        <translation>Cases in the bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="262"/>
        <source>O&amp;vernemen</source>
        <translation>&amp;Take over</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="264"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="290"/>
        <source>Bundel kiezen</source>
        <translation>Choose bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="291"/>
        <source>Overdrachtsbundel (*{suffix});;Alle bestanden (*)</source>
        <translation>Handover bundle (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="318"/>
        <source>Kies een bundelbestand dat bestaat.</source>
        <translation>Choose a bundle file that exists.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="322"/>
        <source>Vul het wachtwoord van de bundel in.</source>
        <translation>Enter the bundle&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="327"/>
        <source>Bundel openen en controleren…</source>
        <translation>Opening and checking the bundle…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="335"/>
        <source>De bundel kan niet worden gelezen ({reason}).</source>
        <translation>The bundle cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="341"/>
        <source>Bundel in orde: {n} dossier(s), {items} bewijsstuk(ken), alle hashes gecontroleerd.</source>
        <translation>Bundle in order: {n} case(s), {items} evidence item(s), all hashes checked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/handover.py" line="344"/>
        <source>{n} kenmerk(en) bestaan al in uw kluis; die dossiers krijgen een nieuw kenmerk.</source>
        <translation>{n} reference(s) already exist in your vault; those cases get a new reference.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="40"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="45"/>
        <source>Fout: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="45"/>
        <source>Let op: </source>
        <translation>Warning: </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="45"/>
        <source>Gelukt: </source>
        <translation>Done: </translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="24"/>
        <source>Afbeelding van het bewijsstuk</source>
        <translation>Image of the evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="25"/>
        <source>Ver&amp;groten…</source>
        <translation>En&amp;large…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="26"/>
        <source>Afbeelding vergroten</source>
        <translation>Enlarge the image</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="27"/>
        <source>De afbeelding op ware grootte bekijken, met inzoomen</source>
        <translation>View the image at its true size, with zoom</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="40"/>
        <source>Titel van het bewijsstuk</source>
        <translation>Title of the evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="49"/>
        <source>Geplaatst</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="49"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="50"/>
        <source>Vermoedelijk geplaatst door</source>
        <translation>Believed to be posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="51"/>
        <source>U wist ervan op</source>
        <translation>You learned of it on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="51"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="54"/>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="56"/>
        <source>Letterlijke tekst</source>
        <translation>Literal text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="61"/>
        <source>Klopt &amp;niet…</source>
        <translation>That&apos;s &amp;wrong…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="62"/>
        <source>Klopt niet: iets aan dit bewijsstuk is onjuist</source>
        <translation>That&apos;s wrong: something about this evidence item is not right</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="63"/>
        <source>Zeg wat er niet klopt; het wordt met datum en tijd vastgelegd</source>
        <translation>Say what is wrong; it is recorded with the date and time</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="65"/>
        <source>Wat u eerder aangaf</source>
        <translation>What you said earlier</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="26"/>
        <location filename="../../ogg_desktop/gui/labels.py" line="99"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="27"/>
        <source>Gepauzeerd</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="28"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="34"/>
        <source>Uitdrukkelijke toestemming van de medewerker</source>
        <translation>Explicit consent of the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="35"/>
        <source>Wettelijke verplichting</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="36"/>
        <source>Vitaal belang</source>
        <translation>Vital interest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="37"/>
        <source>Gerechtvaardigd belang</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="43"/>
        <source>Melden bij het platform</source>
        <translation>Report to the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="44"/>
        <source>Aangifte bij de politie</source>
        <translation>Report to the police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="45"/>
        <source>Delen met HR</source>
        <translation>Share with HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="46"/>
        <source>Juridische stappen</source>
        <translation>Legal action</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="52"/>
        <source>Bijlage bij aangifte (politie)</source>
        <translation>Annex to a police report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="53"/>
        <source>Overzicht voor HR</source>
        <translation>Summary for HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="54"/>
        <source>Exemplaar voor de medewerker</source>
        <translation>Copy for the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="55"/>
        <source>Melding aan het platform (DSA)</source>
        <translation>Notice to the platform (DSA)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="61"/>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="62"/>
        <source>Bespreek</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="63"/>
        <source>Nazorgtraject</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="64"/>
        <source>Rapporteer</source>
        <translation>Report to platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="65"/>
        <location filename="../../ogg_desktop/gui/labels.py" line="277"/>
        <source>Aangifte</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="66"/>
        <source>Juridische hulp</source>
        <translation>Legal help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="67"/>
        <source>Professionele hulp</source>
        <translation>Professional help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="73"/>
        <source>Leg samen met de medewerker het bericht vast: wie het plaatste, waar, van wie het account is en wie er verder bij betrokken zijn.</source>
        <translation>Together with the employee, capture the message: who posted it, where, whose account it is and who else is involved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="78"/>
        <source>Bespreek het incident en geef ruimte aan gevoelens.</source>
        <translation>Talk the incident through and make room for feelings.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="79"/>
        <source>Start direct met nazorg: eerste gesprek binnen 72 uur, daarna na 2 en 6–8 weken.</source>
        <translation>Start aftercare straight away: a first conversation within 72 hours, then after 2 and 6–8 weeks.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="82"/>
        <source>Meld het bericht samen met de medewerker bij het platform.</source>
        <translation>Report the message to the platform together with the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="85"/>
        <source>De organisatie doet aangifte, niet de medewerker zelf.</source>
        <translation>The organisation makes the police report, not the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="88"/>
        <source>Haalt het platform het bericht niet weg? Schakel juridische hulp in.</source>
        <translation>If the platform does not take the message down, get legal help.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="91"/>
        <source>Vraag regelmatig hoe het gaat en schakel zo nodig professionele hulp in.</source>
        <translation>Ask regularly how the employee is doing and bring in professional help if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="100"/>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="101"/>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="102"/>
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="108"/>
        <source>Plaatser (vermoedelijk)</source>
        <translation>Poster (probable)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="109"/>
        <source>Accounthouder</source>
        <translation>Account holder</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="110"/>
        <source>Getuige</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="111"/>
        <source>Anders betrokken</source>
        <translation>Otherwise involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="117"/>
        <source>Alleen vertrouwenspersoon</source>
        <translation>Counsellor only</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="118"/>
        <source>Deelbaar met medewerker</source>
        <translation>Can be shared with the employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="119"/>
        <source>Deelbaar met HR</source>
        <translation>Can be shared with HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="125"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="126"/>
        <source>Vermoeden</source>
        <translation>Suspected</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="127"/>
        <source>Waarschijnlijk</source>
        <translation>Likely</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="128"/>
        <source>Bevestigd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="134"/>
        <source>Schermgebied</source>
        <translation>Screen area</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="135"/>
        <source>Heel scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="136"/>
        <source>Venster</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="137"/>
        <source>Alle schermen</source>
        <translation>All screens</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="138"/>
        <source>Geïmporteerd bestand</source>
        <translation>Imported file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="139"/>
        <source>Geplakt</source>
        <translation>Pasted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="140"/>
        <source>Gefotografeerd met ander apparaat</source>
        <translation>Photographed with another device</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="141"/>
        <source>Bewerkte kopie</source>
        <translation>Edited copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="148"/>
        <source>Kluis gemaakt</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="149"/>
        <source>Kluis geopend</source>
        <translation>Vault opened</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="150"/>
        <source>Kluis geopend met herstelsleutel</source>
        <translation>Vault opened with recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="151"/>
        <source>Mislukte poging om te openen</source>
        <translation>Failed attempt to open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="152"/>
        <source>Kluis vergrendeld</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="153"/>
        <source>Kluis bijgewerkt naar nieuwe versie</source>
        <translation>Vault updated to new version</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="154"/>
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="155"/>
        <source>Nieuw wachtwoord via herstelsleutel</source>
        <translation>New passphrase via recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="158"/>
        <source>Back-up gemaakt</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="159"/>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="160"/>
        <source>Overdrachtsbundel gemaakt</source>
        <translation>Handover bundle made</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="161"/>
        <source>Overgenomen uit overdrachtsbundel</source>
        <translation>Taken over from handover bundle</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="162"/>
        <source>Integriteit gecontroleerd</source>
        <translation>Integrity checked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="163"/>
        <source>Rapport (PDF) gemaakt en gedeeld</source>
        <translation>Report (PDF) made and shared</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="164"/>
        <source>Jaarverslag gemaakt (PDF of CSV)</source>
        <translation>Annual report made (PDF or CSV)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="165"/>
        <source>Verwerkingsregister gemaakt</source>
        <translation>Processing register entry made</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="166"/>
        <source>Dossier aangemaakt</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="167"/>
        <source>Dossier gewijzigd</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="168"/>
        <source>Toestemming vastgelegd</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="169"/>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="170"/>
        <source>Bewijsstuk toegevoegd</source>
        <translation>Evidence item added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="171"/>
        <source>Bewijsstuk gewijzigd</source>
        <translation>Evidence item changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="172"/>
        <source>Bewijsstuk geëxporteerd</source>
        <translation>Evidence item exported</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="173"/>
        <source>Bewerkte kopie van bewijsstuk gemaakt</source>
        <translation>Edited copy of evidence item made</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="174"/>
        <source>Zonder toestemming verder (conflict van plichten)</source>
        <translation>Proceeded without consent (conflict of duties)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="175"/>
        <source>Gesprek vastgelegd</source>
        <translation>Conversation recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="176"/>
        <source>Gesprek gewijzigd</source>
        <translation>Conversation changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="177"/>
        <source>Nazorg gepland</source>
        <translation>Aftercare planned</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="178"/>
        <source>Nazorgcontact gehouden</source>
        <translation>Aftercare contact held</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="179"/>
        <source>Nazorg afgewezen</source>
        <translation>Aftercare declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="180"/>
        <source>Melding bij platform vastgelegd</source>
        <translation>Platform report recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="181"/>
        <source>Melding bij platform gewijzigd</source>
        <translation>Platform report changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="182"/>
        <source>Politie: vastgelegd</source>
        <translation>Police: recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="183"/>
        <source>Politie: gewijzigd</source>
        <translation>Police: changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="184"/>
        <source>Juridische stap vastgelegd</source>
        <translation>Legal step recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="185"/>
        <source>Juridische stap gewijzigd</source>
        <translation>Legal step changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="186"/>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="187"/>
        <source>Instellingen gewijzigd</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="188"/>
        <source>Teamoverleg vastgelegd</source>
        <translation>Team meeting recorded</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="189"/>
        <source>Teamoverleg gewijzigd</source>
        <translation>Team meeting changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="190"/>
        <source>Teamoverleg verwijderd</source>
        <translation>Team meeting deleted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="191"/>
        <source>Betrokkene toegevoegd</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="192"/>
        <source>Betrokkene gewijzigd</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="193"/>
        <source>Betrokkene uit dossier gehaald</source>
        <translation>Person removed from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="194"/>
        <source>Account toegevoegd</source>
        <translation>Account added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="195"/>
        <source>Account gewijzigd</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="196"/>
        <source>Notitie toegevoegd</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="197"/>
        <source>Notitie gewijzigd</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="198"/>
        <source>Notitie verwijderd</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="199"/>
        <source>Stap bijgewerkt</source>
        <translation>Step updated</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="200"/>
        <source>Bewaartermijn verlengd</source>
        <translation>Retention period extended</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="201"/>
        <source>Dossier vernietigd</source>
        <translation>Case destroyed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="202"/>
        <source>Samen bekijken met de medewerker begonnen</source>
        <translation>Review together with the employee started</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="203"/>
        <source>Samen bekijken beëindigd</source>
        <translation>Review together ended</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="204"/>
        <source>Samen bekijken: verkeerd wachtwoord bij beëindigen</source>
        <translation>Review together: wrong passphrase when ending</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="206"/>
        <source>Medewerker: gegeven klopt niet</source>
        <translation>Employee: a fact is wrong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="207"/>
        <source>Medewerker gaf toestemming (samen bekijken)</source>
        <translation>Employee gave consent (review together)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="208"/>
        <source>Medewerker trok toestemming in (samen bekijken)</source>
        <translation>Employee withdrew consent (review together)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="222"/>
        <source>Eerste gesprek</source>
        <translation>First conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="223"/>
        <source>Vervolggesprek</source>
        <translation>Follow-up conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="224"/>
        <source>Opnieuw aangeboden</source>
        <translation>Offered again</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="225"/>
        <source>Check-in (hoe gaat het?)</source>
        <translation>Check-in (how are you doing?)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="231"/>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="232"/>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="233"/>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="234"/>
        <source>Vervallen</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="240"/>
        <source>Bedrijfsarts</source>
        <translation>Company doctor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="241"/>
        <source>Psycholoog</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="242"/>
        <source>Slachtofferhulp</source>
        <translation>Victim Support</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="243"/>
        <location filename="../../ogg_desktop/gui/labels.py" line="271"/>
        <location filename="../../ogg_desktop/gui/labels.py" line="289"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="252"/>
        <source>Melding van illegale inhoud (DSA)</source>
        <translation>Notice of illegal content (DSA)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="253"/>
        <source>Voorwaarden van het platform</source>
        <translation>Platform’s terms</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="259"/>
        <source>De medewerker</source>
        <translation>The employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="260"/>
        <source>Een vertegenwoordiger</source>
        <translation>A representative</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="261"/>
        <source>De organisatie</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="267"/>
        <source>Nog geen besluit</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="268"/>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="269"/>
        <source>Beperkt (bijv. minder zichtbaar)</source>
        <translation>Restricted (e.g. less visible)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="270"/>
        <source>Geen actie</source>
        <translation>No action</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="278"/>
        <source>Melding</source>
        <translation>Notification (registered only)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="279"/>
        <source>Informatief gesprek</source>
        <translation>Informative talk</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="285"/>
        <source>Sommatie</source>
        <translation>Formal demand letter</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="286"/>
        <source>Kort geding</source>
        <translation>Summary proceedings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="287"/>
        <source>Bodemprocedure</source>
        <translation>Proceedings on the merits</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/labels.py" line="288"/>
        <source>Vordering identiteit van de plaatser</source>
        <translation>Claim for the poster’s identity</translation>
    </message>
</context>
<context>
    <name>LeaveReviewDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="192"/>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="204"/>
        <source>Samen bekijken beëindigen</source>
        <translation>End review together</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="194"/>
        <source>Alleen voor de vertrouwenspersoon: voer het wachtwoord van de kluis in om samen bekijken te beëindigen en terug te gaan naar het volledige overzicht.</source>
        <translation>For the confidential counsellor only: enter the vault&apos;s passphrase to end the review together and return to the full view.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="198"/>
        <source>Wachtwoord van de vertrouwenspersoon</source>
        <translation>The counsellor&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="199"/>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="203"/>
        <source>Beëindigen</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="207"/>
        <source>Verder bekijken</source>
        <translation>Keep reviewing</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="208"/>
        <source>Verder samen bekijken</source>
        <translation>Keep reviewing together</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="210"/>
        <source>App afsluiten</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="211"/>
        <source>App afsluiten en de kluis vergrendelen</source>
        <translation>Quit the app and lock the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="230"/>
        <source>Voer eerst het wachtwoord in.</source>
        <translation>Enter the passphrase first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="240"/>
        <source>Het wachtwoord kan niet worden gecontroleerd: het sleutelbestand naast de kluis ontbreekt of is beschadigd. Alles is al bewaard. Sluit de app af; de kluis wordt dan vergrendeld. Zet daarna het sleutelbestand terug uit een back-up.</source>
        <translation>The passphrase cannot be checked: the key file beside the vault is missing or damaged. Everything has already been saved. Quit the app; the vault is then locked. Afterwards, restore the key file from a backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/dialogs.py" line="253"/>
        <source>Wachtwoord onjuist. Samen bekijken blijft open.</source>
        <translation>Wrong passphrase. The review together stays open.</translation>
    </message>
</context>
<context>
    <name>LegalActionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="19"/>
        <source>Juridische stap wijzigen</source>
        <translation>Edit legal step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="19"/>
        <source>Juridische stap vastleggen</source>
        <translation>Record legal step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="22"/>
        <source>naam en kantoor</source>
        <translation>name and firm</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="26"/>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="27"/>
        <source>Volgende datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="32"/>
        <source>Advocaat</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="32"/>
        <source>Soort procedure</source>
        <translation>Kind of proceedings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="33"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="33"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="36"/>
        <source>&amp;Advocaat</source>
        <translation>&amp;Lawyer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="37"/>
        <source>&amp;Soort procedure</source>
        <translation>&amp;Kind of proceedings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="38"/>
        <source>&amp;Gestart op</source>
        <translation>&amp;Started on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="39"/>
        <source>&amp;Volgende datum</source>
        <translation>&amp;Next date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="40"/>
        <source>&amp;Uitkomst</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="41"/>
        <source>&amp;Notitie</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="42"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/legal_action.py" line="58"/>
        <source>De volgende datum ligt vóór de start.</source>
        <translation>The next date is before the start.</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="346"/>
        <source>De kluis is vergrendeld omdat er {minutes} min. niets gebeurde.</source>
        <translation>The vault was locked because nothing happened for {minutes} min.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="348"/>
        <source>De kluis is vergrendeld omdat de computer in de slaapstand ging.</source>
        <translation>The vault was locked because the computer went to sleep.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="350"/>
        <source>De kluis is vergrendeld omdat het scherm werd vergrendeld.</source>
        <translation>The vault was locked because the screen was locked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="352"/>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/locking.py" line="353"/>
        <source>Na het openen gaat u verder waar u was.</source>
        <translation>After opening you continue where you were.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="67"/>
        <source>{app} — vertrouwelijk</source>
        <translation>{app} — confidential</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="71"/>
        <source>Dossiers en agenda</source>
        <translation>Cases and agenda</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="72"/>
        <source>&amp;Dossiers</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="73"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="415"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="76"/>
        <source>Dossiers met verlopen bewaartermijn bekijken</source>
        <translation>Review cases past their retention date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="102"/>
        <source>Kluis: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="117"/>
        <source>Mislukte pogingen</source>
        <translation>Failed attempts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/main_window.py" line="118"/>
        <source>Sinds de vorige keer is er %n keer geprobeerd de kluis te openen met een verkeerd wachtwoord.</source>
        <translation>
            <numerusform>Since last time, there has been %n attempt to open the vault with a wrong passphrase.</numerusform>
            <numerusform>Since last time, there have been %n attempts to open the vault with a wrong passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="133"/>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="134"/>
        <source>Een nieuw dossier beginnen</source>
        <translation>Start a new case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="135"/>
        <source>&amp;Schermafbeelding maken</source>
        <translation>Take &amp;screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="137"/>
        <source>Het venster verdwijnt; kies een gebied op het stilgezette scherm</source>
        <translation>The window disappears; choose a region on the frozen screen</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="139"/>
        <source>Afbeelding &amp;importeren…</source>
        <translation>&amp;Import image…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="140"/>
        <source>Afbeeldingen als bewijs toevoegen aan het open dossier</source>
        <translation>Add images as evidence to the open case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="141"/>
        <source>&amp;Plakken als bewijs</source>
        <translation>&amp;Paste as evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="142"/>
        <source>De afbeelding op het klembord als bewijs bewaren</source>
        <translation>Keep the image on the clipboard as evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="143"/>
        <source>Samen &amp;bekijken…</source>
        <translation>&amp;Review together…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="144"/>
        <source>De medewerker bekijkt alleen dit dossier, in grote letters; terug met uw wachtwoord</source>
        <translation>The employee sees only this case, in large type; back with your passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="147"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="148"/>
        <source>Versleutelde, gecontroleerde kopie van de kluis maken</source>
        <translation>Make an encrypted, verified copy of the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="149"/>
        <source>&amp;Integriteit controleren</source>
        <translation>&amp;Check integrity</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="150"/>
        <source>Alle hashes, het auditlog en het kluisbestand controleren</source>
        <translation>Check all hashes, the audit log and the vault file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="151"/>
        <source>&amp;Logboek…</source>
        <translation>Au&amp;dit log…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="152"/>
        <source>Wie deed wat en wanneer, in de hele kluis; de keten controleren</source>
        <translation>Who did what and when, across the whole vault; check the chain</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="154"/>
        <source>&amp;Nazorgschema…</source>
        <translation>&amp;Aftercare schedule…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="155"/>
        <source>Wanneer nazorggesprekken gepland worden</source>
        <translation>When aftercare talks are planned</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="156"/>
        <source>&amp;Gegevens en contactpersonen…</source>
        <translation>&amp;Details and contacts…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="157"/>
        <source>Naam, adres en contactpersoon voor aangiftes</source>
        <translation>Name, address and contact person for police reports</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="159"/>
        <source>&amp;Jaarverslag…</source>
        <translation>&amp;Annual report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="160"/>
        <source>Geanonimiseerde aantallen per periode, als PDF of als CSV voor de RI&amp;E</source>
        <translation>Anonymised numbers per period, as a PDF or as a CSV for the risk inventory (RI&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="162"/>
        <source>&amp;Preventiemateriaal…</source>
        <translation>&amp;Prevention materials…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="163"/>
        <source>Wie doet wat, omgangsafspraken, teamoverleg en zelf googelen: aanpassen en printen</source>
        <translation>Who does what, conduct agreements, team meeting and search yourself: adapt and print</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="165"/>
        <source>&amp;Teamoverleg-logboek…</source>
        <translation>&amp;Team meeting log…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="166"/>
        <source>Welk team de omgangsafspraken wanneer besprak, en wie weer aan de beurt is</source>
        <translation>Which team discussed the conduct agreements when, and whose turn it is again</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="168"/>
        <source>Dossier &amp;vernietigen…</source>
        <translation>&amp;Destroy case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="169"/>
        <source>Het open dossier met alles erin definitief uit de kluis wissen</source>
        <translation>Erase the open case and everything in it from the vault for good</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="170"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="171"/>
        <source>De kluis nu vergrendelen: alles verdwijnt van het scherm</source>
        <translation>Lock the vault now: everything leaves the screen</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="172"/>
        <source>Automatisch ver&amp;grendelen na…</source>
        <translation>Automatic loc&amp;k after…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="173"/>
        <source>Na hoeveel minuten zonder activiteit de kluis vergrendelt</source>
        <translation>After how many minutes without activity the vault locks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="174"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="177"/>
        <source>&amp;Over {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="179"/>
        <source>&amp;Dossier</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="189"/>
        <source>&amp;Kluis</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="201"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="207"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="210"/>
        <source>Hoog &amp;contrast</source>
        <translation>High &amp;contrast</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="211"/>
        <source>Witte tekst op zwart, geel voor focus en selectie</source>
        <translation>White text on black, yellow for focus and selection</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="214"/>
        <source>&amp;Weergave</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="219"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="248"/>
        <source>Afbeelding importeren</source>
        <translation>Import image</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="249"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="257"/>
        <source>Kies of maak eerst een dossier.</source>
        <translation>Choose or create a case first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="257"/>
        <source>Plakken als bewijs</source>
        <translation>Paste as evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="281"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="290"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="301"/>
        <source>Schermafbeelding</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="282"/>
        <source>De schermafbeelding is niet bewaard: er is geen dossier gekozen.</source>
        <translation>The screenshot was not kept: no case was chosen.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="306"/>
        <source>Nieuw dossier…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="308"/>
        <source>Schermafbeelding bewaren</source>
        <translation>Keep screenshot</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="309"/>
        <source>In welk dossier hoort deze schermafbeelding?</source>
        <translation>Which case does this screenshot belong to?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="322"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="328"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="334"/>
        <location filename="../../ogg_desktop/gui/main_window.py" line="336"/>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="323"/>
        <source>OGG-kluis (*.ogg)</source>
        <translation>OGG vault (*.ogg)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="329"/>
        <source>Dat bestand bestaat al. Kies een nieuwe naam; er wordt niets overschreven.</source>
        <translation>That file already exists. Choose a new name; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="337"/>
        <source>De back-up is gemaakt en gecontroleerd:
{file}

Het sleutelbestand staat ernaast ({file}.key). U opent de back-up met hetzelfde wachtwoord of met uw herstelsleutel.</source>
        <translation>The backup has been made and verified:
{file}

The key file is next to it ({file}.key). You open the backup with the same passphrase or with your recovery key.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="357"/>
        <source>Wachtwoord gewijzigd.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="364"/>
        <source>Nazorgschema opgeslagen.</source>
        <translation>Aftercare schedule saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="370"/>
        <source>Organisatie opgeslagen.</source>
        <translation>Organisation saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="396"/>
        <source>De taal wordt gewijzigd bij de volgende start. / The language changes the next time you start.</source>
        <translation>The language changes the next time you start. / De taal wordt gewijzigd bij de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="400"/>
        <source>Over {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="401"/>
        <source>{app} {version}

Vertrouwelijk dossier bij online grensoverschrijdend gedrag. Alles blijft versleuteld op deze laptop; de app maakt nooit verbinding met internet.</source>
        <translation>{app} {version}

Confidential case files for online harassment. Everything stays encrypted on this laptop; the app never connects to the internet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="415"/>
        <source>&amp;Agenda ({n} te laat)</source>
        <translation>&amp;Agenda ({n} overdue)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ogg_desktop/gui/main_window.py" line="418"/>
        <source>%n termijn(en) verstreken. Zie de agenda.</source>
        <translation>
            <numerusform>%n deadline passed. See the agenda.</numerusform>
            <numerusform>%n deadlines passed. See the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="422"/>
        <source>Bewaartermijn verlopen: {n} dossier(s) — bekijken…</source>
        <translation>Retention period passed: {n} case(s) — review…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="440"/>
        <source>Dossier vernietigen</source>
        <translation>Destroy case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="440"/>
        <source>Kies eerst een dossier.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/main_window.py" line="468"/>
        <source>De kluis vergrendelt na {minutes} min. zonder activiteit.</source>
        <translation>The vault locks after {minutes} min. without activity.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/app.py" line="139"/>
        <source>DEMO (verzonnen gegevens)</source>
        <translation>DEMO (fictional data)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="55"/>
        <source>Teamoverleg wijzigen</source>
        <translation>Edit team meeting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="55"/>
        <source>Teamoverleg vastleggen</source>
        <translation>Record team meeting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="69"/>
        <source>bijv. Team Noord, Afdeling Klantcontact</source>
        <translation>e.g. Team North, Customer Contact department</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="77"/>
        <source>bijv. omgangsafspraken, wat te doen bij online bedreiging</source>
        <translation>e.g. conduct agreements, what to do about online threats</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="78"/>
        <source>bijv. elk kwartaal terug op de agenda</source>
        <translation>e.g. back on the agenda every quarter</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="79"/>
        <source>Datum van het overleg</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="79"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="80"/>
        <source>Besproken onderwerpen</source>
        <translation>Topics discussed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="80"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="84"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="85"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="90"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="91"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="92"/>
        <source>Onder&amp;werpen</source>
        <translation>To&amp;pics</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="93"/>
        <source>&amp;Besluiten</source>
        <translation>D&amp;ecisions</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="104"/>
        <source>Vul in welk team het besprak.</source>
        <translation>Fill in which team discussed it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="105"/>
        <source>Het overleg ligt in de toekomst; leg het vast als het geweest is.</source>
        <translation>The meeting lies in the future; record it once it has taken place.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="21"/>
        <source>De versleutelde opslag (SQLCipher 4) ontbreekt. OGG Desktop start niet, zodat er nooit onversleutelde gegevens worden geschreven. Installeer de app opnieuw.</source>
        <translation>The encrypted storage (SQLCipher 4) is missing. OGG Desktop will not start, so that unencrypted data is never written. Please reinstall the app.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="26"/>
        <source>Er is op deze plek geen kluis gevonden.</source>
        <translation>No vault was found at this location.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="27"/>
        <source>Op deze plek staat al een kluis. Kies een andere plek of open de bestaande kluis.</source>
        <translation>There is already a vault at this location. Choose another location or open the existing vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="30"/>
        <source>Wachtwoord onjuist of bestand beschadigd.</source>
        <translation>Wrong passphrase or damaged file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="31"/>
        <source>Het sleutelbestand naast de kluis ontbreekt. Open de kluis met uw herstelsleutel, of zet het sleutelbestand uit uw back-up terug.</source>
        <translation>The key file next to the vault is missing. Open the vault with your recovery key, or restore the key file from your backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="36"/>
        <source>Het sleutelbestand naast de kluis is beschadigd. Open de kluis met uw herstelsleutel, of zet het sleutelbestand uit uw back-up terug.</source>
        <translation>The key file next to the vault is damaged. Open the vault with your recovery key, or restore the key file from your backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="41"/>
        <source>Dit is geen geldige herstelsleutel. Controleer of u alle 17 groepen van vier tekens goed hebt overgenomen.</source>
        <translation>This is not a valid recovery key. Check that you have copied all 17 groups of four characters correctly.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="46"/>
        <source>Deze kluis is al geopend in een ander venster van OGG Desktop. Sluit dat eerst, of ga verder in dat venster.</source>
        <translation>This vault is already open in another OGG Desktop window. Close that first, or carry on in that window.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="51"/>
        <source>Deze herstelsleutel is goed overgenomen, maar opent dit bestand niet: hij hoort bij een andere kluis, of het bestand is beschadigd. Er is niets gewijzigd; zet zo nodig een back-up terug.</source>
        <translation>This recovery key was typed correctly but does not open this file: it belongs to another vault, or the file is damaged. Nothing was changed; restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="56"/>
        <source>Bestand beschadigd, of het sleutelbestand hoort bij een andere kluis: het wachtwoord klopt, maar de kluis zelf kan niet worden gelezen. Er is niets gewijzigd; zet zo nodig een back-up terug.</source>
        <translation>Damaged file, or the key file belongs to another vault: the passphrase is right, but the vault itself cannot be read. Nothing was changed; restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="61"/>
        <source>De back-up is niet gelukt en is verwijderd. De kluis zelf is ongewijzigd.</source>
        <translation>The backup failed and has been removed. The vault itself is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="64"/>
        <source>Deze kluis is gemaakt met een nieuwere versie van OGG Desktop. Werk de app bij om hem te openen.</source>
        <translation>This vault was made with a newer version of OGG Desktop. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="68"/>
        <source>De kluis kon niet worden bijgewerkt naar deze versie. Er is niets gewijzigd; de back-up van vóór de update staat naast de kluis.</source>
        <translation>The vault could not be updated to this version. Nothing has been changed; the backup from before the update is next to the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="73"/>
        <source>Dit wachtwoord is te zwak.</source>
        <translation>This passphrase is too weak.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="74"/>
        <source>De schijf is vol. Er is niets half opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. Nothing has been half saved; free up some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="78"/>
        <source>Er ging iets mis met de kluis.</source>
        <translation>Something went wrong with the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="83"/>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="84"/>
        <source>Het bestand is groter dan 256 MB en wordt niet opgeslagen.</source>
        <translation>The file is larger than 256 MB and will not be stored.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="87"/>
        <source>Dit bestand is geen afbeelding.</source>
        <translation>This file is not an image.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="88"/>
        <source>Dit afbeeldingsformaat wordt niet ondersteund (wel: PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>This image format is not supported (supported: PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="91"/>
        <source>De afbeelding is onvolledig of beschadigd.</source>
        <translation>The image is incomplete or damaged.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="92"/>
        <source>De afbeelding is te groot om veilig te openen (te veel beeldpunten).</source>
        <translation>The image is too large to open safely (too many pixels).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="95"/>
        <source>De afbeelding is breder of hoger dan 50.000 beeldpunten.</source>
        <translation>The image is wider or taller than 50,000 pixels.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="100"/>
        <source>Deze afbeelding kan niet worden opgeslagen.</source>
        <translation>This image cannot be stored.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="106"/>
        <source>Er is geen scherm om vast te leggen (geen X-display). Importeer in plaats daarvan een afbeelding.</source>
        <translation>There is no screen to capture (no X display). Import an image instead.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="110"/>
        <source>Dit bureaublad (Wayland zonder XWayland) laat geen schermafbeelding toe. Maak de afbeelding met het hulpmiddel van het systeem en importeer die.</source>
        <translation>This desktop (Wayland without XWayland) does not allow screenshots. Take the picture with the system’s own tool and import it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="115"/>
        <source>Het scherm kon niet worden vastgelegd. Probeer het opnieuw, of importeer een afbeelding.</source>
        <translation>The screen could not be captured. Try again, or import an image.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="118"/>
        <source>Het gekozen gebied ligt buiten de schermen.</source>
        <translation>The chosen region lies outside the screens.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="125"/>
        <source>Geef het dossier een titel.</source>
        <translation>Give the case a title.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="126"/>
        <source>De sluitdatum ligt vóór de openingsdatum.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="127"/>
        <source>De bewaartermijn eindigt vóór de openingsdatum.</source>
        <translation>The retention period ends before the opening date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="130"/>
        <source>Een gesloten dossier heeft een sluitdatum nodig.</source>
        <translation>A closed case needs a closing date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="131"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="132"/>
        <source>Kies een platform.</source>
        <translation>Choose a platform.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="133"/>
        <source>Een notitie kan niet leeg zijn.</source>
        <translation>A note cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="134"/>
        <source>Een afgeronde stap heeft een datum nodig.</source>
        <translation>A completed step needs a date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="135"/>
        <source>Gebruik minstens 10 tekens.</source>
        <translation>Use at least 10 characters.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="136"/>
        <source>Dit wachtwoord komt te veel voor.</source>
        <translation>This passphrase is too common.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="137"/>
        <source>Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar losse woorden.</source>
        <translation>This passphrase is too easy to guess. Make it longer, for example with a few unrelated words.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="141"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="152"/>
        <source>zeer zwak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="153"/>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="154"/>
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="155"/>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="156"/>
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="164"/>
        <source>Bewijsstuk {id} komt niet meer overeen met zijn vastgelegde hash. Er is geen rapport gemaakt. Controleer de kluis (Kluis → Controleren).</source>
        <translation>Item {id} no longer matches its recorded hash. No report was made. Check the vault (Vault → Verify).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="169"/>
        <source>De schijf is vol. Er is geen (half) bestand achtergelaten; maak ruimte en probeer het opnieuw.</source>
        <translation>The disk is full. No (partial) file was left behind; free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="173"/>
        <source>U mag in deze map niet schrijven. Kies een andere map; er is niets weggeschreven.</source>
        <translation>You may not write in this folder. Choose another folder; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="177"/>
        <source>Deze map bestaat niet (meer). Kies een andere map.</source>
        <translation>This folder does not exist (any more). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/messages.py" line="178"/>
        <source>Het rapport kon niet worden geschreven ({reason}). Er is niets achtergelaten.</source>
        <translation>The report could not be written ({reason}). Nothing was left behind.</translation>
    </message>
</context>
<context>
    <name>MonitorOverlay</name>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="78"/>
        <source>Schermgebied kiezen</source>
        <translation>Choose screen region</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="80"/>
        <source>Sleep om een gebied te kiezen. Enter of dubbelklik: vastleggen. Esc: annuleren. Klik zonder slepen: het hele scherm. Pijltjestoetsen: verschuiven; met Shift: groter of kleiner.</source>
        <translation>Drag to choose a region. Enter or double-click: capture. Esc: cancel. Click without dragging: the whole screen. Arrow keys: move; with Shift: larger or smaller.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/capture/overlay.py" line="177"/>
        <source>Sleep om een gebied te kiezen · klik: hele scherm · Enter: vastleggen · Esc: annuleren</source>
        <translation>Drag to choose a region · click: whole screen · Enter: capture · Esc: cancel</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="19"/>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="21"/>
        <source>bijv. Dreigend bericht via LinkedIn</source>
        <translation>e.g. Threatening message on LinkedIn</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="23"/>
        <source>bijv. ‘Medewerker A’ — een naam is niet nodig</source>
        <translation>e.g. ‘Employee A’ — a name is not needed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="29"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="29"/>
        <source>Pseudoniem van de medewerker</source>
        <translation>Employee’s pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="30"/>
        <source>Naam van de medewerker</source>
        <translation>Employee’s full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="30"/>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="32"/>
        <source>Alles wordt direct versleuteld opgeslagen. U kunt het later aanvullen.</source>
        <translation>Everything is stored encrypted straight away. You can add to it later.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="36"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="37"/>
        <source>&amp;Pseudoniem</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="38"/>
        <source>&amp;Naam (optioneel)</source>
        <translation>Full &amp;name (optional)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="39"/>
        <source>&amp;Geopend op</source>
        <translation>&amp;Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="44"/>
        <source>Dossier &amp;maken</source>
        <translation>&amp;Create case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/new_case.py" line="45"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="69"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="70"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="76"/>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="78"/>
        <source>He&amp;rhaal</source>
        <translation>Re&amp;peat</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="37"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="40"/>
        <source>&amp;Nieuwe notitie</source>
        <translation>Ne&amp;w note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="41"/>
        <source>Notitie &amp;verwijderen…</source>
        <translation>&amp;Delete note…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="45"/>
        <source>Wie mag deze notitie zien</source>
        <translation>Who may see this note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="47"/>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="48"/>
        <source>Schrijf hier. Alles wordt direct versleuteld bewaard.</source>
        <translation>Write here. Everything is stored encrypted straight away.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="67"/>
        <source>&amp;Zichtbaar voor:</source>
        <translation>Vi&amp;sible to:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="193"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="201"/>
        <source>Notitie verwijderen</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/notes.py" line="202"/>
        <source>Deze notitie definitief verwijderen?</source>
        <translation>Delete this note permanently?</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="36"/>
        <source>DSA-melding opstellen</source>
        <translation>Draft DSA notice</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="42"/>
        <source>Melding bij {platform} van 1 bewijsstuk.</source>
        <translation>Notice to {platform} about 1 evidence item.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="43"/>
        <source>Melding bij {platform} van {count} bewijsstukken.</source>
        <translation>Notice to {platform} about {count} evidence items.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="45"/>
        <source>De app verstuurt niets: kopieer de tekst en plak die in het meldformulier van het platform.</source>
        <translation>The app sends nothing: copy the text and paste it into the platform’s reporting form.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="50"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="51"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="53"/>
        <source>naam van wie meldt</source>
        <translation>name of the person reporting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="55"/>
        <source>e-mailadres voor de ontvangstbevestiging en het besluit</source>
        <translation>e-mail address for the confirmation of receipt and the decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="56"/>
        <source>Naam en e-mail worden in de kluis bewaard voor volgende meldingen.</source>
        <translation>Name and e-mail are kept in the vault for later notices.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="63"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="65"/>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="66"/>
        <source>Taal van de melding</source>
        <translation>Language of the notice</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="66"/>
        <source>Naam van de melder</source>
        <translation>Name of the reporter</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="67"/>
        <source>E-mail van de melder</source>
        <translation>E-mail of the reporter</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="67"/>
        <source>Tekst van de melding</source>
        <translation>Text of the notice</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="68"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="68"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="71"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="72"/>
        <source>&amp;Naam melder</source>
        <translation>Reporter’s &amp;name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="73"/>
        <source>&amp;E-mail melder</source>
        <translation>Reporter’s &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="117"/>
        <source>welke bewijsstukken u meldt (kies ze bij de melding)</source>
        <translation>which evidence items you report (choose them in the report)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="118"/>
        <source>de naam van de melder</source>
        <translation>the reporter’s name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="119"/>
        <source>een geldig e-mailadres van de melder</source>
        <translation>a valid e-mail address of the reporter</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="120"/>
        <source>waarom de inhoud illegaal is: kies een strafbaar feit of neem de letterlijke tekst over bij het bewijsstuk</source>
        <translation>why the content is illegal: choose an offence or copy the exact words into the evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="127"/>
        <source>de exacte URL van bewijsstuk {items} (vul die in op het tabblad Bewijs)</source>
        <translation>the exact URL of evidence item {items} (fill it in on the Evidence tab)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="138"/>
        <source>de melding is nog niet compleet. Nog nodig: {list}.</source>
        <translation>the notice is not complete yet. Still needed: {list}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="142"/>
        <source>Alle vier onderdelen staan erin: waarom het illegaal is, de exacte URL&apos;s, de melder en de verklaring te goeder trouw.</source>
        <translation>All four elements are in it: why it is illegal, the exact URLs, the reporter and the statement of good faith.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/dsa_notice.py" line="150"/>
        <source>Gekopieerd. Plak de tekst in het meldformulier van {platform}.</source>
        <translation>Copied. Paste the text into the reporting form of {platform}.</translation>
    </message>
</context>
<context>
    <name>OffencePicker</name>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="18"/>
        <source>Mogelijke strafbare feiten</source>
        <translation>Possible offences</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="19"/>
        <source>Suggesties — de politie en het Openbaar Ministerie beslissen. Vink aan wat u bevestigt.</source>
        <translation>Suggestions — the police and the public prosecutor decide. Tick what you confirm.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="41"/>
        <source>klachtdelict</source>
        <translation>prosecuted only on complaint</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="43"/>
        <source>onbevestigd</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="45"/>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="82"/>
        <source>voorgesteld op grond van de tekst</source>
        <translation>suggested by the text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="50"/>
        <source>Klachtdelict: alleen de medewerker, of iemand met een bijzondere schriftelijke volmacht, kan binnen 3 maanden een klacht indienen.</source>
        <translation>Prosecuted only on complaint: only the employee, or someone holding their special written power of attorney, can file a complaint, within 3 months.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/offence_picker.py" line="53"/>
        <source>Iedereen mag aangifte doen, dus ook de organisatie.</source>
        <translation>Anyone may report it, so the organisation can too.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="161"/>
        <source>{name} invullen</source>
        <translation>{name}: set a date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="168"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="121"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="78"/>
        <source>Organisatie: gegevens, contactpersonen en standaarden</source>
        <translation>Organisation: details, contacts and defaults</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="81"/>
        <source>De organisatie doet de aangifte. Haar adres staat in elke aangifte als domicilie, in plaats van het huisadres van de medewerker: de verdachte kan het politiedossier inzien.</source>
        <translation>The organisation files the police report. Its address is in every report as the domicile, instead of the employee&apos;s home address: the suspect can see the police file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="86"/>
        <source>Onderdelen van het organisatieprofiel</source>
        <translation>Parts of the organisation profile</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="94"/>
        <source>bijv. 1234 AB</source>
        <translation>e.g. 1234 AB</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="101"/>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="104"/>
        <source>bijv. vertrouwenspersoon, HR-adviseur</source>
        <translation>e.g. confidential counsellor, HR adviser</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="107"/>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="108"/>
        <source>Straat en huisnummer van de organisatie</source>
        <translation>Street and number of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="109"/>
        <source>Postcode van de organisatie</source>
        <translation>Postcode of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="110"/>
        <source>Plaats van de organisatie</source>
        <translation>City of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="111"/>
        <source>Telefoonnummer van de organisatie</source>
        <translation>Phone number of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="112"/>
        <source>E-mailadres van de organisatie</source>
        <translation>E-mail address of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="113"/>
        <source>KvK-nummer van de organisatie</source>
        <translation>KvK number (Chamber of Commerce) of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="114"/>
        <source>Naam van de contactpersoon</source>
        <translation>Name of the contact person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="115"/>
        <source>Functie van de contactpersoon</source>
        <translation>Role of the contact person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="116"/>
        <source>Telefoonnummer van de contactpersoon</source>
        <translation>Phone number of the contact person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="117"/>
        <source>E-mailadres van de contactpersoon</source>
        <translation>E-mail address of the contact person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="119"/>
        <source>Controle van de postcode</source>
        <translation>Postcode check</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="123"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="124"/>
        <source>&amp;Straat en huisnummer</source>
        <translation>&amp;Street and number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="125"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="127"/>
        <source>P&amp;laats</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="128"/>
        <source>&amp;Telefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="129"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="130"/>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="132"/>
        <source>Contactpersoon namens de organisatie</source>
        <translation>Contact person on behalf of the organisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="134"/>
        <source>Vertegenwoordigt de organisatie bij de aangifte: met deze persoon neemt de politie contact op. Staat ook in de volmacht.</source>
        <translation>Represents the organisation in the police report: the police contact this person. Also named in the power of attorney.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="138"/>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="139"/>
        <source>F&amp;unctie</source>
        <translation>&amp;Function</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="140"/>
        <source>Tele&amp;foon</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="141"/>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="151"/>
        <source>Nodig voor een aangifte</source>
        <translation>Needed for a police report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="154"/>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="155"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="164"/>
        <source>&amp;Gegevens</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="165"/>
        <source>&amp;Contactpersonen</source>
        <translation>Con&amp;tacts</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="166"/>
        <source>Stan&amp;daarden</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="241"/>
        <source>de naam van de organisatie</source>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="242"/>
        <source>het adres (straat en plaats)</source>
        <translation>the address (street and city)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="243"/>
        <source>de naam van de contactpersoon</source>
        <translation>the contact person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="250"/>
        <source>Voor een aangifte ontbreekt nog:</source>
        <translation>A police report still needs:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="253"/>
        <source>Alles wat een aangifte nodig heeft, is ingevuld.</source>
        <translation>Everything a police report needs is filled in.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="267"/>
        <source>Dit lijkt geen Nederlandse postcode (zoals 1234 AB). Opslaan kan wel.</source>
        <translation>This does not look like a Dutch postcode (such as 1234 AB). You can still save.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="273"/>
        <source>Het e-mailadres van de organisatie</source>
        <translation>The organisation&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="274"/>
        <source>Het e-mailadres van de contactpersoon</source>
        <translation>The contact person&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="275"/>
        <source>Het e-mailadres bij ‘{role}’</source>
        <translation>The e-mail address under ‘{role}’</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation.py" line="284"/>
        <source>{what} mist een @. Vul een volledig e-mailadres in of laat het veld leeg.</source>
        <translation>{what} is missing an @. Enter a complete e-mail address or leave the field empty.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="18"/>
        <source>Doorgaan zonder toestemming (conflict van plichten)</source>
        <translation>Proceed without consent (conflict of duties)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="20"/>
        <source>U gaat door met „{step}” zonder toestemming van de medewerker. Dat kan alleen bij een conflict van plichten: als het belang van de medewerker of van anderen zwaarder weegt dan de afspraak dat u niets zonder toestemming doet.

Schrijf op waarom. De toelichting wordt volledig bewaard bij het dossier en vastgelegd in het logboek van de kluis, zodat ze achteraf niet ongemerkt kan worden gewijzigd. Bespreek de stap zo snel mogelijk met de medewerker.</source>
        <translation>You are going ahead with “{step}” without the employee’s consent. That is only possible in a conflict of duties: when the interest of the employee or of others outweighs the agreement that you do nothing without consent.

Write down why. The explanation is kept in full with the case and recorded in the vault’s log, so it cannot be changed afterwards unnoticed. Discuss the step with the employee as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="29"/>
        <source>Waarom is doorgaan zonder toestemming nodig?</source>
        <translation>Why is it necessary to proceed without consent?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="30"/>
        <source>Toelichting conflict van plichten</source>
        <translation>Explanation of the conflict of duties</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="32"/>
        <source>Aantal tekens</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="33"/>
        <source>Vastleggen en doorgaan</source>
        <translation>Record and proceed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="37"/>
        <source>&amp;Toelichting</source>
        <translation>Re&amp;marks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="54"/>
        <source>{n} tekens; nog minstens {more} nodig.</source>
        <translation>{n} characters; at least {more} more needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="57"/>
        <source>{n} tekens.</source>
        <translation>{n} characters.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/override.py" line="62"/>
        <source>De toelichting is te kort: schrijf in minstens {min} tekens waarom u zonder toestemming doorgaat.</source>
        <translation>The explanation is too short: write in at least {min} characters why you are proceeding without consent.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="72"/>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="77"/>
        <source>Wat is er gebeurd, in een paar zinnen. Houd informatie over derden zo beperkt mogelijk.</source>
        <translation>What happened, in a few sentences. Keep information about other people to a minimum.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="84"/>
        <source>Privéadres vastleggen</source>
        <translation>Record home address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="85"/>
        <source>Alleen als de medewerker dat uitdrukkelijk wil. Een aangifte gaat op het adres van de organisatie: het politiedossier is zichtbaar voor de verdachte.</source>
        <translation>Only if the employee explicitly wants this. A police report uses the organisation’s address: the suspect can see the police file.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="93"/>
        <source>Opslagstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="95"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="96"/>
        <source>Geopend op</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="96"/>
        <source>Grondslag</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="97"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="97"/>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="98"/>
        <source>Naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="98"/>
        <source>Werkadres</source>
        <translation>Work address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="99"/>
        <source>Privéadres</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="102"/>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="104"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="105"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="106"/>
        <source>&amp;Geopend op</source>
        <translation>Opene&amp;d on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="107"/>
        <source>&amp;Bewaren tot</source>
        <translation>Keep unt&amp;il</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="108"/>
        <source>G&amp;rondslag</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="109"/>
        <source>Sa&amp;menvatting</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="110"/>
        <source>Stappenplan</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="111"/>
        <source>Medewerker</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="113"/>
        <source>&amp;Pseudoniem</source>
        <translation>Pse&amp;udonym</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="114"/>
        <source>&amp;Naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="115"/>
        <source>&amp;Werkadres</source>
        <translation>Work &amp;address</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="117"/>
        <source>Privé&amp;adres</source>
        <translation>Home add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="130"/>
        <source>Soort gedrag</source>
        <translation>Kind of behaviour</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="130"/>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="138"/>
        <source>Online of offline</source>
        <translation>Online or offline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="131"/>
        <source>Van wie het uitging</source>
        <translation>Where it came from</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="131"/>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="133"/>
        <source>Meldingen bij platforms, verwijderingen, aangiftes en juridische stappen telt het jaarverslag zelf uit de tab Meldingen.</source>
        <translation>The annual report counts platform reports, removals, criminal reports and legal steps itself, from the Reports tab.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="135"/>
        <source>Indeling voor het jaarverslag</source>
        <translation>Classification for the annual report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="137"/>
        <source>Soort g&amp;edrag</source>
        <translation>Kind of b&amp;ehaviour</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="139"/>
        <source>Van wie het &amp;uitging</source>
        <translation>Where it came &amp;from</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="140"/>
        <source>A&amp;floop</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="142"/>
        <source>Toestemming van de medewerker</source>
        <translation>Employee’s consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="144"/>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="146"/>
        <source>Toestemming &amp;vastleggen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="147"/>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="150"/>
        <source>Melden bij het platform, aangifte, delen met HR en juridische stappen gebeuren alleen met toestemming van de medewerker.</source>
        <translation>Reporting to the platform, a police report, sharing with HR and legal action only happen with the employee’s consent.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="213"/>
        <source>{done} van {total} stappen afgerond</source>
        <translation>{done} of {total} steps done</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="235"/>
        <source>{scope}: gegeven op {date} ({how})</source>
        <translation>{scope}: given on {date} ({how})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="238"/>
        <source> — ingetrokken op {date}</source>
        <translation> — withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/overview.py" line="293"/>
        <source>Opgeslagen om {time}</source>
        <translation>Saved at {time}</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="86"/>
        <source>Wat u typt blijft verborgen; met de knop Toon ziet u het wel.</source>
        <translation>What you type stays hidden; the Show button reveals it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="89"/>
        <location filename="../../ogg_desktop/gui/widgets.py" line="105"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="91"/>
        <source>Wachtwoord tonen</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="105"/>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../ogg_desktop/gui/people_picker.py" line="16"/>
        <source>Getuigen en anderen bij dit bericht</source>
        <translation>Witnesses and others in this post</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/people_picker.py" line="36"/>
        <source>Voeg eerst betrokkenen toe (tab Betrokkenen of ‘Nieuwe persoon…’).</source>
        <translation>Add people first (the People involved tab, or ‘New person…’).</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="47"/>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="49"/>
        <source>Betrokkenen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="48"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="48"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="48"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="49"/>
        <source>Contact (werk)</source>
        <translation>Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="49"/>
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="50"/>
        <source>&amp;Persoon toevoegen…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="51"/>
        <source>Persoon &amp;wijzigen…</source>
        <translation>E&amp;dit person…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="52"/>
        <source>Uit dossier &amp;halen</source>
        <translation>&amp;Remove from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="61"/>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="64"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="62"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="62"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="62"/>
        <source>Weergavenaam</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="63"/>
        <source>Profiel-URL</source>
        <translation>Profile URL</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="63"/>
        <source>Van wie (vermoedelijk)</source>
        <translation>Belongs to (probably)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="64"/>
        <source>Zekerheid</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="65"/>
        <source>&amp;Account toevoegen…</source>
        <translation>Add acco&amp;unt…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="66"/>
        <source>Account w&amp;ijzigen…</source>
        <translation>Edi&amp;t account…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="164"/>
        <source>Uit dossier halen</source>
        <translation>Remove from case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="165"/>
        <source>{name} ({role}) uit dit dossier halen? De persoon blijft bestaan in andere dossiers.</source>
        <translation>Remove {name} ({role}) from this case? The person stays in any other cases.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="205"/>
        <source>Persoon wijzigen</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="205"/>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="211"/>
        <source>bijv. oud-cliënt, collega, onbekend</source>
        <translation>e.g. former client, colleague, unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="213"/>
        <source>alleen werkgegevens</source>
        <translation>work details only</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="216"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="216"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="217"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="217"/>
        <source>Contact (werk)</source>
        <translation>Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="218"/>
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="222"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="223"/>
        <source>&amp;Rol in dit dossier</source>
        <translation>&amp;Role in this case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="224"/>
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="225"/>
        <source>&amp;Contact (werk)</source>
        <translation>&amp;Contact (work)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/people.py" line="226"/>
        <source>&amp;Toelichting</source>
        <translation>Re&amp;marks</translation>
    </message>
</context>
<context>
    <name>PlatformHints</name>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="26"/>
        <source>Menunamen en formulieren veranderen regelmatig; kijk zo nodig in het helpcentrum van het platform.</source>
        <translation>Menu names and forms change regularly; look in the platform’s help centre if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="39"/>
        <source>Zoek bij het bericht of het profiel zelf naar een meldmenu (… of een vlag). Grote platforms hebben voor de DSA-route vaak een apart formulier voor illegale inhoud, te vinden via hun helpcentrum.</source>
        <translation>Look for a report menu (… or a flag) on the message or the profile itself. Large platforms often have a separate form for illegal content for the DSA route, found through their help centre.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="45"/>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="54"/>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="58"/>
        <source>Gebruik het meldmenu (…) bij het bericht, de reactie of het profiel zelf. Voor de DSA-route is er een apart formulier voor illegale inhoud.</source>
        <translation>Use the report menu (…) on the message, the comment or the profile itself. For the DSA route there is a separate form for illegal content.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="49"/>
        <source>Gebruik het meldmenu (⋮ of vlag) onder de video of bij de reactie. Voor de DSA-route is er een apart juridisch formulier voor illegale inhoud. De formulieren voor privacy en voor smaad of laster zijn alleen voor de betrokkene zelf: die melding gaat door of samen met de medewerker.</source>
        <translation>Use the report menu (⋮ or flag) below the video or on the comment. For the DSA route there is a separate legal form for illegal content. The forms for privacy and for defamation are only for the person concerned: that report is made by or together with the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="62"/>
        <source>Gebruik het meldmenu (…) bij de post of het profiel zelf. Voor de DSA-route is er een apart formulier voor illegale inhoud.</source>
        <translation>Use the report menu (…) on the post or the profile itself. For the DSA route there is a separate form for illegal content.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="66"/>
        <source>Gebruik het meldmenu bij de video, de reactie of het profiel (bij een reactie vaak door die ingedrukt te houden). Voor de DSA-route is er een apart formulier voor illegale inhoud.</source>
        <translation>Use the report menu on the video, the comment or the profile (for a comment often by pressing and holding it). For the DSA route there is a separate form for illegal content.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="70"/>
        <source>Melden gaat vanuit de chat zelf (via de gegevens van het contact of de groep), dus vanaf het toestel van wie het bericht ontving: doe dit samen met de medewerker. Bij het melden krijgt WhatsApp de laatste berichten van die chat te zien.</source>
        <translation>Reporting is done from the chat itself (through the contact’s or group’s details), so from the device of whoever received the message: do this together with the employee. When reporting, WhatsApp gets to see the latest messages of that chat.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="75"/>
        <source>Gebruik het meldmenu (⋮ of vlag) bij de review zelf. Voor verwijdering om juridische redenen is er een apart formulier.</source>
        <translation>Use the report menu (⋮ or flag) on the review itself. For removal on legal grounds there is a separate form.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="79"/>
        <source>Een e-mail staat niet op een platform: meld misbruik bij de e-maildienst van de afzender (vaak een abuse-adres).</source>
        <translation>An e-mail is not on a platform: report abuse to the sender’s e-mail provider (often an abuse address).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/domain/platform_hints.py" line="83"/>
        <source>Meld bij de beheerder van de website, of anders bij de hostingprovider: ook die moet meldingen van illegale inhoud (DSA) behandelen.</source>
        <translation>Report to the website’s administrator, or otherwise to the hosting provider: it too must handle notices of illegal content (DSA).</translation>
    </message>
</context>
<context>
    <name>PlatformReportDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="92"/>
        <source>Melding bij platform wijzigen</source>
        <translation>Edit report to platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="93"/>
        <source>Melding bij platform vastleggen</source>
        <translation>Record report to platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="123"/>
        <source>Dit dossier heeft nog geen bewijsstukken. Leg ze eerst vast op het tabblad Bewijs.</source>
        <translation>This case has no evidence items yet. Capture them first on the Evidence tab.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="138"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="140"/>
        <source>het kenmerk of ticketnummer van het platform</source>
        <translation>the platform’s reference or ticket number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="141"/>
        <source>Ontvangst bevestigd op</source>
        <translation>Receipt confirmed on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="149"/>
        <source>Datum van het besluit</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="150"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="153"/>
        <source>de motivering van het platform (artikel 17 DSA), kort of letterlijk</source>
        <translation>the platform’s statement of reasons (article 17 DSA), summarised or verbatim</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="157"/>
        <source>Termijn voor bezwaar</source>
        <translation>Deadline for appeal</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="158"/>
        <source>Bezwaar ingediend op</source>
        <translation>Appeal filed on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="145"/>
        <source>houd informatie over derden zo beperkt mogelijk</source>
        <translation>keep information about third parties to a minimum</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="161"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="161"/>
        <source>Gemelde bewijsstukken</source>
        <translation>Reported evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="162"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="162"/>
        <source>Gemeld door</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="163"/>
        <source>Ticketnummer</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="163"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="164"/>
        <source>Geautomatiseerd besluit</source>
        <translation>Automated decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="165"/>
        <source>Motivering van het besluit</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="165"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="175"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="168"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="171"/>
        <source>&amp;Bewijsstukken</source>
        <translation>&amp;Evidence items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="177"/>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="179"/>
        <source>Gemeld &amp;door</source>
        <translation>Reported &amp;by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="180"/>
        <source>Gemeld &amp;op</source>
        <translation>Reported o&amp;n</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="181"/>
        <source>&amp;Ticketnummer</source>
        <translation>&amp;Ticket number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="182"/>
        <source>Ontvangst be&amp;vestigd</source>
        <translation>Receipt &amp;confirmed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="185"/>
        <source>Besluit van het platform</source>
        <translation>Decision of the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="187"/>
        <source>B&amp;esluit</source>
        <translation>D&amp;ecision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="188"/>
        <source>D&amp;atum besluit</source>
        <translation>D&amp;ate of decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="189"/>
        <source>Geautomati&amp;seerd</source>
        <translation>Automa&amp;ted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="190"/>
        <source>&amp;Motivering</source>
        <translation>Rea&amp;sons</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="192"/>
        <source>Be&amp;zwaar ingediend</source>
        <translation>Appeal &amp;filed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="183"/>
        <source>&amp;Notitie</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="191"/>
        <source>Termijn bezwaar</source>
        <translation>Appeal deadline</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="198"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="275"/>
        <source>bewijsstuk {item} is al gemeld bij {platform} op {date}{ticket}</source>
        <translation>evidence item {item} was already reported to {platform} on {date}{ticket}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="277"/>
        <source> (ticket {ticket})</source>
        <translation> (ticket {ticket})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="280"/>
        <source>{list}. Meld hetzelfde bericht liever niet opnieuw bij hetzelfde platform: werk de bestaande melding bij (besluit, bezwaar).</source>
        <translation>{list}. Better not report the same message to the same platform again: update the existing report (decision, appeal).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="286"/>
        <source>Artikel 16 DSA: het platform moet de melding behandelen en zijn besluit motiveren. Gebruik „DSA-melding opstellen…” voor de tekst.</source>
        <translation>Article 16 DSA: the platform must handle the notice and give reasons for its decision. Use “Draft DSA notice…” for the text.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="288"/>
        <source>De eigen regels van het platform (communityrichtlijnen).</source>
        <translation>The platform’s own rules (community guidelines).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="292"/>
        <source>Bij {platform} zijn sommige formulieren alleen voor de betrokkene zelf. Meld dan door of samen met de medewerker.</source>
        <translation>At {platform} some forms are only for the person concerned. Then report through or together with the employee.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="315"/>
        <source>Vul in bij welk platform u meldt.</source>
        <translation>Fill in which platform you report to.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="317"/>
        <source>Kies welke bewijsstukken u meldt.</source>
        <translation>Choose which evidence items you report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="319"/>
        <source>De ontvangstbevestiging ligt vóór de datum van melden.</source>
        <translation>The confirmation of receipt is before the date of the report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="321"/>
        <source>Het besluit ligt vóór de datum van melden.</source>
        <translation>The decision is before the date of the report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="323"/>
        <source>Het bezwaar ligt vóór het besluit.</source>
        <translation>The appeal is before the decision.</translation>
    </message>
</context>
<context>
    <name>PoliceReportDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="41"/>
        <source>Politie: wijzigen</source>
        <translation>Police: edit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="41"/>
        <source>Politie: vastleggen</source>
        <translation>Police: record</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="50"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="52"/>
        <source>bijv. politiebureau Utrecht-Centrum</source>
        <translation>e.g. police station Utrecht-Centrum</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="54"/>
        <source>„Aangifte onder nummer” gevraagd</source>
        <translation>“Report under a number” requested</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="55"/>
        <source>Het adres van de organisatie als domicilie, niet het privéadres van de medewerker: het politiedossier is zichtbaar voor de verdachte.</source>
        <translation>The organisation’s address as the address for service, not the employee’s home address: the police file is visible to the suspect.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="57"/>
        <source>Medewerker met een publieke taak (VPT/ELA)</source>
        <translation>Employee with a public task (VPT/ELA)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="59"/>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="60"/>
        <source>Niet gevraagd</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="61"/>
        <source>Verklaring als getuige op</source>
        <translation>Statement as a witness on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="63"/>
        <source>Nog niet bekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="64"/>
        <source>Ja, getekend</source>
        <translation>Yes, signed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="65"/>
        <source>Nee, nog niet getekend</source>
        <translation>No, not signed yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="69"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="69"/>
        <source>Gedaan door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="70"/>
        <source>Politiebureau</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="70"/>
        <source>Registratienummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="71"/>
        <source>Aangifte onder nummer gevraagd</source>
        <translation>Report under a number requested</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="72"/>
        <source>Publieke taak (VPT)</source>
        <translation>Public task (VPT)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="72"/>
        <source>VPT-code</source>
        <translation>VPT code</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="73"/>
        <source>Wil op de hoogte blijven</source>
        <translation>Wants to be kept informed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="74"/>
        <source>Wil schadevergoeding</source>
        <translation>Wants compensation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="75"/>
        <source>Politiebureau van de getuigenverklaring</source>
        <translation>Police station of the witness statement</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="76"/>
        <source>Bijzondere schriftelijke volmacht getekend</source>
        <translation>Special written authorisation signed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="76"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="78"/>
        <source>Bij de politie</source>
        <translation>At the police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="80"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="82"/>
        <source>Gedaan &amp;door</source>
        <translation>Made &amp;by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="84"/>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="85"/>
        <source>&amp;Politiebureau</source>
        <translation>&amp;Police station</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="86"/>
        <source>&amp;Registratienummer</source>
        <translation>&amp;Registration number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="89"/>
        <source>&amp;VPT-code</source>
        <translation>&amp;VPT code</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="92"/>
        <source>Wensen van de medewerker</source>
        <translation>The employee’s wishes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="96"/>
        <source>Op de &amp;hoogte blijven?</source>
        <translation>Be kept &amp;informed?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="97"/>
        <source>Schadever&amp;goeding?</source>
        <translation>&amp;Compensation?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="98"/>
        <source>Eigen verklaring van de medewerker als getuige</source>
        <translation>The employee’s own statement as a witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="100"/>
        <source>Datum verk&amp;laring</source>
        <translation>Date of s&amp;tatement</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="101"/>
        <source>Politie&amp;bureau</source>
        <translation>Police &amp;station</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="105"/>
        <source>In dit dossier is een klachtdelict aangemerkt: {offences}. Dan kan de organisatie niet alleen optreden: de medewerker doet zelf aangifte, of tekent een bijzondere schriftelijke volmacht. De klacht moet binnen 3 maanden nadat de medewerker ervan hoorde.</source>
        <translation>This case lists an offence prosecuted only on complaint: {offences}. The organisation cannot act alone then: the employee makes the report, or signs a special written authorisation. The complaint must be made within 3 months of the employee learning of it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="94"/>
        <source>De politie vraagt hiernaar bij de aangifte; leg de antwoorden van tevoren vast.</source>
        <translation>The police ask about this when the report is made; record the answers beforehand.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="102"/>
        <source>Klachtdelict: bijzondere schriftelijke volmacht</source>
        <translation>Offence prosecuted only on complaint: special written authorisation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="109"/>
        <source>Vol&amp;macht getekend</source>
        <translation>Authorisation &amp;signed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="111"/>
        <source>&amp;Notitie</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="121"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="158"/>
        <source>Aangifte: de politie onderzoekt. Online bedreiging en belediging gaan op afspraak (0900-8844), bij acuut gevaar 112.</source>
        <translation>Police report: the police investigate. Online threats and insults are reported by appointment (0900-8844); in acute danger call 112.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="160"/>
        <source>Melding: alleen geregistreerd, geen onderzoek.</source>
        <translation>Notification: registered only, no investigation.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="161"/>
        <source>Informatief gesprek: vooraf overleggen, nog geen aangifte.</source>
        <translation>Informative talk: consult beforehand, no report yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="165"/>
        <source>De organisatie doet de aangifte, niet de medewerker: kies het adres van de organisatie als domicilie, want het politiedossier is zichtbaar voor de verdachte.</source>
        <translation>The organisation makes the report, not the employee: choose the organisation’s address as the address for service, because the police file is visible to the suspect.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/police_report.py" line="169"/>
        <source>Gewoonlijk doet de organisatie de aangifte, niet de medewerker. Doet de medewerker het toch zelf (bijvoorbeeld bij een klachtdelict), gebruik dan het werkadres, niet het privéadres.</source>
        <translation>Usually the organisation makes the report, not the employee. If the employee does it personally after all (for example for an offence prosecuted only on complaint), use the work address, not the home address.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="120"/>
        <source>Titel van het protocol</source>
        <translation>Title of the protocol</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="121"/>
        <source>Inleiding van het protocol</source>
        <translation>Introduction of the protocol</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="127"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="129"/>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="131"/>
        <source>Wie is verantwoordelijk voor deze stap</source>
        <translation>Who is responsible for this step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="132"/>
        <source>Wat doet die bij deze stap</source>
        <translation>What they do at this step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="134"/>
        <source>Contactpersoon bij deze stap</source>
        <translation>Contact person for this step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="139"/>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="139"/>
        <source>W&amp;at</source>
        <translation>Wh&amp;at</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="140"/>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="145"/>
        <source>De gegevens van de contactpersoon komen uit Organisatie → Gegevens en contactpersonen en staan bij de stap in de PDF.</source>
        <translation>The contact person&apos;s details come from Organisation → Details and contacts and are printed with the step in the PDF.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="149"/>
        <source>Stapp&amp;en</source>
        <translation>St&amp;eps</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="156"/>
        <source>Slotopmerkingen van het protocol</source>
        <translation>Closing remarks of the protocol</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="157"/>
        <source>Slot&amp;opmerkingen</source>
        <translation>Closing &amp;remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="163"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="163"/>
        <source>Juridisch adviseur</source>
        <translation>Legal adviser</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="164"/>
        <source>Politie (contact van de organisatie)</source>
        <translation>Police (the organisation&apos;s contact)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="165"/>
        <source>Politie, werknemers met een publieke taak</source>
        <translation>Police, employees with a public task</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="166"/>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="166"/>
        <source>Bedrijfsarts</source>
        <translation>Company doctor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="167"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="186"/>
        <source>Stap {number}: {step}</source>
        <translation>Step {number}: {step}</translation>
    </message>
</context>
<context>
    <name>PreventionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="45"/>
        <source>Preventiemateriaal</source>
        <translation>Prevention materials</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="47"/>
        <source>Materiaal om online grensoverschrijdend gedrag te voorkomen, met de naam en de contactpersonen van uw organisatie erin. Pas de tekst aan en maak er een PDF van om te printen of te delen. Wijzigingen worden bewaard als u het venster sluit.</source>
        <translation>Materials to prevent online harassment, with your organisation&apos;s name and contacts in them. Adapt the text and make a PDF to print or share. Changes are kept when you close the window.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="62"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="63"/>
        <source>Wie doet wat</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="63"/>
        <source>Omgangsafspraken</source>
        <translation>Conduct agreements</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="63"/>
        <source>Teamoverleg</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="64"/>
        <source>Zelf googelen</source>
        <translation>Search yourself</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="72"/>
        <source>&amp;PDF maken…</source>
        <translation>Make &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="73"/>
        <source>PDF maken</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="78"/>
        <source>A3 (wachtkamer)</source>
        <translation>A3 (waiting room)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="80"/>
        <source>Papierformaat van de poster</source>
        <translation>Paper size of the poster</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="81"/>
        <source>Papier&amp;formaat</source>
        <translation>Paper si&amp;ze</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="83"/>
        <source>&amp;Poster maken…</source>
        <translation>Make &amp;poster…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="84"/>
        <source>Poster maken</source>
        <translation>Make poster</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="87"/>
        <source>F&amp;lyer maken (A5)…</source>
        <translation>Make &amp;flyer (A5)…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="88"/>
        <source>Flyer maken</source>
        <translation>Make flyer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="96"/>
        <source>&amp;Sluiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="97"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="150"/>
        <source>Standaardtekst herstellen</source>
        <translation>Restore default text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="151"/>
        <source>De eigen tekst van dit document vervangen door de standaardtekst? Uw wijzigingen gaan verloren.</source>
        <translation>Replace your own text of this document with the default text? Your changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="161"/>
        <source>De standaardtekst staat er weer.</source>
        <translation>The default text is back.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="164"/>
        <source>wie-doet-wat</source>
        <translation>who-does-what</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="164"/>
        <source>teamoverleg-agendapunt</source>
        <translation>team-meeting-agenda-item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="165"/>
        <source>zelf-googelen-checklist</source>
        <translation>search-yourself-checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="165"/>
        <source>omgangsafspraken-poster-A3</source>
        <translation>conduct-agreements-poster-A3</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="166"/>
        <source>omgangsafspraken-poster-A4</source>
        <translation>conduct-agreements-poster-A4</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="166"/>
        <source>omgangsafspraken-flyer</source>
        <translation>conduct-agreements-flyer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="177"/>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="179"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="188"/>
        <source>De PDF kon niet worden opgeslagen: {reason}</source>
        <translation>The PDF could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention.py" line="191"/>
        <source>Opgeslagen als {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="345"/>
        <source>Kluis openen met herstelsleutel</source>
        <translation>Open vault with recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="348"/>
        <source>Typ de herstelsleutel over die u bij het maken van de kluis hebt opgeschreven of afgedrukt. Daarna kiest u een nieuw wachtwoord.</source>
        <translation>Type in the recovery key that you wrote down or printed when the vault was created. Then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="357"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="359"/>
        <source>De sleutel die u bij het maken van de kluis hebt opgeschreven; streepjes en spaties mogen.</source>
        <translation>The key you wrote down when the vault was created; dashes and spaces are fine.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="360"/>
        <source>&amp;Herstelsleutel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="366"/>
        <source>&amp;Openen en wachtwoord instellen</source>
        <translation>&amp;Open and set passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="368"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="372"/>
        <source>Herstelsleutel gebruiken</source>
        <translation>Use recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="171"/>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="189"/>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="174"/>
        <source>Dit is uw herstelsleutel. Hij opent de kluis als u het wachtwoord kwijt bent, ook zonder het sleutelbestand. Schrijf hem op of druk hem af en bewaar hem op een veilige plek, niet bij de laptop. Hij wordt maar één keer getoond.</source>
        <translation>This is your recovery key. It opens the vault if you lose your passphrase, even without the key file. Write it down or print it, and keep it somewhere safe, not with the laptop. It is shown only once.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="191"/>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="193"/>
        <source>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</source>
        <translation>I have &amp;written down or printed the recovery key</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="195"/>
        <source>&amp;Verder</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="200"/>
        <source>Bewaar uw herstelsleutel</source>
        <translation>Keep your recovery key safe</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="229"/>
        <source>OGG Desktop — herstelsleutel van de kluis</source>
        <translation>OGG Desktop — recovery key for the vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="230"/>
        <source>Bewaar dit blad op een veilige plek, gescheiden van de laptop.</source>
        <translation>Keep this sheet somewhere safe, away from the laptop.</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="207"/>
        <source>Afschermen: {title}</source>
        <translation>Redact: {title}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="210"/>
        <source>Sleep met de muis een rechthoek over wat HR niet mag zien, zoals namen van anderen of persoonlijke gegevens van de medewerker. U maakt zo een afgeschermde kopie: het origineel blijft ongewijzigd in de kluis, HR krijgt de kopie te zien.</source>
        <translation>Drag a rectangle with the mouse over whatever HR must not see, such as other people&apos;s names or the employee&apos;s personal details. This makes a redacted copy: the original stays unchanged in the vault, HR gets to see the copy.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="217"/>
        <source>Afbeelding om af te schermen</source>
        <translation>Image to redact</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="219"/>
        <source>Sleep met de muis om een zwart vlak toe te voegen. Ctrl+Z haalt het laatste vlak weg. Ctrl+scrollwiel, plus of min om te zoomen.</source>
        <translation>Drag with the mouse to add a black box. Ctrl+Z removes the last box. Ctrl+scroll wheel, plus or minus to zoom.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="222"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="223"/>
        <source>Het laatst getekende vlak weghalen (Ctrl+Z)</source>
        <translation>Remove the box drawn last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="224"/>
        <source>Alles &amp;wissen</source>
        <translation>&amp;Clear all</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="225"/>
        <source>Alle vlakken weghalen en opnieuw beginnen</source>
        <translation>Remove all boxes and start again</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="226"/>
        <source>Uitzoomen (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="227"/>
        <source>Inzoomen (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="228"/>
        <source>&amp;Passend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="229"/>
        <source>De hele afbeelding in het venster, ook met 0</source>
        <translation>The whole image in the window, also with 0</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="231"/>
        <source>Zoomfactor</source>
        <translation>Zoom factor</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="234"/>
        <source>Aantal zwarte vlakken</source>
        <translation>Number of black boxes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="239"/>
        <source>Kopie &amp;opslaan</source>
        <translation>&amp;Save copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="240"/>
        <source>De afgeschermde kopie als nieuw bewijsstuk bewaren</source>
        <translation>Save the redacted copy as a new evidence item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="242"/>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="247"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="243"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="244"/>
        <source>Alles wissen</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="245"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="245"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="246"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="246"/>
        <source>Kopie opslaan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="345"/>
        <source>Afschermen</source>
        <translation>Redact</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="346"/>
        <source>De afgeschermde kopie is nog niet opgeslagen. Sluiten zonder op te slaan?</source>
        <translation>The redacted copy has not been saved yet. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="360"/>
        <source>Zwarte vlakken: {n}</source>
        <translation>Black boxes: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/redaction.py" line="361"/>
        <source>Nog geen zwarte vlakken</source>
        <translation>No black boxes yet</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="251"/>
        <source>Doorverwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="254"/>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="257"/>
        <source>Datum van de doorverwijzing</source>
        <translation>Date of the referral</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="260"/>
        <source>Toelichting</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="261"/>
        <source>bijv. naam van de praktijk; bij ‘Anders’: naar wie</source>
        <translation>e.g. name of the practice; for ‘Other’: to whom</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="264"/>
        <source>&amp;Naar</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="265"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="266"/>
        <source>&amp;Toelichting</source>
        <translation>Re&amp;marks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="272"/>
        <source>Bij ‘Anders’: vul in naar wie u doorverwijst.</source>
        <translation>For ‘Other’: fill in to whom you refer.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="277"/>
        <source>De datum ligt in de toekomst. Leg een doorverwijzing vast als die is gedaan.</source>
        <translation>The date is in the future. Record a referral once it has been made.</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="51"/>
        <source>nog geen besluit</source>
        <translation>no decision yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="53"/>
        <source>bezwaar ingediend op {date}</source>
        <translation>appeal filed on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="56"/>
        <source>datum van het besluit ontbreekt</source>
        <translation>date of the decision is missing</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="61"/>
        <source>nog {n} dagen voor bezwaar (tot {date})</source>
        <translation>{n} days left to appeal (until {date})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="64"/>
        <source>nog 1 dag voor bezwaar (tot {date})</source>
        <translation>1 day left to appeal (until {date})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="66"/>
        <source>vandaag is de laatste dag voor bezwaar ({date})</source>
        <translation>today is the last day to appeal ({date})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/platform_report.py" line="68"/>
        <source>termijn voor bezwaar verlopen op {date}</source>
        <translation>appeal period ended on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="44"/>
        <source>Algemene tip: {text}</source>
        <translation>General tip: {text}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="46"/>
        <source>Laatst gecontroleerd: {date}.</source>
        <translation>Last checked: {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="49"/>
        <source>Laatst gecontroleerd: nog niet gecontroleerd.</source>
        <translation>Last checked: not checked yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="54"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="76"/>
        <source>Tip voor dit platform</source>
        <translation>Tip for this platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="82"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/report_common.py" line="83"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="71"/>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="106"/>
        <source>Rapport maken…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="71"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="72"/>
        <source>Rapport maken</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="73"/>
        <source>Voortgang van het rapport</source>
        <translation>Progress of the report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="87"/>
        <source>Annuleren…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="108"/>
        <source>Bewijsstuk {done} van {total} geplaatst…</source>
        <translation>Item {done} of {total} placed…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/report_runner.py" line="110"/>
        <source>Origineel {done} van {total} bijgevoegd…</source>
        <translation>Original {done} of {total} attached…</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="178"/>
        <source>4. Rapporteer: melden bij het platform</source>
        <translation>4. Report: notify the platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="179"/>
        <source>Meld het bericht samen met de medewerker. Leg het ticket, het besluit en de termijn voor bezwaar vast (DSA: minstens 6 maanden na het besluit).</source>
        <translation>Report the message together with the employee. Record the ticket, the decision and the deadline for appeal (DSA: at least 6 months after the decision).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="181"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="181"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="181"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="181"/>
        <source>Gemeld op</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="181"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="182"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="182"/>
        <source>Termijn voor bezwaar</source>
        <translation>Deadline for appeal</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="183"/>
        <source>&amp;Melding toevoegen…</source>
        <translation>&amp;Add report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="183"/>
        <source>Melding &amp;wijzigen…</source>
        <translation>&amp;Edit report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="184"/>
        <source>DSA-m&amp;elding opstellen…</source>
        <translation>Draft DSA &amp;notice…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="185"/>
        <source>DSA-melding opstellen</source>
        <translation>Draft DSA notice</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="186"/>
        <source>De tekst van de melding van illegale inhoud voor de gekozen melding, om te kopiëren naar het formulier van het platform.</source>
        <translation>The text of the notice of illegal content for the chosen report, to copy into the platform’s form.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="192"/>
        <source>5. Aangifte bij de politie</source>
        <translation>5. Report to the police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="193"/>
        <source>De organisatie doet aangifte, niet de medewerker zelf. Bij een klachtdelict doet de medewerker zelf aangifte of tekent een bijzondere schriftelijke volmacht.</source>
        <translation>The organisation makes the police report, not the employee. For an offence prosecuted only on complaint, the employee makes the report or signs a special written authorisation.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="195"/>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="202"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="195"/>
        <source>Gedaan door</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="195"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="195"/>
        <source>Politiebureau</source>
        <translation>Police station</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="196"/>
        <source>Registratienummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="196"/>
        <source>Bijzonderheden</source>
        <translation>Particulars</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="197"/>
        <source>&amp;Politie toevoegen…</source>
        <translation>Add &amp;police report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="197"/>
        <source>Politie w&amp;ijzigen…</source>
        <translation>Ed&amp;it police report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="200"/>
        <source>6. Juridische hulp</source>
        <translation>6. Legal help</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="201"/>
        <source>Haalt het platform het bericht niet weg? Leg vast welke juridische stappen er lopen.</source>
        <translation>Does the platform not take the message down? Record which legal steps are under way.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="202"/>
        <source>Advocaat</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="202"/>
        <source>Gestart op</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="202"/>
        <source>Volgende datum</source>
        <translation>Next date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="203"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="204"/>
        <source>&amp;Juridische stap toevoegen…</source>
        <translation>Add &amp;legal step…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="204"/>
        <source>Juridische stap wij&amp;zigen…</source>
        <translation>Edit legal ste&amp;p…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="295"/>
        <source>onder nummer</source>
        <translation>under a number</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="297"/>
        <source>publieke taak (VPT {code})</source>
        <translation>public task (VPT {code})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="299"/>
        <source>volmacht getekend</source>
        <translation>authorisation signed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="301"/>
        <source>volmacht nog niet getekend</source>
        <translation>authorisation not signed yet</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="318"/>
        <source>Toestemming van de medewerker: gegeven op {date}</source>
        <translation>Employee’s consent: given on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="322"/>
        <source>Geen toestemming van de medewerker; doorgegaan wegens conflict van plichten op {date}. De toelichting staat in het logboek.</source>
        <translation>No consent from the employee; proceeded because of a conflict of duties on {date}. The explanation is in the log.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="332"/>
        <source>De medewerker heeft de toestemming voor „{scope}” ingetrokken op {date}.</source>
        <translation>The employee withdrew consent for “{scope}” on {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="335"/>
        <source>De toestemming voor „{scope}” gaat pas in op {date}.</source>
        <translation>The consent for “{scope}” only takes effect on {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="337"/>
        <source>Er is nog geen toestemming van de medewerker vastgelegd voor „{scope}”.</source>
        <translation>No consent from the employee has been recorded yet for “{scope}”.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="341"/>
        <source>{reason} Deze stap gebeurt alleen met toestemming van de medewerker: die houdt de regie. Leg de toestemming vast als de medewerker die heeft gegeven. Alleen bij een conflict van plichten kunt u zonder toestemming doorgaan; uw schriftelijke toelichting wordt dan in het logboek bewaard.</source>
        <translation>{reason} This step happens only with the employee’s consent: the employee stays in control. Record the consent once the employee has given it. Only in a conflict of duties can you proceed without consent; your written explanation is then kept in the log.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="121"/>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="158"/>
        <source>Herstellen uit back-up</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="123"/>
        <source>Kies een back-up (een .ogg-bestand met het .key-bestand ernaast) en vul het wachtwoord in dat gold toen de back-up werd gemaakt. De back-up wordt eerst gecontroleerd; er verandert niets tot u op Terugzetten klikt.</source>
        <translation>Choose a backup (an .ogg file with the .key file beside it) and enter the passphrase that was valid when the backup was made. The backup is checked first; nothing changes until you click Restore.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="127"/>
        <source>Back-upbestand</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="128"/>
        <source>&amp;Back-up</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="130"/>
        <source>Wachtwoord van de back-up</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="131"/>
        <source>&amp;Wachtwoord van de back-up</source>
        <translation>&amp;Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="133"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="134"/>
        <source>Back-up controleren</source>
        <translation>Check backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="140"/>
        <source>Inhoud van de back-up</source>
        <translation>Contents of the backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="145"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="147"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="173"/>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="173"/>
        <source>OGG-kluis (*.ogg);;Alle bestanden (*)</source>
        <translation>OGG vault (*.ogg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="200"/>
        <source>Kies een back-upbestand dat bestaat.</source>
        <translation>Choose a backup file that exists.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="204"/>
        <source>Dit is de kluis zelf, geen back-up.</source>
        <translation>This is the vault itself, not a backup.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="207"/>
        <source>Vul het wachtwoord van de back-up in.</source>
        <translation>Enter the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="217"/>
        <source>De back-up kan niet worden gelezen ({reason}).</source>
        <translation>The backup cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/backup_restore.py" line="225"/>
        <source>Back-up gecontroleerd: opent met dit wachtwoord, bestand in orde, alle hashes kloppen.

Gemaakt op: {date}
Dossiers: {cases}
Bewijsstukken: {items}
Laatste activiteit: {last}

Bij Terugzetten wordt uw huidige kluis eerst bewaard als {aside} (met sleutelbestand) in {folder}. Daarna opent de kluis met het wachtwoord van deze back-up.</source>
        <translation>Backup checked: opens with this passphrase, file in order, all hashes match.

Made on: {date}
Cases: {cases}
Evidence items: {items}
Last activity: {last}

On Restore, your current vault is first kept as {aside} (with its key file) in {folder}. After that the vault opens with this backup&apos;s passphrase.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="258"/>
        <source>Bewaartermijn verlopen</source>
        <translation>Retention period passed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="260"/>
        <source>Van deze dossiers is de bewaartermijn verstreken. Vernietig elk dossier, of verleng de termijn met een reden als het nog nodig is (bijvoorbeeld bij een lopende procedure).</source>
        <translation>The retention period of these cases has passed. Destroy each case, or extend its period with a reason if it is still needed (for example during ongoing proceedings).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="264"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="264"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="264"/>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="265"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="266"/>
        <source>Dossiers met een verlopen bewaartermijn</source>
        <translation>Cases past their retention date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="276"/>
        <source>Geen dossiers met een verlopen bewaartermijn.</source>
        <translation>No cases past their retention date.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="279"/>
        <source>&amp;Vernietigen…</source>
        <translation>&amp;Destroy…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="280"/>
        <source>V&amp;erlengen…</source>
        <translation>E&amp;xtend…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="281"/>
        <source>Dossier &amp;openen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="282"/>
        <source>Gekozen dossier vernietigen</source>
        <translation>Destroy the chosen case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="283"/>
        <source>Bewaartermijn van gekozen dossier verlengen</source>
        <translation>Extend the chosen case&apos;s retention period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="284"/>
        <source>Gekozen dossier openen om het na te kijken</source>
        <translation>Open the chosen case to look it over</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="343"/>
        <source>Dit dossier bestaat niet meer in de kluis.</source>
        <translation>This case is no longer in the vault.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="369"/>
        <source>De bewaartermijn van {reference} loopt nu tot {date}.</source>
        <translation>The retention period of {reference} now runs until {date}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="384"/>
        <source>Dossier {reference} is vernietigd.</source>
        <translation>Case {reference} has been destroyed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/retention.py" line="387"/>
        <source>Het wordt volledig uit het kluisbestand gewist zodra u de kluis vergrendelt.</source>
        <translation>It is fully wiped from the vault file as soon as you lock the vault.</translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/mode.py" line="75"/>
        <source>Samen bekijken</source>
        <translation>Review together</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="64"/>
        <source>Samen bekijken — {reference} — {app}</source>
        <translation>Review together — {reference} — {app}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="66"/>
        <source>Samen bekijken</source>
        <translation>Review together</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="70"/>
        <source>Titel van het dossier</source>
        <translation>Title of the case</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="71"/>
        <source>Samen bekijken met uw vertrouwenspersoon · {reference}</source>
        <translation>Reviewing together with your confidential counsellor · {reference}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="73"/>
        <source>&amp;Samen bekijken beëindigen…</source>
        <translation>&amp;End review together…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="74"/>
        <source>Samen bekijken beëindigen (wachtwoord van de vertrouwenspersoon)</source>
        <translation>End review together (the counsellor&apos;s passphrase)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="75"/>
        <source>Alleen de vertrouwenspersoon: vraagt het wachtwoord</source>
        <translation>For the counsellor only: asks for the passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="84"/>
        <source>&amp;Overzicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="85"/>
        <source>&amp;Bewijs</source>
        <translation>E&amp;vidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="86"/>
        <source>&amp;Toestemming</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/navigation.py" line="47"/>
        <location filename="../../ogg_desktop/gui/review/window.py" line="88"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="88"/>
        <source>Bewijs</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="89"/>
        <source>Toestemming voor vervolgstappen</source>
        <translation>Consent for next steps</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="108"/>
        <source>← &amp;Vorige</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="109"/>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="110"/>
        <source>Vo&amp;lgende →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="111"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="114"/>
        <source>Waar u bent</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="24"/>
        <source>Waar gaat het om</source>
        <translation>What it is about</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="27"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="70"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="102"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="28"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="31"/>
        <source>Notities die met u gedeeld zijn</source>
        <translation>Notes shared with you</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="33"/>
        <source>Klopt &amp;niet…</source>
        <translation>That&apos;s &amp;wrong…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="34"/>
        <source>Klopt niet: iets in de samenvatting of een notitie is onjuist</source>
        <translation>That&apos;s wrong: something in the summary or a note is not right</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="37"/>
        <source>Wat u eerder aangaf</source>
        <translation>What you said earlier</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="38"/>
        <source>Met ‘Volgende’ (of de pijltjestoets naar rechts) bekijkt u het bewijs één voor één, van oud naar nieuw.</source>
        <translation>With ‘Next’ (or the right arrow key) you go through the evidence one item at a time, from oldest to newest.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="26"/>
        <source>Vervolgstappen: uw toestemming</source>
        <translation>Next steps: your consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="28"/>
        <source>Deze stappen zet de vertrouwenspersoon alleen met uw toestemming. Wat u hier kiest, wordt met datum en tijd in uw dossier vastgelegd. U kunt toestemming later altijd weer intrekken.</source>
        <translation>The counsellor takes these steps only with your consent. What you choose here is recorded in your case with the date and time. You can always withdraw consent later.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="40"/>
        <source>Toestemming nu: {step}</source>
        <translation>Consent now: {step}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="55"/>
        <source>Het bericht samen melden bij het platform (bijvoorbeeld LinkedIn of YouTube), zodat het platform het kan verwijderen.</source>
        <translation>Report the message to the platform together (for example LinkedIn or YouTube), so the platform can remove it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="59"/>
        <source>De organisatie doet aangifte bij de politie. Bij sommige strafbare feiten (zoals belediging) doet u zelf aangifte of tekent u een volmacht.</source>
        <translation>The organisation reports it to the police. For some offences (such as insult) you report it yourself or sign a power of attorney.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="63"/>
        <source>HR krijgt een overzicht met alleen de bewijsstukken die u goedkeurt, zonder de eigen notities van de vertrouwenspersoon.</source>
        <translation>HR receives an overview with only the evidence items you approve, without the counsellor&apos;s own notes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="67"/>
        <source>Juridische hulp inschakelen, bijvoorbeeld als het platform het bericht niet verwijdert.</source>
        <translation>Bring in legal help, for example if the platform does not remove the message.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="62"/>
        <source>Wat u eerder aangaf:</source>
        <translation>What you said earlier:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="64"/>
        <source>• {when} — {what}: “{correction}”</source>
        <translation>• {when} — {what}: “{correction}”</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="137"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="71"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="138"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="72"/>
        <source>Geplaatst</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="139"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="73"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="140"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="74"/>
        <source>Vermoedelijk geplaatst door</source>
        <translation>Believed to be posted by</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="141"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="75"/>
        <source>U wist ervan op</source>
        <translation>You learned of it on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="142"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="76"/>
        <source>Letterlijke tekst</source>
        <translation>Literal text</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="144"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="77"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="78"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="153"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="79"/>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="106"/>
        <source>Iets anders</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="84"/>
        <source>(Er is nog geen samenvatting geschreven.)</source>
        <translation>(No summary has been written yet.)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="78"/>
        <source>Nu: u hebt toestemming gegeven ({date}).</source>
        <translation>Now: you have given consent ({date}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="81"/>
        <source>Toestemming intrekken…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="82"/>
        <source>Toestemming intrekken: {step}</source>
        <translation>Withdraw consent: {step}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="86"/>
        <source>Nu: geen toestemming (ingetrokken op {date}).</source>
        <translation>Now: no consent (withdrawn on {date}).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="88"/>
        <source>Nu: geen toestemming.</source>
        <translation>Now: no consent.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="90"/>
        <source>Toestemming geven…</source>
        <translation>Give consent…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="91"/>
        <source>Toestemming geven: {step}</source>
        <translation>Give consent: {step}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/navigation.py" line="52"/>
        <source>Bewijsstuk {n} van {total}</source>
        <translation>Evidence item {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/navigation.py" line="57"/>
        <source>Vervolgstappen</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="103"/>
        <source>{w} × {h} beeldpunten</source>
        <translation>{w} × {h} pixels</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="106"/>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="165"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="114"/>
        <source>(De tekst is nog niet overgenomen.)</source>
        <translation>(The text has not been copied out yet.)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="125"/>
        <source>zoals getoond: ‘{shown}’</source>
        <translation>as shown: ‘{shown}’</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="128"/>
        <source>onbekend; vastgelegd op {date}</source>
        <translation>unknown; captured on {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/item_page.py" line="134"/>
        <source>{name} (zekerheid: {confidence})</source>
        <translation>{name} (certainty: {confidence})</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/overview_page.py" line="103"/>
        <source>Notitie van {date}</source>
        <translation>Note of {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/window.py" line="185"/>
        <source>Vastgelegd om {time}: wat u zei over ‘{what}’. De vertrouwenspersoon past het aan of bespreekt het met u.</source>
        <translation>Recorded at {time}: what you said about ‘{what}’. The counsellor will correct it or discuss it with you.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="101"/>
        <source>Toestemming geven</source>
        <translation>Give consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="102"/>
        <source>Dit wordt nu in uw dossier vastgelegd, met datum en tijd:

U geeft toestemming voor: {step}.

U kunt deze toestemming later altijd weer intrekken.</source>
        <translation>This is now recorded in your case, with the date and time:

You give consent for: {step}.

You can always withdraw this consent later.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="106"/>
        <source>Ja, toestemming geven</source>
        <translation>Yes, give consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="108"/>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="109"/>
        <source>Dit wordt nu in uw dossier vastgelegd, met datum en tijd:

U trekt uw toestemming in voor: {step}.

Wat al gedaan is, blijft staan. Zonder uw toestemming wordt deze stap niet verder gezet.</source>
        <translation>This is now recorded in your case, with the date and time:

You withdraw your consent for: {step}.

What has already been done stays done. Without your consent this step is taken no further.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="114"/>
        <source>Ja, toestemming intrekken</source>
        <translation>Yes, withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="122"/>
        <source>gegeven door de medewerker bij samen bekijken</source>
        <translation>given by the employee while reviewing together</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="129"/>
        <source>Vastgelegd om {time}: u gaf toestemming voor ‘{step}’.</source>
        <translation>Recorded at {time}: you gave consent for ‘{step}’.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/review/consent_page.py" line="131"/>
        <source>Vastgelegd om {time}: u trok uw toestemming in voor ‘{step}’.</source>
        <translation>Recorded at {time}: you withdrew your consent for ‘{step}’.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="25"/>
        <source>Nazorgschema van de organisatie</source>
        <translation>The organisation&apos;s aftercare schedule</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="27"/>
        <source>Geldt voor nieuwe nazorgtrajecten. Gangbaar: eerste gesprek binnen 72 uur (in sommige sectoren 2 werkdagen), vervolg na 2 weken en na 6–8 weken.</source>
        <translation>Applies to new aftercare plans. Common practice: a first talk within 72 hours (in some sectors 2 working days), follow-ups after 2 weeks and after 6–8 weeks.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="30"/>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="34"/>
        <source>binnen</source>
        <translation>within</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="33"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="37"/>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="45"/>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="48"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="50"/>
        <source>Eerste gesprek binnen uren</source>
        <translation>First talk within hours</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="51"/>
        <source>Eerste gesprek binnen werkdagen</source>
        <translation>First talk within working days</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="52"/>
        <source>Vervolggesprekken na weken</source>
        <translation>Follow-ups after weeks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="53"/>
        <source>Laatste vervolg uiterlijk na weken</source>
        <translation>Last follow-up at the latest after weeks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="54"/>
        <source>Afgewezen aanbod opnieuw na weken</source>
        <translation>Declined offer made again after weeks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="65"/>
        <source>Eerste gesprek</source>
        <translation>First talk</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="66"/>
        <source>Vervolg na (weken, met komma&apos;s)</source>
        <translation>Follow-ups after (weeks, with commas)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="67"/>
        <source>Laatste vervolg uiterlijk na</source>
        <translation>Last follow-up at the latest after</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="68"/>
        <source>Afgewezen aanbod opnieuw na</source>
        <translation>Declined offer made again after</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="87"/>
        <source>Vul de weken in als getallen, bijvoorbeeld: 2, 6</source>
        <translation>Enter the weeks as numbers, for example: 2, 6</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/schedule.py" line="90"/>
        <source>‘Uiterlijk’ ligt vóór het laatste vervolggesprek.</source>
        <translation>‘At the latest’ is before the last follow-up.</translation>
    </message>
</context>
<context>
    <name>SelfSearchPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="269"/>
        <source>Titel van de checklist</source>
        <translation>Title of the checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="270"/>
        <source>Inleiding van de checklist</source>
        <translation>Introduction of the checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="273"/>
        <source>Platforms om te doorzoeken, één per regel</source>
        <translation>Platforms to search, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="274"/>
        <source>Pl&amp;atforms</source>
        <translation>Pl&amp;atforms</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="274"/>
        <source>Eén platform per regel; elk krijgt een rij in de tabel.</source>
        <translation>One platform per line; each gets a row in the table.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="276"/>
        <source>Wat zichtbaar kan zijn, één per regel</source>
        <translation>What may be visible, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="277"/>
        <source>&amp;Wat is zichtbaar</source>
        <translation>&amp;What is visible</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="278"/>
        <source>Eén per regel; elk krijgt een kolom in de tabel (hoogstens 7).</source>
        <translation>One per line; each gets a column in the table (at most 7).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="279"/>
        <source>Privacy-instellingen, één per regel</source>
        <translation>Privacy settings, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="280"/>
        <source>Pri&amp;vacy-instellingen</source>
        <translation>Pri&amp;vacy settings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="280"/>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="282"/>
        <source>Eén vinkje per regel.</source>
        <translation>One tick box per line.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="281"/>
        <source>Risico&apos;s, één per regel</source>
        <translation>Risks, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="282"/>
        <source>&amp;Risico&apos;s</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="287"/>
        <source>Afsluiting van de checklist</source>
        <translation>Closing of the checklist</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="288"/>
        <source>Afsl&amp;uiting</source>
        <translation>C&amp;losing</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="51"/>
        <source>Maak een PDF voor de politie, voor HR, voor de medewerker of voor een platform. Elk rapport draagt het dossiernummer en een vertrouwelijkheidsmarkering; wie wat kreeg, staat hieronder.</source>
        <translation>Make a PDF for the police, for HR, for the employee or for a platform. Every report carries the case reference and a confidentiality marking; who received what is listed below.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="56"/>
        <source>Bijlage bij &amp;aangifte (politie)…</source>
        <translation>&amp;Annex to a police report…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="57"/>
        <source>Overzicht voor &amp;HR…</source>
        <translation>Summary for &amp;HR…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="58"/>
        <source>Exemplaar voor de &amp;medewerker…</source>
        <translation>Copy for the &amp;employee…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="59"/>
        <source>&amp;Platformmelding als PDF…</source>
        <translation>&amp;Platform notice as PDF…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="62"/>
        <source>Met de originele bestanden, hashwaarden, verklaring en zo nodig de volmacht.</source>
        <translation>With the original files, hash values, statement and, where needed, the power of attorney.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="64"/>
        <source>Alleen wat de medewerker goedkeurde; afgeschermde kopieën in plaats van originelen.</source>
        <translation>Only what the employee approved; redacted copies instead of originals.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="65"/>
        <source>Het dossier in gewone taal, zonder uw eigen notities.</source>
        <translation>The case in plain language, without your own notes.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="66"/>
        <source>De DSA-melding (artikel 16) bij een melding aan een platform.</source>
        <translation>The DSA notice (article 16) for a platform report.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="78"/>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="84"/>
        <source>Gedeeld met</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="82"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="82"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="82"/>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="83"/>
        <source>Bewijsstukken</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="83"/>
        <source>SHA-256 van de PDF</source>
        <translation>SHA-256 of the PDF</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="129"/>
        <source>Er is geen toestemming (meer) voor: {step}.</source>
        <translation>There is no consent (any more) for: {step}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="148"/>
        <source>Toestemming nodig</source>
        <translation>Consent needed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="149"/>
        <source>Voor „{step}” is de toestemming van de medewerker nodig: die houdt de regie. Leg de toestemming vast op het tabblad Overzicht als de medewerker die heeft gegeven. Alleen bij een conflict van plichten kunt u zonder toestemming doorgaan; uw toelichting wordt dan in het logboek bewaard.</source>
        <translation>“{step}” needs the employee&apos;s consent: they stay in charge. Record the consent on the Overview tab once the employee has given it. Only in a conflict of duties can you go on without consent; your justification is then kept in the log.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="153"/>
        <source>Toch doorgaan (conflict van plichten)…</source>
        <translation>Go on anyway (conflict of duties)…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="168"/>
        <source>Rapport opslaan als</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="168"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="176"/>
        <source>{kind} opgeslagen als {file}.</source>
        <translation>{kind} saved as {file}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/sharing.py" line="190"/>
        <source>Geannuleerd; er is geen bestand gemaakt.</source>
        <translation>Cancelled; no file was made.</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="116"/>
        <source>eerste gesprek binnen {n} werkdagen</source>
        <translation>first talk within {n} working days</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="119"/>
        <source>eerste gesprek binnen {n} uur</source>
        <translation>first talk within {n} hours</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="122"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="124"/>
        <source>Nu: {first}; vervolg na {weeks} weken (uiterlijk na {latest} weken); afgewezen aanbod opnieuw na {reoffer} weken.</source>
        <translation>Now: {first}; follow-up after {weeks} weeks (at the latest after {latest} weeks); a declined offer made again after {reoffer} weeks.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="138"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="140"/>
        <source>Er is geen wettelijke bewaartermijn: bewaar alleen zo lang als nodig. Gangbaar is vernietigen zodra het dossier is afgesloten en meegeteld in het jaarverslag. Sluit u een dossier zonder bewaartermijn af, dan krijgt het deze termijn vanaf de sluitdatum; per dossier kunt u die daarna aanpassen.</source>
        <translation>There is no statutory retention period: keep data only as long as needed. Common practice is to destroy a case once it is closed and counted in the annual report. A case you close without a retention date gets this period from its closing date; you can change it per case afterwards.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="146"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="147"/>
        <source>Bewaartermijn na afsluiten, in maanden</source>
        <translation>Retention period after closing, in months</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="155"/>
        <source>Be&amp;waartermijn na afsluiten</source>
        <translation>Retention e&amp;xpires after</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="161"/>
        <source>Nazorgschema</source>
        <translation>Aftercare schedule</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="164"/>
        <source>Nazorgschema wijzigen…</source>
        <translation>Change aftercare schedule…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="166"/>
        <source>Wanneer het eerste nazorggesprek en de vervolggesprekken gepland worden</source>
        <translation>When the first aftercare talk and the follow-ups are scheduled</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="169"/>
        <source>Geldt voor nazorgtrajecten die u vanaf nu start.</source>
        <translation>Applies to aftercare you start from now on.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="192"/>
        <source>Afgesloten op {today}: bewaard tot {until}.</source>
        <translation>Closed on {today}: kept until {until}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/organisation_pages.py" line="200"/>
        <source>(Gewijzigd: wordt opgeslagen met Opslaan.)</source>
        <translation>(Changed: saved when you click Save.)</translation>
    </message>
</context>
<context>
    <name>StartAftercareDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="98"/>
        <source>Nazorg starten voor getuige</source>
        <translation>Start aftercare for witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="98"/>
        <source>Nazorg starten</source>
        <translation>Start aftercare</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="101"/>
        <source>Getuige</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="104"/>
        <source>Datum van de melding</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="108"/>
        <source>Geplande contacten</source>
        <translation>Planned contacts</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="112"/>
        <source>&amp;Getuige</source>
        <translation>&amp;Witness</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="115"/>
        <source>&amp;Melding ontvangen op</source>
        <translation>&amp;Report received on</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="116"/>
        <source>Gepland wordt:</source>
        <translation>To be planned:</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="133"/>
        <source>Eerste gesprek: uiterlijk {date}</source>
        <translation>First conversation: by {date} at the latest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="136"/>
        <source>Vervolggesprek: {date}, uiterlijk {latest}</source>
        <translation>Follow-up conversation: {date}, by {latest} at the latest</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="139"/>
        <source>Vervolggesprek: {date}</source>
        <translation>Follow-up conversation: {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="144"/>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="153"/>
        <source>De datum van de melding ligt in de toekomst.</source>
        <translation>The date of the report is in the future.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/aftercare_dialogs.py" line="147"/>
        <source>Voor deze persoon staan al nazorgcontacten gepland. Met OK komt er een tweede reeks bij.</source>
        <translation>Aftercare contacts are already planned for this person. OK adds a second series.</translation>
    </message>
</context>
<context>
    <name>StepSection</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/reports.py" line="129"/>
        <source>Toestemming voor {step}</source>
        <translation>Consent for {step}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="123"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="141"/>
        <source>Kies een wachtwoord van minstens 10 tekens, bijvoorbeeld een paar losse woorden.</source>
        <translation>Choose a passphrase of at least 10 characters, for example a few unrelated words.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="143"/>
        <source>Sterkte: {label}. Goed.</source>
        <translation>Strength: {label}. Good.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/widgets.py" line="145"/>
        <source>Sterkte: {label}. {advice}</source>
        <translation>Strength: {label}. {advice}</translation>
    </message>
</context>
<context>
    <name>TeamMeetingPage</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="242"/>
        <source>Titel van het agendapunt</source>
        <translation>Title of the agenda item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="243"/>
        <source>Inleiding van het agendapunt</source>
        <translation>Introduction of the agenda item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="245"/>
        <source>Gespreksvragen, één per regel</source>
        <translation>Questions to discuss, one per line</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="246"/>
        <source>&amp;Gespreksvragen</source>
        <translation>&amp;Questions to discuss</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="246"/>
        <source>Eén vraag per regel.</source>
        <translation>One question per line.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="247"/>
        <source>Afsluiting van het agendapunt</source>
        <translation>Closing of the agenda item</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/prevention_pages.py" line="248"/>
        <source>Afsl&amp;uiting</source>
        <translation>C&amp;losing</translation>
    </message>
</context>
<context>
    <name>TeamMeetingsDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="134"/>
        <source>Teamoverleg-logboek</source>
        <translation>Team meeting log</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="136"/>
        <source>Laat de omgangsafspraken en online grensoverschrijdend gedrag standaard terugkomen in teamoverleggen: dat verlaagt de drempel om erover te praten. Leg hier vast welk team het wanneer besprak; de agenda herinnert u aan teams die het te lang niet bespraken.</source>
        <translation>Make the conduct agreements and online harassment a standard item in team meetings: it makes it easier to talk about. Record here which team discussed it when; the agenda reminds you of teams that have not discussed it for too long.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="144"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="146"/>
        <source>Herinneren als een team het langer niet besprak dan, in maanden</source>
        <translation>Remind when a team has not discussed it for longer than, in months</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="149"/>
        <source>&amp;Herinneren na</source>
        <translation>&amp;Remind after</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="154"/>
        <source>zonder bespreking</source>
        <translation>without a discussion</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="156"/>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="164"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="156"/>
        <source>Laatst besproken</source>
        <translation>Last discussed</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="156"/>
        <source>Keren</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="157"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="157"/>
        <source>Teams en wanneer ze het bespraken</source>
        <translation>Teams and when they discussed it</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="159"/>
        <source>T&amp;eams</source>
        <translation>T&amp;eams</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="164"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="164"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="165"/>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="165"/>
        <source>Vastgelegde teamoverleggen</source>
        <translation>Recorded team meetings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="168"/>
        <source>&amp;Overleggen</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="170"/>
        <source>&amp;Toevoegen…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="171"/>
        <source>&amp;Wijzigen…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="172"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="181"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="227"/>
        <source>Opnieuw bespreken, sinds {date}</source>
        <translation>Discuss again, since {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="228"/>
        <source>Op tijd, tot en met {date}</source>
        <translation>On time, up to and including {date}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="235"/>
        <source>Nog geen teamoverleg vastgelegd.</source>
        <translation>No team meeting recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="237"/>
        <source>Teams die het opnieuw moeten bespreken: {n} van {total}.</source>
        <translation>Teams that must discuss it again: {n} of {total}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="240"/>
        <source>Alle teams bespraken het binnen de termijn.</source>
        <translation>All teams discussed it within the period.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="262"/>
        <source>Teamoverleg opgeslagen.</source>
        <translation>Team meeting saved.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="280"/>
        <source>Teamoverleg verwijderen</source>
        <translation>Delete team meeting</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="281"/>
        <source>Het overleg van {team} op {date} verwijderen?</source>
        <translation>Delete the meeting of {team} on {date}?</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/team_meetings.py" line="292"/>
        <source>Teamoverleg verwijderd.</source>
        <translation>Team meeting deleted.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="21"/>
        <source>Dossier geopend</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="22"/>
        <source>Bewijs vastgelegd</source>
        <translation>Evidence captured</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="23"/>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="24"/>
        <source>Nazorgcontact gehouden</source>
        <translation>Aftercare contact held</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="25"/>
        <source>Nazorg afgewezen</source>
        <translation>Aftercare declined</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="26"/>
        <source>Gemeld bij platform</source>
        <translation>Reported to platform</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="27"/>
        <source>Besluit van platform</source>
        <translation>Platform decision</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="28"/>
        <source>Politie</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="29"/>
        <source>Juridische stap</source>
        <translation>Legal step</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="30"/>
        <source>Doorverwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="31"/>
        <source>Stappenplan bijgewerkt</source>
        <translation>Checklist updated</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="49"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="49"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="49"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/tabs/timeline.py" line="50"/>
        <source>Tijdlijn van het dossier</source>
        <translation>Timeline of the case</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="247"/>
        <source>OGG Desktop — kluis openen</source>
        <translation>OGG Desktop — open vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="248"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="249"/>
        <source>Het wachtwoord van deze kluis. Kwijt? Open de kluis dan met uw herstelsleutel.</source>
        <translation>The passphrase of this vault. Lost it? Open the vault with your recovery key instead.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="250"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="254"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="257"/>
        <source>&amp;Herstelsleutel gebruiken…</source>
        <translation>Use &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="260"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="262"/>
        <source>Zet een eerder gemaakte back-up terug; de huidige kluis blijft ernaast bewaard.</source>
        <translation>Put back a backup made earlier; the current vault is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="265"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="271"/>
        <source>Kluis openen</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="284"/>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="330"/>
        <source>De back-up is niet teruggezet; er is niets veranderd. {reason}</source>
        <translation>The backup was not restored; nothing was changed. {reason}</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/vault_dialogs.py" line="48"/>
        <source>Kluis: {path}</source>
        <translation>Vault: {path}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="13"/>
        <source>Integriteit controleren</source>
        <translation>Check integrity</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="14"/>
        <source>Bewijsstukken gecontroleerd: {n}</source>
        <translation>Evidence items checked: {n}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="16"/>
        <source>AFWIJKING: bewijsstuk {id} in {ref} is veranderd sinds het werd vastgelegd.</source>
        <translation>MISMATCH: evidence item {id} in {ref} has changed since it was captured.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="19"/>
        <source>Auditlog: keten in orde ({n} regels).</source>
        <translation>Audit log: chain intact ({n} entries).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="21"/>
        <source>Auditlog: kon niet worden gelezen (het bestand is beschadigd).</source>
        <translation>Audit log: could not be read (the file is damaged).</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="23"/>
        <source>Auditlog: keten GEBROKEN vanaf regel {id}.</source>
        <translation>Audit log: chain BROKEN from entry {id}.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="24"/>
        <source>Kluisbestand: {p}</source>
        <translation>Vault file: {p}</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="26"/>
        <source>Kluisbestand: in orde.</source>
        <translation>Vault file: OK.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="27"/>
        <source>Alles in orde.</source>
        <translation>Everything is in order.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="28"/>
        <source>Er zijn afwijkingen gevonden. Maak geen wijzigingen en neem contact op met uw beheerder; zet zo nodig een back-up terug.</source>
        <translation>Problems were found. Do not make any changes, and contact your administrator; restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../ogg_desktop/gui/dialogs/verify.py" line="36"/>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
</context>
</TS>
