<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <source>Otinish {0} — a register of personal-data subject requests under Law No. 94-V of the Republic of Kazakhstan.</source>
        <translation>Otinish {0} — a register of personal-data subject requests under Law No. 94-V of the Republic of Kazakhstan.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Register: {0}</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Data folder: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Record action</source>
        <translation>Record action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>What was found, e.g. name, email and order history in the CRM</source>
        <translation>What was found, e.g. name, email and order history in the CRM</translation>
    </message>
    <message>
        <source>Where you searched, e.g. the CRM, the mailing list and the accounting system</source>
        <translation>Where you searched, e.g. the CRM, the mailing list and the accounting system</translation>
    </message>
    <message>
        <source>e.g. Account and order history erased in the CRM and the mailing list</source>
        <translation>e.g. Account and order history erased in the CRM and the mailing list</translation>
    </message>
    <message>
        <source>The access reply lists this note as the data held about the requester: write it in the language of the letter.</source>
        <translation>The access reply lists this note as the data held about the requester: write it in the language of the letter.</translation>
    </message>
    <message>
        <source>An access reply can no longer be made: answer with the letter “{0}”.</source>
        <translation>An access reply can no longer be made: answer with the letter “{0}”.</translation>
    </message>
    <message>
        <source>The confirmation letter quotes this note to the requester: write it in the language of the letter.</source>
        <translation>The confirmation letter quotes this note to the requester: write it in the language of the letter.</translation>
    </message>
    <message>
        <source>This marks as done: {0}.</source>
        <translation>This marks as done: {0}.</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add a deadline rule</source>
        <translation>Add a deadline rule</translation>
    </message>
    <message>
        <source>For a right, a period that applies to requests received from a date on: a stricter reading, or a new law. Where it gives an earlier date than the app&apos;s rule it binds, and letters cite both. It is kept in the register&apos;s history.</source>
        <translation>For a right, a period that applies to requests received from a date on: a stricter reading, or a new law. Where it gives an earlier date than the app&apos;s rule it binds, and letters cite both. It is kept in the register&apos;s history.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Citation ({0})</source>
        <translation>Citation ({0})</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>Where the rule comes from: the act, its date, where you read it</source>
        <translation>Where the rule comes from: the act, its date, where you read it</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Letters in this language greet everyone alike: «{0}». The choice matters for letters in Russian.</source>
        <extracomment>The hint under the form of address when letters are in Kazakh or English.</extracomment>
        <translation>Letters in this language greet everyone alike: «{0}». The choice matters for letters in Russian.</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>How a Russian letter greets the requester: «Уважаемый …!», «Уважаемая …!» or «Здравствуйте, …!». Chosen by you, never guessed from the name.</source>
        <translation>How a Russian letter greets the requester: «Уважаемый …!», «Уважаемая …!» or «Здравствуйте, …!». Chosen by you, never guessed from the name.</translation>
    </message>
    <message>
        <source>Optional: where a letter by post goes</source>
        <translation>Optional: where a letter by post goes</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Export deadlines to calendar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline(s) written to {0}. Open it with your calendar; importing a newer file updates the same events.</source>
        <translation>
            <numerusform>%Ln deadline written to {0}. Open it with your calendar; importing a newer file updates the same events.</numerusform>
            <numerusform>%Ln deadlines written to {0}. Open it with your calendar; importing a newer file updates the same events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation>Reason or comment</translation>
    </message>
    <message>
        <source>Optional; kept with the request</source>
        <translation>Optional; kept with the request</translation>
    </message>
    <message>
        <source>Still open: {0}. Closing gives them this outcome.</source>
        <translation>Still open: {0}. Closing gives them this outcome.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>{0} corrected: {1}.</source>
        <translation>{0} corrected: {1}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Void request</source>
        <translation>Void request</translation>
    </message>
    <message>
        <source>Void {0} as registered by mistake? It stays listed under “All requests” and in its history, but no statistic or on-time rate counts it any more.

Why is it voided?</source>
        <translation>Void {0} as registered by mistake? It stays listed under “All requests” and in its history, but no statistic or on-time rate counts it any more.

Why is it voided?</translation>
    </message>
    <message>
        <source>{0} voided: {1}</source>
        <translation>{0} voided: {1}</translation>
    </message>
    <message>
        <source>the identity check of {0} ({1})</source>
        <translation>the identity check of {0} ({1})</translation>
    </message>
    <message>
        <source>the action of {0} ({1})</source>
        <translation>the action of {0} ({1})</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Void {0} as recorded by mistake? It stays in the record, struck through, with your reason.

Why is it voided?</source>
        <translation>Void {0} as recorded by mistake? It stays in the record, struck through, with your reason.

Why is it voided?</translation>
    </message>
    <message>
        <source>{0}: voided {1}.</source>
        <translation>{0}: voided {1}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — {0}</source>
        <extracomment>One colour per request type, distinguishable and calm.</extracomment>
        <translation>Dashboard — {0}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>Answered on time, last 12 months (%Ln answered)</source>
        <translation>
            <numerusform>Answered on time, last 12 months (%Ln answered)</numerusform>
            <numerusform>Answered on time, last 12 months (%Ln answered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open incidents (%Ln in all)</source>
        <translation>
            <numerusform>Open incidents (%Ln in all)</numerusform>
            <numerusform>Open incidents (%Ln in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>A request counts as answered on time when every right in it was answered by its own due date; withdrawn requests are left out.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>A request counts as answered on time when every right in it was answered by its own due date; withdrawn requests are left out.</translation>
    </message>
    <message>
        <source>{0}: {1} % ({2} of {3})</source>
        <translation>{0}: {1} % ({2} of {3})</translation>
    </message>
    <message>
        <source>Replies sent by the due date, by right, last 12 months: {0}</source>
        <translation>Replies sent by the due date, by right, last 12 months: {0}</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Median working days to answer</translation>
    </message>
    <message>
        <source>Requests per month by right requested, {0}</source>
        <translation>Requests per month by right requested, {0}</translation>
    </message>
</context>
<context>
    <name>DayChecks</name>
    <message>
        <source>The register passed its check: it can be changed again.</source>
        <extracomment>The day&apos;s checks start this long after the window opens (it is drawn first). The daily backup waits a little longer: the checks go first. How often the window looks whether the day changed (due dates move at midnight).</extracomment>
        <translation>The register passed its check: it can be changed again.</translation>
    </message>
    <message>
        <source>The register failed its integrity check.</source>
        <translation>The register failed its integrity check.</translation>
    </message>
    <message>
        <source>Checking the register&apos;s integrity…</source>
        <translation>Checking the register&apos;s integrity…</translation>
    </message>
    <message numerus="yes">
        <source>The demo register holds %Ln invented request(s).</source>
        <translation>
            <numerusform>The demo register holds %Ln invented request.</numerusform>
            <numerusform>The demo register holds %Ln invented requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the demo register with invented requests…</source>
        <translation>Filling the demo register with invented requests…</translation>
    </message>
    <message>
        <source>Filling the demo register…</source>
        <translation>Filling the demo register…</translation>
    </message>
    <message>
        <source>Daily backup saved: {0}</source>
        <translation>Daily backup saved: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Backing up the register…</translation>
    </message>
</context>
<context>
    <name>DeadlineBasis</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calendar day(s)</source>
        <translation>
            <numerusform>%Ln calendar day</numerusform>
            <numerusform>%Ln calendar days</numerusform>
        </translation>
    </message>
    <message>
        <source>the request received</source>
        <translation>the request received</translation>
    </message>
    <message>
        <source>the supporting documents received</source>
        <translation>the supporting documents received</translation>
    </message>
    <message>
        <source>the breach found not confirmed</source>
        <translation>the breach found not confirmed</translation>
    </message>
    <message>
        <source>The Law</source>
        <translation>The Law</translation>
    </message>
    <message>
        <source>A by-law</source>
        <translation>A by-law</translation>
    </message>
    <message>
        <source>Our own period</source>
        <translation>Our own period</translation>
    </message>
    <message>
        <source>set by the Law</source>
        <translation>set by the Law</translation>
    </message>
    <message>
        <source>set by a by-law</source>
        <translation>set by a by-law</translation>
    </message>
    <message>
        <source>the operator&apos;s own period</source>
        <translation>the operator&apos;s own period</translation>
    </message>
    <message>
        <source>counted from the day the supporting documents are received</source>
        <translation>counted from the day the supporting documents are received</translation>
    </message>
    <message>
        <source>counted from the day the breach is found not confirmed</source>
        <translation>counted from the day the breach is found not confirmed</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Every period in force, the app&apos;s and yours. A rule you add binds where it gives an earlier date than the app&apos;s, and letters then cite both.</source>
        <extracomment>The table&apos;s columns, left to right. Pixels added to each row&apos;s height, so wrapped lines do not touch the grid. The background of a rule the operator added.</extracomment>
        <translation>Every period in force, the app&apos;s and yours. A rule you add binds where it gives an earlier date than the app&apos;s, and letters then cite both.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Add rule…</translation>
    </message>
    <message>
        <source>Rules you added are shaded. Requests already registered keep their dates.</source>
        <translation>Rules you added are shaded. Requests already registered keep their dates.</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>added by you</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>from {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Supporting documents received</source>
        <translation>Supporting documents received</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>The period of {0} runs from the day after this date; until it is recorded, the date is counted from the receipt of the request.</source>
        <translation>The period of {0} runs from the day after this date; until it is recorded, the date is counted from the receipt of the request.</translation>
    </message>
</context>
<context>
    <name>DuePreview</name>
    <message>
        <source>Tick at least one right to see its due date.</source>
        <translation>Tick at least one right to see its due date.</translation>
    </message>
    <message>
        <source>Due dates (working days, Kazakh calendar):</source>
        <translation>Due dates (working days, Kazakh calendar):</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Edit request {0}</source>
        <extracomment>The requester&apos;s details, in the order of the form (the services&apos; names). Which field a refused value belongs to, to put the cursor there. What was written, named for the status bar (&quot;email&quot;, &quot;right added: access&quot;).</extracomment>
        <translation>Edit request {0}</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Full name as the person gave it</translation>
    </message>
    <message>
        <source>name@example.kz</source>
        <translation>name@example.kz</translation>
    </message>
    <message>
        <source>+7 701 555 12 34</source>
        <translation>+7 701 555 12 34</translation>
    </message>
    <message>
        <source>Where a letter by post goes</source>
        <translation>Where a letter by post goes</translation>
    </message>
    <message>
        <source>The greeting of a Russian letter: chosen by you, never guessed from the name or the IIN.</source>
        <translation>The greeting of a Russian letter: chosen by you, never guessed from the name or the IIN.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Rights requested</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Remove a right registered by mistake; it stays in the record with your reason</source>
        <translation>Remove a right registered by mistake; it stays in the record with your reason</translation>
    </message>
    <message>
        <source>The rights of a closed request cannot be changed; reopen it first.</source>
        <translation>The rights of a closed request cannot be changed; reopen it first.</translation>
    </message>
    <message>
        <source>{0} (to be added)</source>
        <translation>{0} (to be added)</translation>
    </message>
    <message>
        <source>{0} (to be removed: {1})</source>
        <translation>{0} (to be removed: {1})</translation>
    </message>
    <message>
        <source>{0} (removed: {1})</source>
        <translation>{0} (removed: {1})</translation>
    </message>
    <message>
        <source>Remove a right</source>
        <translation>Remove a right</translation>
    </message>
    <message>
        <source>Why is “{0}” removed? It stays in the record, struck through, with your reason.</source>
        <translation>Why is “{0}” removed? It stays in the record, struck through, with your reason.</translation>
    </message>
    <message>
        <source>right added: {0}</source>
        <translation>right added: {0}</translation>
    </message>
    <message>
        <source>right removed: {0}</source>
        <translation>right removed: {0}</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Import an email file…</source>
        <translation>Import an email file…</translation>
    </message>
    <message>
        <source>An .eml or .msg file saved from your mail program (you can also drop it here)</source>
        <translation>An .eml or .msg file saved from your mail program (you can also drop it here)</translation>
    </message>
    <message>
        <source>Paste an email…</source>
        <translation>Paste an email…</translation>
    </message>
    <message>
        <source>Copy the email&apos;s text (and its headers) from your webmail and paste it</source>
        <translation>Copy the email&apos;s text (and its headers) from your webmail and paste it</translation>
    </message>
    <message>
        <source>Log a phone call…</source>
        <translation>Log a phone call…</translation>
    </message>
    <message>
        <source>While you are on the call</source>
        <translation>While you are on the call</translation>
    </message>
    <message>
        <source>A letter or a visit: Register → New written or in-person request. Help → Guide (F1) shows the daily routine.</source>
        <translation>A letter or a visit: Register → New written or in-person request. Help → Guide (F1) shows the daily routine.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The service&apos;s formats, the workbook first.</extracomment>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV table (.csv)</translation>
    </message>
    <message>
        <source>Word journal (.docx)</source>
        <translation>Word journal (.docx)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Only requests received in the period</source>
        <translation>Only requests received in the period</translation>
    </message>
    <message>
        <source>The export is a plain file, not encrypted: anyone who gets it can read the personal data in it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>The export is a plain file, not encrypted: anyone who gets it can read the personal data in it. Keep it somewhere safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Otinish — first start</source>
        <translation>Otinish — first start</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Otinish guide</source>
        <translation>Otinish guide</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Record identity check</source>
        <translation>Record identity check</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. ID card, last digits 4821</source>
        <translation>e.g. ID card, last digits 4821</translation>
    </message>
    <message>
        <source>Never keep a copy of an identity document: write at most its type and the last 4 digits of its number.</source>
        <translation>Never keep a copy of an identity document: write at most its type and the last 4 digits of its number.</translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <source>Import email — {0}</source>
        <translation>Import email — {0}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>+7 701 555 12 34</source>
        <translation>+7 701 555 12 34</translation>
    </message>
    <message>
        <source>the name {0}</source>
        <translation>the name {0}</translation>
    </message>
    <message>
        <source>the phone {0}</source>
        <translation>the phone {0}</translation>
    </message>
    <message>
        <source>The text gives {0}: check the fields above.</source>
        <translation>The text gives {0}: check the fields above.</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Full name as the person gave it</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(no sender)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Detected from the text: {0}. Check and correct the ticks if needed.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>No right could be recognised in the text; tick the rights requested.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Tick at least one right requested.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Incident {0}</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Detected at</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Data categories affected</source>
        <translation>Data categories affected</translation>
    </message>
    <message>
        <source>Subjects affected</source>
        <translation>Subjects affected</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Notify the authorized body</source>
        <translation>Notify the authorized body</translation>
    </message>
    <message>
        <source>Why (or why not)</source>
        <translation>Why (or why not)</translation>
    </message>
    <message>
        <source>Notify the subjects</source>
        <translation>Notify the subjects</translation>
    </message>
    <message>
        <source>Why (or why not) for the subjects</source>
        <translation>Why (or why not) for the subjects</translation>
    </message>
    <message>
        <source>The notice to the authorized body is due on {0}: one working day after the day of detection.</source>
        <translation>The notice to the authorized body is due on {0}: one working day after the day of detection.</translation>
    </message>
    <message>
        <source>Send it today.</source>
        <translation>Send it today.</translation>
    </message>
</context>
<context>
    <name>IncidentSentDialog</name>
    <message>
        <source>Mark a letter as sent</source>
        <translation>Mark a letter as sent</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
</context>
<context>
    <name>IncidentsEntry</name>
    <message>
        <source>Incidents ({0})</source>
        <translation>Incidents ({0})</translation>
    </message>
    <message>
        <source>Breaches of personal-data security: the notice to the authorized body is due one working day after detection</source>
        <translation>Breaches of personal-data security: the notice to the authorized body is due one working day after detection</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents — breaches of personal-data security</source>
        <translation>Incidents — breaches of personal-data security</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Notice to the authorized body</source>
        <translation>Notice to the authorized body</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add affected subject…</source>
        <translation>Add affected subject…</translation>
    </message>
    <message>
        <source>Make the notice to the authorized body</source>
        <translation>Make the notice to the authorized body</translation>
    </message>
    <message>
        <source>Make the letter to the subjects</source>
        <translation>Make the letter to the subjects</translation>
    </message>
    <message>
        <source>Mark a letter as sent…</source>
        <translation>Mark a letter as sent…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>Responsible person…</source>
        <translation>Responsible person…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation>no notice needed</translation>
    </message>
    <message>
        <source>notice sent</source>
        <translation>notice sent</translation>
    </message>
    <message>
        <source>notice overdue since {0}</source>
        <translation>notice overdue since {0}</translation>
    </message>
    <message>
        <source>notice due TODAY</source>
        <translation>notice due TODAY</translation>
    </message>
    <message>
        <source>notice due {0}</source>
        <translation>notice due {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body today: {0}. The notice is due one working day after the day of detection.</source>
        <translation>Notify the authorized body today: {0}. The notice is due one working day after the day of detection.</translation>
    </message>
    <message>
        <source>No incident yet. When a breach of personal-data security is detected, register it here at once.</source>
        <translation>No incident yet. When a breach of personal-data security is detected, register it here at once.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>Detected: {0}</source>
        <translation>Detected: {0}</translation>
    </message>
    <message>
        <source>Notice due: {0} ({1})</source>
        <translation>Notice due: {0} ({1})</translation>
    </message>
    <message>
        <source>Cause: {0}</source>
        <translation>Cause: {0}</translation>
    </message>
    <message>
        <source>Data affected: {0}; subjects: {1}</source>
        <translation>Data affected: {0}; subjects: {1}</translation>
    </message>
    <message>
        <source>Measures taken: {0}</source>
        <translation>Measures taken: {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body: {0} — {1}</source>
        <translation>Notify the authorized body: {0} — {1}</translation>
    </message>
    <message>
        <source>Notify the subjects: {0} — {1}</source>
        <translation>Notify the subjects: {0} — {1}</translation>
    </message>
    <message>
        <source>Affected subjects named: {0}</source>
        <translation>Affected subjects named: {0}</translation>
    </message>
    <message>
        <source>Letter {0} ({1}): {2}</source>
        <translation>Letter {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>sent {0}</translation>
    </message>
    <message>
        <source>prepared, not sent</source>
        <translation>prepared, not sent</translation>
    </message>
    <message>
        <source>The notice to the authorized body is made in Kazakh or Russian.</source>
        <translation>The notice to the authorized body is made in Kazakh or Russian.</translation>
    </message>
    <message>
        <source>Every letter of this incident is recorded as sent.</source>
        <translation>Every letter of this incident is recorded as sent.</translation>
    </message>
    <message>
        <source>Close the incident {0}? Its personal data are erased when the retention period is over.</source>
        <translation>Close the incident {0}? Its personal data are erased when the retention period is over.</translation>
    </message>
    <message>
        <source>Export incidents (a plain, unencrypted file)</source>
        <translation>Export incidents (a plain, unencrypted file)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) written to {0}.</source>
        <translation>
            <numerusform>%Ln incident written to {0}.</numerusform>
            <numerusform>%Ln incidents written to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingMailDialog</name>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Incoming mail (%Ln)</source>
        <translation>
            <numerusform>Incoming mail (%Ln)</numerusform>
            <numerusform>Incoming mail (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests. Accept one to register it, received when it arrived on the server; dismiss the others with a reason. Nothing on the server is changed.</source>
        <translation>Messages from your mailbox that look like requests. Accept one to register it, received when it arrived on the server; dismiss the others with a reason. Nothing on the server is changed.</translation>
    </message>
    <message>
        <source>No message waits. Check now reads the mailbox of Settings, Mail.</source>
        <translation>No message waits. Check now reads the mailbox of Settings, Mail.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Why is this message not a request? (e.g. spam, a reply to our letter)</source>
        <translation>Why is this message not a request? (e.g. spam, a reply to our letter)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>Request {0} logged.</source>
        <translation>Request {0} logged.</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Import email</translation>
    </message>
    <message>
        <source>Email files (*.eml *.msg *.EML *.MSG)</source>
        <translation>Email files (*.eml *.msg *.EML *.MSG)</translation>
    </message>
    <message>
        <source>Only .eml and .msg email files can be imported.</source>
        <translation>Only .eml and .msg email files can be imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are already in the register:</source>
        <translation>
            <numerusform>%Ln message is already in the register:</numerusform>
            <numerusform>%Ln messages are already in the register:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import again?</source>
        <translation>Import again?</translation>
    </message>
    <message>
        <source>To import again as a new request, give the reason (its history keeps it); otherwise it is skipped.</source>
        <translation>To import again as a new request, give the reason (its history keeps it); otherwise it is skipped.</translation>
    </message>
    <message>
        <source>{0} was not imported: it is already in the register as {1}.</source>
        <translation>{0} was not imported: it is already in the register as {1}.</translation>
    </message>
    <message>
        <source>imported again</source>
        <translation>imported again</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email(s) imported.</source>
        <translation>
            <numerusform>%Ln email imported.</numerusform>
            <numerusform>%Ln emails imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already in the register, not imported again:</source>
        <translation>
            <numerusform>%Ln message already in the register, not imported again:</numerusform>
            <numerusform>%Ln messages already in the register, not imported again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported:</source>
        <translation>
            <numerusform>%Ln file could not be imported:</numerusform>
            <numerusform>%Ln files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing emails…</source>
        <translation>Importing emails…</translation>
    </message>
    <message>
        <source>Drop to import the email(s).</source>
        <translation>Drop to import the email(s).</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Runs first however a job ended (&quot;done&quot;, &quot;failed&quot;, &quot;cancelled&quot;); False stops there (the window has no register to show). Emitted when a job ends: &quot;done&quot;, &quot;failed&quot; or &quot;cancelled&quot;.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Starting when the current check ends…</source>
        <translation>Starting when the current check ends…</translation>
    </message>
    <message>
        <source>Wait for the current task to finish, or cancel it.</source>
        <translation>Wait for the current task to finish, or cancel it.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left half-written.</source>
        <translation>Cancelled; nothing was left half-written.</translation>
    </message>
</context>
<context>
    <name>KeepingActions</name>
    <message>
        <source>Export register (a plain, unencrypted file)</source>
        <translation>Export register (a plain, unencrypted file)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) exported to {0}. It is a plain file, not encrypted: keep it safe.</source>
        <translation>
            <numerusform>%Ln request exported to {0}. It is a plain file, not encrypted: keep it safe.</numerusform>
            <numerusform>%Ln requests exported to {0}. It is a plain file, not encrypted: keep it safe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Back up the register</translation>
    </message>
    <message>
        <source>Otinish backups (*{0})</source>
        <translation>Otinish backups (*{0})</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Backup saved: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Backing up the register…</translation>
    </message>
    <message>
        <source>A recovery passphrase gets the register&apos;s key back when this computer&apos;s keychain is lost (a new computer, a reset profile, a reinstalled system), for the register and its backups. Otinish shows it once: write it down and keep it apart from the computer. A new one replaces the one made before. Make it now?</source>
        <translation>A recovery passphrase gets the register&apos;s key back when this computer&apos;s keychain is lost (a new computer, a reset profile, a reinstalled system), for the register and its backups. Otinish shows it once: write it down and keep it apart from the computer. A new one replaces the one made before. Make it now?</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Make it</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Otinish backups (*{0});;All files (*)</source>
        <translation>Otinish backups (*{0});;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register {0} with the backup {1} of {2}, which holds %Ln request(s)? A safety copy of the register as it is now is kept next to it first; everything recorded after that backup is then lost from the register, and only the safety copy keeps it.</source>
        <translation>
            <numerusform>Replace the register {0} with the backup {1} of {2}, which holds %Ln request? A safety copy of the register as it is now is kept next to it first; everything recorded after that backup is then lost from the register, and only the safety copy keeps it.</numerusform>
            <numerusform>Replace the register {0} with the backup {1} of {2}, which holds %Ln requests? A safety copy of the register as it is now is kept next to it first; everything recorded after that backup is then lost from the register, and only the safety copy keeps it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register was restored from {0} (%Ln request(s)). The register as it was before is kept in {1}.</source>
        <translation>
            <numerusform>The register was restored from {0} (%Ln request). The register as it was before is kept in {1}.</numerusform>
            <numerusform>The register was restored from {0} (%Ln requests). The register as it was before is kept in {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0} ({1})? Names, contacts, texts, originals and copies of letters are erased; numbers, dates, rights and outcomes stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %Ln request closed before {0} ({1})? Names, contacts, texts, originals and copies of letters are erased; numbers, dates, rights and outcomes stay for the statistics. This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %Ln requests closed before {0} ({1})? Names, contacts, texts, originals and copies of letters are erased; numbers, dates, rights and outcomes stay for the statistics. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %Ln request(s) was erased.</source>
        <translation>
            <numerusform>The personal data of %Ln request was erased.</numerusform>
            <numerusform>The personal data of %Ln requests was erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:

{1}

Write it down now: it is not shown again. The key it unlocks is in {2}; keep a copy of that file with your backups. On another computer, “Use the recovery passphrase…” at the start (or the command line&apos;s recover) puts the key back.</source>
        <translation>The recovery passphrase of the register {0}:

{1}

Write it down now: it is not shown again. The key it unlocks is in {2}; keep a copy of that file with your backups. On another computer, “Use the recovery passphrase…” at the start (or the command line&apos;s recover) puts the key back.</translation>
    </message>
    <message>
        <source>The register cannot be opened again ({0}); start Otinish again.</source>
        <translation>The register cannot be opened again ({0}); start Otinish again.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Restoring the register…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erasing old personal data…</source>
        <translation>Erasing old personal data…</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>The two entries match.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>At least %Ln character.</numerusform>
            <numerusform>At least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %Ln character.</numerusform>
            <numerusform>Choose a passphrase of at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
    <message>
        <source>The register&apos;s key</source>
        <translation>The register&apos;s key</translation>
    </message>
    <message>
        <source>The register is one encrypted file; this is how it is unlocked.</source>
        <translation>The register is one encrypted file; this is how it is unlocked.</translation>
    </message>
    <message>
        <source>The passphrase is taken from the OTINISH_PASSPHRASE environment variable; nothing to choose here.</source>
        <translation>The passphrase is taken from the OTINISH_PASSPHRASE environment variable; nothing to choose here.</translation>
    </message>
    <message>
        <source>This computer has a system keychain. Otinish can keep a random key there and unlock the register when you log in, with nothing to remember. Or you can choose a passphrase to type at every start.</source>
        <translation>This computer has a system keychain. Otinish can keep a random key there and unlock the register when you log in, with nothing to remember. Or you can choose a passphrase to type at every start.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Otinish can use, so the register is locked with a passphrase you type at every start. Choose one you will remember: if it is lost, nobody can open the register, not even us.</source>
        <translation>This computer has no system keychain Otinish can use, so the register is locked with a passphrase you type at every start. Choose one you will remember: if it is lost, nobody can open the register, not even us.</translation>
    </message>
    <message>
        <source>Keep a random key in the system keychain (recommended)</source>
        <translation>Keep a random key in the system keychain (recommended)</translation>
    </message>
    <message>
        <source>Use a passphrase I type at every start</source>
        <translation>Use a passphrase I type at every start</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Letter {0} prepared, not sent yet: {1}. Mark it as sent once it has gone.</source>
        <translation>Letter {0} prepared, not sent yet: {1}. Mark it as sent once it has gone.</translation>
    </message>
    <message>
        <source>{0} is already recorded as sent on {1}.</source>
        <translation>{0} is already recorded as sent on {1}.</translation>
    </message>
    <message>
        <source>{0} recorded as sent on {1} ({2}).</source>
        <translation>{0} recorded as sent on {1} ({2}).</translation>
    </message>
    <message>
        <source>There is no letter {0} in this request.</source>
        <translation>There is no letter {0} in this request.</translation>
    </message>
    <message>
        <source>No letter of {0} is waiting to be recorded as sent.</source>
        <translation>No letter of {0} is waiting to be recorded as sent.</translation>
    </message>
    <message>
        <source>The file of letter {0} is no longer in {1}. Save a copy from the register?</source>
        <translation>The file of letter {0} is no longer in {1}. Save a copy from the register?</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Save a copy of the letter</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Save the original</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Generate letter</source>
        <extracomment>The warnings Settings can put right: the tab where the missing language is filled in. The problems that keep a letter from being made until Settings are filled in: the tab (at the register&apos;s own language, the record every other language falls back to). The problems of a letters folder that refuses letters: another folder is offered. Settings at the tab that puts the problem right, when Settings can. The warning shown for each code, and its Settings button where there is one.</extracomment>
        <translation>Generate letter</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation>Your paragraph</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Make and open</source>
        <translation>Make and open</translation>
    </message>
    <message>
        <source>The .docx is saved in {0} and opened in your word processor; a copy stays in the register. It is only prepared: mark it as sent once it has gone.</source>
        <translation>The .docx is saved in {0} and opened in your word processor; a copy stays in the register. It is only prepared: mark it as sent once it has gone.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Rights requested</translation>
    </message>
    <message>
        <source>Letters made</source>
        <translation>Letters made</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>answered</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>sent {0}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Tick at least one purpose this withdrawal concerns.</source>
        <translation>Tick at least one purpose this withdrawal concerns.</translation>
    </message>
    <message>
        <source>Required for this letter: explain in your own words.</source>
        <translation>Required for this letter: explain in your own words.</translation>
    </message>
    <message>
        <source>Optional: a paragraph of your own for the letter.</source>
        <translation>Optional: a paragraph of your own for the letter.</translation>
    </message>
    <message>
        <source>You will be asked for the reason to make it anyway.</source>
        <translation>You will be asked for the reason to make it anyway.</translation>
    </message>
    <message>
        <source>Fill in the requisites…</source>
        <translation>Fill in the requisites…</translation>
    </message>
    <message>
        <source>Fill in the profile…</source>
        <translation>Fill in the profile…</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Letters folder</translation>
    </message>
    <message>
        <source>Settings, at this language&apos;s tab</source>
        <translation>Settings, at this language&apos;s tab</translation>
    </message>
    <message>
        <source>The letter contradicts the record</source>
        <translation>The letter contradicts the record</translation>
    </message>
    <message>
        <source>Make it anyway? Give the reason; the request&apos;s history keeps it.</source>
        <translation>Make it anyway? Give the reason; the request&apos;s history keeps it.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Out. No.</source>
        <translation>Out. No.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <source>Record when and how the selected letter reached the requester: only then does a reply answer</source>
        <translation>Record when and how the selected letter reached the requester: only then does a reply answer</translation>
    </message>
    <message>
        <source>Reply by email…</source>
        <translation>Reply by email…</translation>
    </message>
    <message>
        <source>Send the selected letter to the requester by email, or save it as a draft for your mail client</source>
        <translation>Send the selected letter to the requester by email, or save it as a draft for your mail client</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the letter&apos;s file</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Originals kept in the register</source>
        <translation>Originals kept in the register</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date saved</source>
        <translation>Date saved</translation>
    </message>
    <message>
        <source>Save the original…</source>
        <translation>Save the original…</translation>
    </message>
    <message>
        <source>sent on {0} ({1})</source>
        <translation>sent on {0} ({1})</translation>
    </message>
    <message>
        <source>prepared on {0}</source>
        <comment>a letter made, not sent yet</comment>
        <translation>prepared on {0}</translation>
    </message>
    <message>
        <source>Sent on {0} ({1}); prepared on {2}.</source>
        <translation>Sent on {0} ({1}); prepared on {2}.</translation>
    </message>
    <message>
        <source>Prepared on {0}; not recorded as sent yet: mark it as sent once it has gone.</source>
        <translation>Prepared on {0}; not recorded as sent yet: mark it as sent once it has gone.</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Default letter language</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Letters folder</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Your templates</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Copy the defaults there</source>
        <translation>Copy the defaults there</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>A template in this folder replaces the default of the same name (e.g. refusal.ru.docx). Edit it in Word; keep the fields in {{ }} as they are.</source>
        <translation>A template in this folder replaces the default of the same name (e.g. refusal.ru.docx). Edit it in Word; keep the fields in {{ }} as they are.</translation>
    </message>
    <message>
        <source>Outgoing number and executor</source>
        <translation>Outgoing number and executor</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Number format</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Executor&apos;s phone</translation>
    </message>
    <message>
        <source>{year} is the year and {seq} the letter&apos;s count within it; {seq:04d} writes the count with four digits (0012). The register keeps its own numbers (OUT-2026-0012) whatever the format.</source>
        <translation>{year} is the year and {seq} the letter&apos;s count within it; {seq:04d} writes the count with four digits (0012). The register keeps its own numbers (OUT-2026-0012) whatever the format.</translation>
    </message>
    <message>
        <source>e.g. Zhumabayeva D.K.</source>
        <translation>e.g. Zhumabayeva D.K.</translation>
    </message>
    <message>
        <source>e.g. +7 7172 79 00 12</source>
        <translation>e.g. +7 7172 79 00 12</translation>
    </message>
    <message>
        <source>Printed under the signature of every letter: “Prepared by: name, tel. phone”. Leave the name empty for no such line.</source>
        <translation>Printed under the signature of every letter: “Prepared by: name, tel. phone”. Leave the name empty for no such line.</translation>
    </message>
    <message>
        <source>Authorized body named in refusals</source>
        <translation>Authorized body named in refusals</translation>
    </message>
    <message>
        <source>A refusal tells the requester they may appeal to the authorized body for personal data protection (also through e-Otinish) or to a court. When the body is renamed, write its new name here; an empty field uses the name shown in grey.</source>
        <translation>A refusal tells the requester they may appeal to the authorized body for personal data protection (also through e-Otinish) or to a court. When the body is renamed, write its new name here; an empty field uses the name shown in grey.</translation>
    </message>
    <message>
        <source>Next letter: Ref. {0}</source>
        <translation>Next letter: Ref. {0}</translation>
    </message>
    <message>
        <source>Letters go to {0}, the folder you chose, in a folder per year and request.</source>
        <translation>Letters go to {0}, the folder you chose, in a folder per year and request.</translation>
    </message>
    <message>
        <source>Letters go to {0} in your Documents folder, in a folder per year and request.</source>
        <translation>Letters go to {0} in your Documents folder, in a folder per year and request.</translation>
    </message>
    <message>
        <source>Letters go to {0}, on this computer: your Documents folder is in OneDrive, which would copy the letters (personal data) to the cloud. Choose a folder to change it.</source>
        <translation>Letters go to {0}, on this computer: your Documents folder is in OneDrive, which would copy the letters (personal data) to the cloud. Choose a folder to change it.</translation>
    </message>
    <message>
        <source>Letters go to {0}, inside OneDrive (your Documents folder is there), which copies them (personal data) to the cloud. Choose a folder on this computer to change it.</source>
        <translation>Letters go to {0}, inside OneDrive (your Documents folder is there), which copies them (personal data) to the cloud. Choose a folder on this computer to change it.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s) copied; your own were kept.</source>
        <translation>
            <numerusform>%Ln template copied; your own were kept.</numerusform>
            <numerusform>%Ln templates copied; your own were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no templates of your own; the defaults are in use.</source>
        <translation>You have no templates of your own; the defaults are in use.</translation>
    </message>
    <message numerus="yes">
        <source>Use the default templates again? Your %Ln template(s) are moved into a folder named “replaced” next to them, not deleted.</source>
        <translation>
            <numerusform>Use the default templates again? Your %Ln template is moved into a folder named “replaced” next to it, not deleted.</numerusform>
            <numerusform>Use the default templates again? Your %Ln templates are moved into a folder named “replaced” next to them, not deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>These templates could not be moved and are still in use: {0}. Close them in Word and try again.</source>
        <translation>These templates could not be moved and are still in use: {0}. Close them in Word and try again.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <source>Incoming mail: %Ln message(s) to review</source>
        <translation>
            <numerusform>Incoming mail: %Ln message to review</numerusform>
            <numerusform>Incoming mail: %Ln messages to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) in Incoming mail.</source>
        <translation>
            <numerusform>%Ln new message in Incoming mail.</numerusform>
            <numerusform>%Ln new messages in Incoming mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the mailbox…</source>
        <translation>Checking the mailbox…</translation>
    </message>
    <message>
        <source>The draft of {0} opened in your mail client. Once you have sent it, record the letter as sent.</source>
        <translation>The draft of {0} opened in your mail client. Once you have sent it, record the letter as sent.</translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation>Record as sent…</translation>
    </message>
    <message>
        <source>{0} sent to {1} and recorded as sent.</source>
        <translation>{0} sent to {1} and recorded as sent.</translation>
    </message>
    <message>
        <source>Sending {0}…</source>
        <translation>Sending {0}…</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Optional. Nothing goes over the network until you fill in a server. The mailbox is only read: nothing on the server is marked as read, moved or deleted. New messages that look like requests wait under Incoming mail for you to accept or dismiss. Gmail, Yandex and mail.ru need an app password, not your usual one.</source>
        <translation>Optional. Nothing goes over the network until you fill in a server. The mailbox is only read: nothing on the server is marked as read, moved or deleted. New messages that look like requests wait under Incoming mail for you to accept or dismiss. Gmail, Yandex and mail.ru need an app password, not your usual one.</translation>
    </message>
    <message>
        <source>Mailbox requests arrive in (IMAP)</source>
        <translation>Mailbox requests arrive in (IMAP)</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <translation>Sending replies (SMTP)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Only messages</source>
        <translation>Only messages</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Check every</translation>
    </message>
    <message>
        <source>INBOX, or several separated by commas</source>
        <translation>INBOX, or several separated by commas</translation>
    </message>
    <message>
        <source>to an alias or with these words in the subject, e.g. privacy@ | Персональные данные | Дербес деректер</source>
        <translation>to an alias or with these words in the subject, e.g. privacy@ | Персональные данные | Дербес деректер</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>only when I click Check now</source>
        <translation>only when I click Check now</translation>
    </message>
    <message>
        <source>Replies come from</source>
        <translation>Replies come from</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>my register</source>
        <translation>my register</translation>
    </message>
    <message>
        <source>Otinish — {0}</source>
        <translation>Otinish — {0}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Drop .eml or .msg files anywhere on the window to import them.</source>
        <translation>Drop .eml or .msg files anywhere on the window to import them.</translation>
    </message>
    <message>
        <source>Search name, email, phone, number or text</source>
        <translation>Search name, email, phone, number or text</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Register: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this view matches “{0}”.</source>
        <translation>Nothing in this view matches “{0}”.</translation>
    </message>
    <message>
        <source>The register is empty. How did the first request come in?</source>
        <translation>The register is empty. How did the first request come in?</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Nothing is due within the next three working days.</source>
        <translation>Nothing is due within the next three working days.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <source>No request is waiting for an identity check.</source>
        <translation>No request is waiting for an identity check.</translation>
    </message>
    <message>
        <source>No requests in this view.</source>
        <translation>No requests in this view.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Select a request first.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New phone request</source>
        <translation>New phone request</translation>
    </message>
    <message>
        <source>New written or in-person request</source>
        <translation>New written or in-person request</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>IIN (optional)</source>
        <translation>IIN (optional)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Full name as the person gave it</translation>
    </message>
    <message>
        <source>+7 701 555 12 34</source>
        <translation>+7 701 555 12 34</translation>
    </message>
    <message>
        <source>name@example.kz</source>
        <translation>name@example.kz</translation>
    </message>
    <message>
        <source>What was asked, in the requester&apos;s words</source>
        <translation>What was asked, in the requester&apos;s words</translation>
    </message>
    <message>
        <source>What the caller asked, in their words</source>
        <translation>What the caller asked, in their words</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Detected from the text: {0}. Check and correct the ticks if needed.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>No right could be recognised in the text; tick the rights requested.</translation>
    </message>
    <message>
        <source>A valid IIN.</source>
        <translation>A valid IIN.</translation>
    </message>
    <message>
        <source>This is a BIN; a person is identified by an IIN.</source>
        <translation>This is a BIN; a person is identified by an IIN.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>An IIN has 12 digits.</translation>
    </message>
    <message>
        <source>Not a valid IIN: check the digits.</source>
        <translation>Not a valid IIN: check the digits.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Tick at least one right requested.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <source>Otinish ended unexpectedly last time, so the register is being checked. Until the check passes (seconds; longer for a large register) it can be read but not changed.</source>
        <translation>Otinish ended unexpectedly last time, so the register is being checked. Until the check passes (seconds; longer for a large register) it can be read but not changed.</translation>
    </message>
    <message>
        <source>The register failed its integrity check, so it is open read-only and nothing can be changed. Restore the newest backup.</source>
        <translation>The register failed its integrity check, so it is open read-only and nothing can be changed. Restore the newest backup.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) overdue</source>
        <translation>
            <numerusform>%Ln request overdue</numerusform>
            <numerusform>%Ln requests overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due by the next working day</source>
        <translation>
            <numerusform>%Ln due by the next working day</numerusform>
            <numerusform>%Ln due by the next working day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) to the authorized body due today or overdue</source>
        <translation>
            <numerusform>%Ln breach notice to the authorized body due today or overdue</numerusform>
            <numerusform>%Ln breach notices to the authorized body due today or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) are past the retention period ({0}): their personal data should now be erased.</source>
        <translation>
            <numerusform>%Ln closed request is past the retention period ({0}): its personal data should now be erased.</numerusform>
            <numerusform>%Ln closed requests are past the retention period ({0}): their personal data should now be erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the address…</source>
        <translation>Add the address…</translation>
    </message>
    <message>
        <source>The key of this register is kept only in this computer&apos;s keychain: if the keychain is lost (a new computer, a reset profile), nobody can open the register or its backups. A recovery passphrase, written down and kept apart, gets the key back.</source>
        <translation>The key of this register is kept only in this computer&apos;s keychain: if the keychain is lost (a new computer, a reset profile), nobody can open the register or its backups. A recovery passphrase, written down and kept apart, gets the key back.</translation>
    </message>
    <message>
        <source>Make a recovery passphrase…</source>
        <translation>Make a recovery passphrase…</translation>
    </message>
    <message>
        <source>Needs attention: {0}.</source>
        <translation>Needs attention: {0}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Review and purge…</source>
        <translation>Review and purge…</translation>
    </message>
    <message>
        <source>This is the demo register: invented requests in a separate file ({0}), locked with the passphrase “{1}”. Nothing you do here touches your own register.</source>
        <translation>This is the demo register: invented requests in a separate file ({0}), locked with the passphrase “{1}”. Nothing you do here touches your own register.</translation>
    </message>
    <message>
        <source>Set up my own register…</source>
        <translation>Set up my own register…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>Name</source>
        <extracomment>The signatory&apos;s full name; the position has a field of its own.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>IIN or BIN</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>Signatory&apos;s full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>With the legal form, e.g. ИП Жумабаев Е.К. or ТОО «Ромашка»</source>
        <translation>With the legal form, e.g. ИП Жумабаев Е.К. or ТОО «Ромашка»</translation>
    </message>
    <message>
        <source>e.g. А.А. Ахметов</source>
        <translation>e.g. А.А. Ахметов</translation>
    </message>
    <message>
        <source>e.g. Директор; a sole proprietor may leave it empty</source>
        <translation>e.g. Директор; a sole proprietor may leave it empty</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name as the signatory.</source>
        <translation>A sole proprietor signs letters in person: give the owner&apos;s full name as the signatory.</translation>
    </message>
    <message>
        <source>Give the owner&apos;s full name as the signatory, not the trade name.</source>
        <translation>Give the owner&apos;s full name as the signatory, not the trade name.</translation>
    </message>
    <message>
        <source>A sole proprietor signs in person: the owner&apos;s full name. A company: the name and position of who signs.</source>
        <translation>A sole proprietor signs in person: the owner&apos;s full name. A company: the name and position of who signs.</translation>
    </message>
    <message>
        <source>Postal address for the letterhead</source>
        <translation>Postal address for the letterhead</translation>
    </message>
    <message>
        <source>12 digits: the IIN of a sole proprietor or the BIN of a company.</source>
        <translation>12 digits: the IIN of a sole proprietor or the BIN of a company.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>An IIN or BIN has exactly 12 digits.</translation>
    </message>
    <message>
        <source>A valid IIN: the operator is a sole proprietor.</source>
        <translation>A valid IIN: the operator is a sole proprietor.</translation>
    </message>
    <message>
        <source>A valid BIN: the operator is a legal entity.</source>
        <translation>A valid BIN: the operator is a legal entity.</translation>
    </message>
    <message>
        <source>Not a valid IIN or BIN: check the digits.</source>
        <translation>Not a valid IIN or BIN: check the digits.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>You, the operator</source>
        <translation>You, the operator</translation>
    </message>
    <message>
        <source>These details head every letter you send.</source>
        <translation>These details head every letter you send.</translation>
    </message>
    <message>
        <source>You may leave the page empty and fill it in later; letters cannot be made until you do.</source>
        <translation>You may leave the page empty and fill it in later; letters cannot be made until you do.</translation>
    </message>
</context>
<context>
    <name>OperatorTab</name>
    <message>
        <source>These details head every letter, in the letter&apos;s language.</source>
        <translation>These details head every letter, in the letter&apos;s language.</translation>
    </message>
    <message>
        <source>The register&apos;s own record: the IIN/BIN, email and phone are the same in every language, and letters in a language not filled in use these details.</source>
        <translation>The register&apos;s own record: the IIN/BIN, email and phone are the same in every language, and letters in a language not filled in use these details.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will use the Russian requisites.</source>
        <translation>Not filled in yet: letters in this language will use the Russian requisites.</translation>
    </message>
    <message>
        <source>Letters in this language carry these requisites; the IIN/BIN, email and phone are those of the Russian tab.</source>
        <translation>Letters in this language carry these requisites; the IIN/BIN, email and phone are those of the Russian tab.</translation>
    </message>
    <message>
        <source>Fill in the Russian tab first: the IIN/BIN, email and phone of every letter come from it.</source>
        <translation>Fill in the Russian tab first: the IIN/BIN, email and phone of every letter come from it.</translation>
    </message>
</context>
<context>
    <name>PasteEmailDialog</name>
    <message>
        <source>Paste an email</source>
        <translation>Paste an email</translation>
    </message>
    <message>
        <source>Copy the email in your webmail and paste it below: best with its headers (From, Date, Subject), as “Show original” or a forward shows them; the text alone will do if you type the sender and the time it arrived.</source>
        <translation>Copy the email in your webmail and paste it below: best with its headers (From, Date, Subject), as “Show original” or a forward shows them; the text alone will do if you type the sender and the time it arrived.</translation>
    </message>
    <message>
        <source>From: …
Date: …
Subject: …

The text of the email</source>
        <translation>From: …
Date: …
Subject: …

The text of the email</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Paste from the clipboard</translation>
    </message>
    <message>
        <source>From, if not in the text</source>
        <translation>From, if not in the text</translation>
    </message>
    <message>
        <source>name@example.kz or the sender&apos;s name</source>
        <translation>name@example.kz or the sender&apos;s name</translation>
    </message>
    <message>
        <source>Received on, if not in the text</source>
        <translation>Received on, if not in the text</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Next…</translation>
    </message>
    <message>
        <source>This does not read as an email yet.</source>
        <translation>This does not read as an email yet.</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>received {0}</translation>
    </message>
    <message>
        <source>Found in the text: {0}.</source>
        <translation>Found in the text: {0}.</translation>
    </message>
    <message>
        <source>No headers found in the text.</source>
        <translation>No headers found in the text.</translation>
    </message>
    <message>
        <source>Type the sender below.</source>
        <translation>Type the sender below.</translation>
    </message>
    <message>
        <source>The time received typed below is used.</source>
        <translation>The time received typed below is used.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>What you process, as an access response lists it. Write one entry per line in the lists.</source>
        <translation>What you process, as an access response lists it. Write one entry per line in the lists.</translation>
    </message>
    <message>
        <source>The register&apos;s own profile: letters in a language not filled in list this one.</source>
        <translation>The register&apos;s own profile: letters in a language not filled in list this one.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will list the Russian profile.</source>
        <translation>Not filled in yet: letters in this language will list the Russian profile.</translation>
    </message>
    <message>
        <source>Access replies and withdrawal confirmations in this language list this profile.</source>
        <translation>Access replies and withdrawal confirmations in this language list this profile.</translation>
    </message>
</context>
<context>
    <name>PurposesChooser</name>
    <message>
        <source>Name only the purposes this withdrawal concerns (usually those based on consent).</source>
        <extracomment>The list is as tall as its purposes, up to this; more scroll.</extracomment>
        <translation>Name only the purposes this withdrawal concerns (usually those based on consent).</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open Otinish</source>
        <extracomment>QSettings keys: this computer&apos;s user&apos;s choices (not the register&apos;s). How often the running app looks for rights that became overdue (and the new day). The longest single wait of the daily timer (a timer is an int of ms; re-planned after).</extracomment>
        <translation>Open Otinish</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) due</source>
        <translation>
            <numerusform>%Ln breach notice due</numerusform>
            <numerusform>%Ln breach notices due</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due today</source>
        <translation>nothing due today</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln due today</numerusform>
            <numerusform>%Ln due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due next working day</source>
        <translation>
            <numerusform>%Ln due next working day</numerusform>
            <numerusform>%Ln due next working day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue now</source>
        <translation>
            <numerusform>%Ln overdue now</numerusform>
            <numerusform>%Ln overdue now</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>breach notice</source>
        <translation>breach notice</translation>
    </message>
    <message>
        <source>Otinish keeps running in the tray to remind you of deadlines. The register stays open and locked. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>Otinish keeps running in the tray to remind you of deadlines. The register stays open and locked. To quit, use Quit in the tray icon&apos;s menu.</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Daily reminder at</source>
        <translation>Daily reminder at</translation>
    </message>
    <message>
        <source>On each working day of the Kazakh calendar (weekends and public holidays have none), and whenever Otinish starts: what is due today, overdue, or due by the next working day.</source>
        <translation>On each working day of the Kazakh calendar (weekends and public holidays have none), and whenever Otinish starts: what is due today, overdue, or due by the next working day.</translation>
    </message>
    <message>
        <source>Name the requester in notifications and calendar events (a lock screen or a shared calendar is not private)</source>
        <translation>Name the requester in notifications and calendar events (a lock screen or a shared calendar is not private)</translation>
    </message>
    <message>
        <source>Closing the window keeps Otinish running in the tray (the register stays open and locked)</source>
        <translation>Closing the window keeps Otinish running in the tray (the register stays open and locked)</translation>
    </message>
    <message>
        <source>Start Otinish at login, minimised</source>
        <translation>Start Otinish at login, minimised</translation>
    </message>
    <message>
        <source>A scheduled task can remind you without Otinish running: the command “otinish-cli remind” (see the README).</source>
        <translation>A scheduled task can remind you without Otinish running: the command “otinish-cli remind” (see the README).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Otinish cannot keep running in it. The reminder comes when Otinish starts (start it at login), and a scheduled task can run “otinish-cli remind”.</source>
        <translation>This desktop has no system tray: Otinish cannot keep running in it. The reminder comes when Otinish starts (start it at login), and a scheduled task can run “otinish-cli remind”.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply by email — {0}</source>
        <translation>Reply by email — {0}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attach a PDF too (made by {0})</source>
        <translation>Attach a PDF too (made by {0})</translation>
    </message>
    <message>
        <source>No PDF: LibreOffice is not installed; the .docx goes alone</source>
        <translation>No PDF: LibreOffice is not installed; the .docx goes alone</translation>
    </message>
    <message>
        <source>Attach the original request</source>
        <translation>Attach the original request</translation>
    </message>
    <message>
        <source>The reply threads under the requester&apos;s message.</source>
        <translation>The reply threads under the requester&apos;s message.</translation>
    </message>
    <message>
        <source>The requester&apos;s message is not kept in the register: the reply answers its subject but may not thread under it.</source>
        <translation>The requester&apos;s message is not kept in the register: the reply answers its subject but may not thread under it.</translation>
    </message>
    <message>
        <source>The request did not come by email: the subject is in the letter&apos;s language.</source>
        <translation>The request did not come by email: the subject is in the letter&apos;s language.</translation>
    </message>
    <message>
        <source>Save draft and open…</source>
        <translation>Save draft and open…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Set up the SMTP server in Settings, Mail, to send from here.</source>
        <translation>Set up the SMTP server in Settings, Mail, to send from here.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Report for a period</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>A Word report and an Excel annex for an inspection: the journal, counts, deadlines met, late rights, refusals, incidents, the rules in force and the register&apos;s check. They are plain files, not encrypted: keep them safe.</source>
        <translation>A Word report and an Excel annex for an inspection: the journal, counts, deadlines met, late rights, refusals, incidents, the rules in force and the register&apos;s check. They are plain files, not encrypted: keep them safe.</translation>
    </message>
    <message>
        <source>Make report…</source>
        <translation>Make report…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Folder for the report</translation>
    </message>
    <message>
        <source>A report of this period in this language is already in that folder. Replace it?</source>
        <translation>A report of this period in this language is already in that folder. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>The report is in {0} and {1}. The audit trail&apos;s head is {2} ({3} entries). They are plain files, not encrypted: keep them safe.</source>
        <translation>The report is in {0} and {1}. The audit trail&apos;s head is {2} ({3} entries). They are plain files, not encrypted: keep them safe.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Identity check of {0} recorded.</source>
        <translation>Identity check of {0} recorded.</translation>
    </message>
    <message>
        <source>Action for {0} recorded.</source>
        <translation>Action for {0} recorded.</translation>
    </message>
    <message>
        <source>No right of {0} waits for supporting documents.</source>
        <translation>No right of {0} waits for supporting documents.</translation>
    </message>
    <message>
        <source>Supporting documents of {0} recorded as received on {1}; due {2}.</source>
        <translation>Supporting documents of {0} recorded as received on {1}; due {2}.</translation>
    </message>
    <message>
        <source>{0} closed.</source>
        <translation>{0} closed.</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>Reopen request</translation>
    </message>
    <message>
        <source>Why is {0} reopened?</source>
        <translation>Why is {0} reopened?</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation>{0} reopened.</translation>
    </message>
    <message>
        <source>The evidence pack is a plain ZIP file, not encrypted, with the request&apos;s personal data, letters and history. Continue?</source>
        <translation>The evidence pack is a plain ZIP file, not encrypted, with the request&apos;s personal data, letters and history. Continue?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Save the evidence pack</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Evidence pack of {0} saved: {1}</source>
        <translation>Evidence pack of {0} saved: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Writing the evidence pack…</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>{channel} · received {when}</source>
        <extracomment>The values that are one word, elided where the panel is too narrow (an email address keeps its start and its domain). (step, letter kind or number or &quot;&quot;) — a next-step button was pressed. The supporting documents of a correction arrived: record the day.</extracomment>
        <translation>{channel} · received {when}</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a right registered by mistake</comment>
        <translation>removed</translation>
    </message>
    <message>
        <source>done {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>done {0}</translation>
    </message>
    <message>
        <source>waiting for the supporting documents</source>
        <translation>waiting for the supporting documents</translation>
    </message>
    <message>
        <source>open</source>
        <comment>state of a requested right: not answered yet</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>Deadline basis: {0}</source>
        <translation>Deadline basis: {0}</translation>
    </message>
    <message>
        <source>Until the documents arrive, the date is counted from the receipt of the request.</source>
        <translation>Until the documents arrive, the date is counted from the receipt of the request.</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Removed: {0}</translation>
    </message>
    <message>
        <source>No text was recorded for this request.</source>
        <translation>No text was recorded for this request.</translation>
    </message>
    <message>
        <source>Select a request to see who asked, what for, by when, and everything done since.</source>
        <translation>Select a request to see who asked, what for, by when, and everything done since.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Rights requested</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>What the requester wrote or said</source>
        <translation>What the requester wrote or said</translation>
    </message>
    <message>
        <source>Documents received…</source>
        <translation>Documents received…</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of the correction arrived: its period runs from then (Ctrl+Shift+D)</source>
        <translation>Record the day the supporting documents of the correction arrived: its period runs from then (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>button: correct the request&apos;s details</comment>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for (Ctrl+E)</source>
        <translation>Correct the requester&apos;s details or the rights asked for (Ctrl+E)</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Identity checks</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Every requested right is answered.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>Every requested right is answered.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue since {0} — %Ln working day(s) late</source>
        <translation>
            <numerusform>Overdue since {0} — %Ln working day late</numerusform>
            <numerusform>Overdue since {0} — %Ln working days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due {0} — %Ln working day(s) left</source>
        <translation>
            <numerusform>Due {0} — %Ln working day left</numerusform>
            <numerusform>Due {0} — %Ln working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <source>Ask to confirm identity</source>
        <translation>Ask to confirm identity</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Closed {0}: {1}</source>
        <translation>Closed {0}: {1}</translation>
    </message>
    <message>
        <source>Due today, {0}</source>
        <translation>Due today, {0}</translation>
    </message>
    <message>
        <source>Send the reply prepared on {0}</source>
        <translation>Send the reply prepared on {0}</translation>
    </message>
    <message>
        <source>Mark {0} as sent</source>
        <translation>Mark {0} as sent</translation>
    </message>
    <message>
        <source>Write the reply</source>
        <translation>Write the reply</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Write a letter</translation>
    </message>
    <message>
        <source>Record identity check</source>
        <translation>Record identity check</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>Record action</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Close request</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Evidence pack</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>In. No.</source>
        <extracomment>The views whose count is a warning when it is not zero.</extracomment>
        <translation>In. No.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Rights requested</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>column: the result of the latest identity check</comment>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>column: working days left until the due date</comment>
        <translation>Left</translation>
    </message>
    <message>
        <source>Inbound number of the request</source>
        <translation>Inbound number of the request</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>How the request came in</translation>
    </message>
    <message>
        <source>The latest identity check</source>
        <translation>The latest identity check</translation>
    </message>
    <message>
        <source>When the first open right is due</source>
        <translation>When the first open right is due</translation>
    </message>
    <message>
        <source>Working days left (negative: overdue)</source>
        <translation>Working days left (negative: overdue)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation>Identity: {0}</translation>
    </message>
    <message>
        <source>Identity not checked yet</source>
        <translation>Identity not checked yet</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln working day(s)</source>
        <translation>
            <numerusform>Overdue by %Ln working day</numerusform>
            <numerusform>Overdue by %Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>%Ln working day left</numerusform>
            <numerusform>%Ln working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>Name with its legal form</source>
        <extracomment>The letter languages, the register&apos;s own first (its record is the one the others fall back to). Examples of requisites as letters in each language write them (glossary), shown in the empty fields: they are letter text, not interface text, so they are not translated.</extracomment>
        <translation>Name with its legal form</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>Signatory&apos;s full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>e.g. {0}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name and address in {0} too, or leave that tab empty.</source>
        <translation>Give the operator&apos;s name and address in {0} too, or leave that tab empty.</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name in {0} too.</source>
        <translation>A sole proprietor signs letters in person: give the owner&apos;s full name in {0} too.</translation>
    </message>
</context>
<context>
    <name>ResponsibleDialog</name>
    <message>
        <source>Person responsible for organising the processing</source>
        <translation>Person responsible for organising the processing</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>A breach notice gives this person&apos;s contacts to the authorized body, and the subjects&apos; letter to them.</source>
        <translation>A breach notice gives this person&apos;s contacts to the authorized body, and the subjects&apos; letter to them.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark {0} as sent</source>
        <translation>Mark {0} as sent</translation>
    </message>
    <message>
        <source>{0} — {1}, prepared on {2}</source>
        <translation>{0} — {1}, prepared on {2}</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>From this moment the letter counts as sent: a reply answers its rights on this date, and the request is answered once no reply is owed.</source>
        <translation>From this moment the letter counts as sent: a reply answers its rights on this date, and the request is answered once no reply is owed.</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Record as sent</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>TLS (ports 993, 465)</source>
        <translation>TLS (ports 993, 465)</translation>
    </message>
    <message>
        <source>STARTTLS (ports 143, 587)</source>
        <translation>STARTTLS (ports 143, 587)</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>None: not encrypted</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>usual</translation>
    </message>
    <message>
        <source>usually the full mail address</source>
        <translation>usually the full mail address</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>kept in the system keychain; empty: unchanged</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Day off</source>
        <extracomment>The tabs, in order, by the names `SettingsDialog(tab=...)` takes.</extracomment>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Processing profile</source>
        <translation>Processing profile</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Keeping data</source>
        <translation>Keeping data</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>The public holidays of Kazakhstan and the days moved by government decree are built into the app and counted without being listed here. This table lists only the days you add yourself: next year&apos;s transferred days once the decree is published, or a religious holiday&apos;s corrected date. Open requests keep their dates.</source>
        <translation>The public holidays of Kazakhstan and the days moved by government decree are built into the app and counted without being listed here. This table lists only the days you add yourself: next year&apos;s transferred days once the decree is published, or a religious holiday&apos;s corrected date. Open requests keep their dates.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. Government decree of 20.12</source>
        <translation>e.g. Government decree of 20.12</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retention period for closed requests</source>
        <translation>Retention period for closed requests</translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>unit after the number in a spin box</comment>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) past the period.</source>
        <translation>
            <numerusform>%Ln closed request past the period.</numerusform>
            <numerusform>%Ln closed requests past the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0}? This cannot be undone.</source>
        <translation>
            <numerusform>Erase the personal data of %Ln request closed before {0}? This cannot be undone.</numerusform>
            <numerusform>Erase the personal data of %Ln requests closed before {0}? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>After this period the personal data of closed requests is erased; numbers, dates and outcomes stay for the statistics.</source>
        <translation>After this period the personal data of closed requests is erased; numbers, dates and outcomes stay for the statistics.</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Purge now…</translation>
    </message>
    <message>
        <source>Once a day, at start, an encrypted copy of the register is made here; the last 14 are kept. Choose a folder on another disk.</source>
        <translation>Once a day, at start, an encrypted copy of the register is made here; the last 14 are kept. Choose a folder on another disk.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Affected subject — {0}</source>
        <translation>Affected subject — {0}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>The notice to the authorized body gives what is needed to notify each subject: the full name and/or IIN and/or mobile number. Kept encrypted; erased by retention.</source>
        <translation>The notice to the authorized body gives what is needed to notify each subject: the full name and/or IIN and/or mobile number. Kept encrypted; erased by retention.</translation>
    </message>
</context>
<context>
    <name>Switching</name>
    <message>
        <source>There is no register at {0}.</source>
        <translation>There is no register at {0}.</translation>
    </message>
    <message>
        <source>Finish what is open in the window first, then open {0} again.</source>
        <translation>Finish what is open in the window first, then open {0} again.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged ({0})</source>
        <translation>Request logged ({0})</translation>
    </message>
    <message>
        <source>Request voided</source>
        <translation>Request voided</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Right requested: {0}, due {1}</source>
        <translation>Right requested: {0}, due {1}</translation>
    </message>
    <message>
        <source>Right added: {0}, due {1}</source>
        <translation>Right added: {0}, due {1}</translation>
    </message>
    <message>
        <source>Right answered: {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <extracomment>The details kept beside the request row, by their own column names. The order of an import&apos;s lines told at the same moment: the request, its rights, the day their clock started, identity, actions, letters, sendings, rights answered, closing.</extracomment>
        <translation>Right answered: {0}</translation>
    </message>
    <message>
        <source>Imported into the register; the dates above come from the imported records</source>
        <translation>Imported into the register; the dates above come from the imported records</translation>
    </message>
    <message>
        <source>Breach found not confirmed on {0}: {1}, due {2}</source>
        <translation>Breach found not confirmed on {0}: {1}, due {2}</translation>
    </message>
    <message>
        <source>Supporting documents received on {0}: {1}, due {2}</source>
        <translation>Supporting documents received on {0}: {1}, due {2}</translation>
    </message>
    <message>
        <source>Right open again: {0}</source>
        <translation>Right open again: {0}</translation>
    </message>
    <message>
        <source>Identity check: {0} — {1}</source>
        <translation>Identity check: {0} — {1}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Action: {0}</translation>
    </message>
    <message>
        <source>Letter {0} prepared: {1}</source>
        <translation>Letter {0} prepared: {1}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a detail empty before or after an edit</comment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Edited: {0}</source>
        <translation>Edited: {0}</translation>
    </message>
    <message>
        <source>Sent {0} ({1})</source>
        <translation>Sent {0} ({1})</translation>
    </message>
    <message>
        <source>on {0}</source>
        <comment>sent on a date</comment>
        <translation>on {0}</translation>
    </message>
    <message>
        <source>Right removed: {0} — {1}</source>
        <translation>Right removed: {0} — {1}</translation>
    </message>
    <message>
        <source>identity check ({0})</source>
        <translation>identity check ({0})</translation>
    </message>
    <message>
        <source>action ({0})</source>
        <translation>action ({0})</translation>
    </message>
    <message>
        <source>Voided: {0} — {1}</source>
        <translation>Voided: {0} — {1}</translation>
    </message>
    <message>
        <source>Original kept: {0}</source>
        <translation>Original kept: {0}</translation>
    </message>
</context>
<context>
    <name>TypesChooser</name>
    <message>
        <source>Rights requested</source>
        <translation>Rights requested</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Otinish</source>
        <translation>Welcome to Otinish</translation>
    </message>
    <message>
        <source>A register of personal-data requests that keeps every deadline.</source>
        <translation>A register of personal-data requests that keeps every deadline.</translation>
    </message>
    <message>
        <source>Three short steps set up your register: the languages, your details as the operator, and where the register&apos;s key is kept. You can change all of it later in Settings.</source>
        <translation>Three short steps set up your register: the languages, your details as the operator, and where the register&apos;s key is kept. You can change all of it later in Settings.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Usual language of letters</source>
        <translation>Usual language of letters</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invented request(s) over ten years, in a separate file locked with the passphrase “{0}”. Your own register is not touched; set it up whenever you are ready.</source>
        <translation>
            <numerusform>%Ln invented request over ten years, in a separate file locked with the passphrase “{0}”. Your own register is not touched; set it up whenever you are ready.</numerusform>
            <numerusform>%Ln invented requests over ten years, in a separate file locked with the passphrase “{0}”. Your own register is not touched; set it up whenever you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look around in a demo register first</source>
        <translation>Look around in a demo register first</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New &amp;phone request…</source>
        <translation>New &amp;phone request…</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>New &amp;written or in-person request…</source>
        <translation>New &amp;written or in-person request…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>&amp;Import email…</source>
        <translation>&amp;Import email…</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Import email</translation>
    </message>
    <message>
        <source>Record &amp;identity check…</source>
        <translation>Record &amp;identity check…</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>Record &amp;action…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Generate &amp;letter…</source>
        <translation>Generate &amp;letter…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>&amp;Close request…</translation>
    </message>
    <message>
        <source>&amp;Reopen request…</source>
        <translation>&amp;Reopen request…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>&amp;Export register…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>E&amp;vidence pack…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>toolbar: record an identity check</comment>
        <translation>Identity</translation>
    </message>
    <message numerus="yes">
        <source>Incoming &amp;mail (%Ln)…</source>
        <extracomment>The toolbar, left to right (None: a separator).</extracomment>
        <translation>
            <numerusform>Incoming &amp;mail (%Ln)…</numerusform>
            <numerusform>Incoming &amp;mail (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Incoming mail</translation>
    </message>
    <message>
        <source>Chec&amp;k mailbox now</source>
        <translation>Chec&amp;k mailbox now</translation>
    </message>
    <message>
        <source>Check mail</source>
        <translation>Check mail</translation>
    </message>
    <message>
        <source>Supporting &amp;documents received…</source>
        <translation>Supporting &amp;documents received…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Mark letter as &amp;sent…</source>
        <translation>Mark letter as &amp;sent…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar: correct the request</comment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>&amp;Void request…</source>
        <translation>&amp;Void request…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>toolbar: close the request with an outcome</comment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rep&amp;ort for a period…</source>
        <translation>Rep&amp;ort for a period…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>Export deadlines to &amp;calendar…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Add &amp;to calendar…</source>
        <translation>Add &amp;to calendar…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>Recovery passp&amp;hrase…</source>
        <translation>Recovery passp&amp;hrase…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>P&amp;aste email…</source>
        <translation>P&amp;aste email…</translation>
    </message>
    <message>
        <source>Paste email</source>
        <translation>Paste email</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&amp;About Otinish</source>
        <translation>&amp;About Otinish</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Log a request made by phone, while you are on the call</source>
        <translation>Log a request made by phone, while you are on the call</translation>
    </message>
    <message>
        <source>Log a request received by post, in person, through eGov, a web form or a messenger</source>
        <translation>Log a request received by post, in person, through eGov, a web form or a messenger</translation>
    </message>
    <message>
        <source>Import .eml or .msg files (you can also drop them on the window)</source>
        <translation>Import .eml or .msg files (you can also drop them on the window)</translation>
    </message>
    <message>
        <source>Paste an email copied from webmail: its headers and text, or the text alone</source>
        <translation>Paste an email copied from webmail: its headers and text, or the text alone</translation>
    </message>
    <message>
        <source>A short illustrated guide: the daily routine, deadlines, letters, backups</source>
        <translation>A short illustrated guide: the daily routine, deadlines, letters, backups</translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests, to accept or dismiss</source>
        <translation>Messages from your mailbox that look like requests, to accept or dismiss</translation>
    </message>
    <message>
        <source>Read new messages from the mailbox of Settings, Mail (nothing on the server is changed)</source>
        <translation>Read new messages from the mailbox of Settings, Mail (nothing on the server is changed)</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked</source>
        <translation>Record how the requester&apos;s identity was checked</translation>
    </message>
    <message>
        <source>Record what was done: data found, corrected, blocked, deleted</source>
        <translation>Record what was done: data found, corrected, blocked, deleted</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of a correction arrived: its period runs from then</source>
        <translation>Record the day the supporting documents of a correction arrived: its period runs from then</translation>
    </message>
    <message>
        <source>Prepare a letter as a Word document and open it; mark it as sent once it has gone</source>
        <translation>Prepare a letter as a Word document and open it; mark it as sent once it has gone</translation>
    </message>
    <message>
        <source>Record when and how a prepared letter reached the requester: only then does a reply answer</source>
        <translation>Record when and how a prepared letter reached the requester: only then does a reply answer</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for</source>
        <translation>Correct the requester&apos;s details or the rights asked for</translation>
    </message>
    <message>
        <source>Void a request registered by mistake: it stays listed, but is no longer counted</source>
        <translation>Void a request registered by mistake: it stays listed, but is no longer counted</translation>
    </message>
    <message>
        <source>Close the request with an outcome</source>
        <translation>Close the request with an outcome</translation>
    </message>
    <message>
        <source>Export the register to a plain (unencrypted) file</source>
        <translation>Export the register to a plain (unencrypted) file</translation>
    </message>
    <message>
        <source>A ZIP with everything about the request, for an inspection</source>
        <translation>A ZIP with everything about the request, for an inspection</translation>
    </message>
    <message>
        <source>The inspection pack of a period: a Word report and an Excel annex, in Kazakh, Russian or English</source>
        <translation>The inspection pack of a period: a Word report and an Excel annex, in Kazakh, Russian or English</translation>
    </message>
    <message>
        <source>An iCalendar file with the due date of every open right, with alarms, for your own calendar</source>
        <translation>An iCalendar file with the due date of every open right, with alarms, for your own calendar</translation>
    </message>
    <message>
        <source>An iCalendar file with this request&apos;s due dates</source>
        <translation>An iCalendar file with this request&apos;s due dates</translation>
    </message>
    <message>
        <source>An encrypted copy of the register, to a file you choose</source>
        <translation>An encrypted copy of the register, to a file you choose</translation>
    </message>
    <message>
        <source>Replace the register with a backup; a safety copy of the current one is kept</source>
        <translation>Replace the register with a backup; a safety copy of the current one is kept</translation>
    </message>
    <message>
        <source>A passphrase, shown once, that gets the register&apos;s key back on another computer if the keychain is lost</source>
        <translation>A passphrase, shown once, that gets the register&apos;s key back on another computer if the keychain is lost</translation>
    </message>
    <message>
        <source>Figures and a chart of the register</source>
        <translation>Figures and a chart of the register</translation>
    </message>
    <message>
        <source>Operator, processing profile, letters, deadlines, calendar, keeping data, interface language</source>
        <translation>Operator, processing profile, letters, deadlines, calendar, keeping data, interface language</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>When</source>
        <extracomment>A letter prepared and not sent yet (the colour of &quot;due soon&quot;).</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Void…</source>
        <comment>mark a record made by mistake as void</comment>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Mark the selected identity check as recorded by mistake; it stays in the record, struck through</source>
        <translation>Mark the selected identity check as recorded by mistake; it stays in the record, struck through</translation>
    </message>
    <message>
        <source>Mark the selected action as recorded by mistake; the rights only it fulfilled open again</source>
        <translation>Mark the selected action as recorded by mistake; the rights only it fulfilled open again</translation>
    </message>
    <message>
        <source>Voided: {0}</source>
        <translation>Voided: {0}</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Register passphrase</source>
        <translation>Register passphrase</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Type the same passphrase again.</translation>
    </message>
    <message>
        <source>The two passphrases differ; please type them again.</source>
        <translation>The two passphrases differ; please type them again.</translation>
    </message>
    <message>
        <source>Otinish</source>
        <translation>Otinish</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Choose another file…</source>
        <extracomment>A file the operator chose that the system refused for a cause we name (open in Word or Excel, held by another program, Controlled Folder Access; app/letters/refusals.py).</extracomment>
        <translation>Choose another file…</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>The folder {0} could not be shown: open it in your file manager.</source>
        <translation>The folder {0} could not be shown: open it in your file manager.</translation>
    </message>
    <message>
        <source>The folder {0} could not be opened: open it in your file manager.</source>
        <translation>The folder {0} could not be opened: open it in your file manager.</translation>
    </message>
    <message>
        <source>{0} could not be opened: no program on this computer opens this kind of file. It is saved; open it from its folder.</source>
        <translation>{0} could not be opened: no program on this computer opens this kind of file. It is saved; open it from its folder.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Email from the address on file</source>
        <extracomment>The languages the window can be shown in. Each language named in itself, so a user can find their own in any interface. The identity methods, named from the operator&apos;s side (the letters name them to the data subject, &quot;a call back to the number you gave us&quot;, which reads oddly on a button).</extracomment>
        <translation>Email from the address on file</translation>
    </message>
    <message>
        <source>Call back to the number on file</source>
        <translation>Call back to the number on file</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Electronic digital signature (EDS)</source>
        <translation>Electronic digital signature (EDS)</translation>
    </message>
    <message>
        <source>Identity document seen in person</source>
        <translation>Identity document seen in person</translation>
    </message>
    <message>
        <source>Notarised power of attorney</source>
        <translation>Notarised power of attorney</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>State service</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Other method</translation>
    </message>
    <message>
        <source>Male («{0}»)</source>
        <extracomment>The form of address a letter uses, chosen by the operator (Russian letters need it: «Уважаемый», «Уважаемая», or a neutral «Здравствуйте»); never guessed. {0} is the greeting of the letter&apos;s language, e.g. «Уважаемый …» or «Құрметті …».</extracomment>
        <translation>Male («{0}»)</translation>
    </message>
    <message>
        <source>Female («{0}»)</source>
        <translation>Female («{0}»)</translation>
    </message>
    <message>
        <source>Neutral («{0}»)</source>
        <translation>Neutral («{0}»)</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>The requester&apos;s details an edit may change, as the history names them.</extracomment>
        <translation>name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>form of address</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <extracomment>The fields of the processing profile, as the settings name them (and problems too).</extracomment>
        <translation>Categories of personal data</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Purposes of processing</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Methods of processing</source>
        <translation>Methods of processing</translation>
    </message>
    <message>
        <source>Storage period</source>
        <translation>Storage period</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>Cross-border transfer</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Closed: {reason}</source>
        <extracomment>The notes the app writes into the record (app/domain/notes.py), in the window&apos;s words.</extracomment>
        <translation>Closed: {reason}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>Imported again (already in {number}): {reason}</source>
        <translation>Imported again (already in {number}): {reason}</translation>
    </message>
    <message>
        <source>Letter {number} made despite the record: {reason}</source>
        <translation>Letter {number} made despite the record: {reason}</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Cannot create the lock file {path}: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is open in another Otinish window or program; close it there first.</source>
        <translation>The register {path} is open in another Otinish window or program; close it there first.</translation>
    </message>
    <message>
        <source>The register {path} has another name on this disk (a hard link, {links} names); two names can lose changes, so it is not opened. Remove the other name first.</source>
        <translation>The register {path} has another name on this disk (a hard link, {links} names); two names can lose changes, so it is not opened. Remove the other name first.</translation>
    </message>
    <message>
        <source>{path} is in the way of the register&apos;s lock file and is not one; it was left alone. Move it away and try again.</source>
        <translation>{path} is in the way of the register&apos;s lock file and is not one; it was left alone. Move it away and try again.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register (or it is damaged); check the path, or restore the newest backup.</source>
        <translation>The file {path} is not an Otinish register (or it is damaged); check the path, or restore the newest backup.</translation>
    </message>
    <message>
        <source>The register {path} was written by a newer version of Otinish; this version cannot read it correctly, so it did not open it (nothing was changed). Install the newer version to open it.</source>
        <translation>The register {path} was written by a newer version of Otinish; this version cannot read it correctly, so it did not open it (nothing was changed). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The register {path} was made by an older Otinish; open it once for writing to update it, then read it again.</source>
        <translation>The register {path} was made by an older Otinish; open it once for writing to update it, then read it again.</translation>
    </message>
    <message>
        <source>The register {path} is damaged, so it was not backed up (such a copy could not be restored); restore the newest backup.</source>
        <translation>The register {path} is damaged, so it was not backed up (such a copy could not be restored); restore the newest backup.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the register&apos;s key cannot be read; unlock it (log in to the desktop session) and open the register again, or set {env} to the register&apos;s passphrase.</source>
        <translation>The system keychain is locked, so the register&apos;s key cannot be read; unlock it (log in to the desktop session) and open the register again, or set {env} to the register&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Unknown request type “{value}”; allowed: {allowed}.</source>
        <translation>Unknown request type “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”; allowed: {allowed}.</source>
        <translation>Unknown channel “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown language “{value}”; allowed: {allowed}.</source>
        <translation>Unknown language “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”; allowed: {allowed}.</source>
        <translation>Unknown status “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown outcome “{value}”; allowed: {allowed}.</source>
        <translation>Unknown outcome “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown action “{value}”; allowed: {allowed}.</source>
        <translation>Unknown action “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity method “{value}”; allowed: {allowed}.</source>
        <translation>Unknown identity method “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity result “{value}”; allowed: {allowed}.</source>
        <translation>Unknown identity result “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown kind of calendar day “{value}” for {day}; allowed: {allowed}.</source>
        <translation>Unknown kind of calendar day “{value}” for {day}; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>A period must be at least one working day.</source>
        <translation>A period must be at least one working day.</translation>
    </message>
    <message>
        <source>An identity note may hold the document type and at most its last 4 digits; remove the longer number.</source>
        <translation>An identity note may hold the document type and at most its last 4 digits; remove the longer number.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>An IIN or BIN has exactly 12 digits.</translation>
    </message>
    <message>
        <source>The 7th digit of this IIN is not 0-6; check the number (since 2013 it need not encode the century).</source>
        <translation>The 7th digit of this IIN is not 0-6; check the number (since 2013 it need not encode the century).</translation>
    </message>
    <message>
        <source>The first 6 digits of this IIN are not a birth date; check the number (since 2013 they need not be one).</source>
        <translation>The first 6 digits of this IIN are not a birth date; check the number (since 2013 they need not be one).</translation>
    </message>
    <message>
        <source>Digits 3-4 of a BIN must be a month, 01-12.</source>
        <translation>Digits 3-4 of a BIN must be a month, 01-12.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN (attribute) must be 0-3.</source>
        <translation>The 6th digit of a BIN (attribute) must be 0-3.</translation>
    </message>
    <message>
        <source>No valid {kind} can start with these 11 digits.</source>
        <translation>No valid {kind} can start with these 11 digits.</translation>
    </message>
    <message>
        <source>The check digit of this {kind} is wrong.</source>
        <translation>The check digit of this {kind} is wrong.</translation>
    </message>
    <message>
        <source>A request cannot go from “{current}” to “{new}”.</source>
        <translation>A request cannot go from “{current}” to “{new}”.</translation>
    </message>
    <message>
        <source>The request is closed; reopen it with a reason first.</source>
        <translation>The request is closed; reopen it with a reason first.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>The request is already closed.</translation>
    </message>
    <message>
        <source>Only a closed request can be reopened.</source>
        <translation>Only a closed request can be reopened.</translation>
    </message>
    <message>
        <source>Give a reason to reopen a closed request.</source>
        <translation>Give a reason to reopen a closed request.</translation>
    </message>
    <message>
        <source>The processing profile cannot be read; fill it in again in Settings, tab Processing profile.</source>
        <translation>The processing profile cannot be read; fill it in again in Settings, tab Processing profile.</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile: one entry per line.</source>
        <translation>Fill in “{field}” in the processing profile: one entry per line.</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile.</source>
        <translation>Fill in “{field}” in the processing profile.</translation>
    </message>
    <message>
        <source>The processing profile has an unknown entry “{field}”; allowed: {allowed}.</source>
        <translation>The processing profile has an unknown entry “{field}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Give the operator&apos;s name.</translation>
    </message>
    <message>
        <source>{value} is not a valid IIN or BIN: {reason}</source>
        <translation>{value} is not a valid IIN or BIN: {reason}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s address.</source>
        <translation>Give the operator&apos;s address.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open the register {path}; nothing was changed. Check the passphrase and try again.</source>
        <translation>The passphrase or key does not open the register {path}; nothing was changed. Check the passphrase and try again.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened as a register: {reason}.</source>
        <translation>The file {path} cannot be opened as a register: {reason}.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name or open it instead.</source>
        <translation>A file already exists at {path}; choose another name or open it instead.</translation>
    </message>
    <message>
        <source>There is no register at {path}.</source>
        <translation>There is no register at {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a register file.</source>
        <translation>{path} is a folder, not a register file.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register.</source>
        <translation>The file {path} is not an Otinish register.</translation>
    </message>
    <message>
        <source>The register {path} is damaged ({reason}); restore the newest backup (Register, Restore from backup).</source>
        <translation>The register {path} is damaged ({reason}); restore the newest backup (Register, Restore from backup).</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>The new passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; restore a backup before changing its key.</source>
        <translation>The register failed its integrity check; restore a backup before changing its key.</translation>
    </message>
    <message>
        <source>The register {path} is read-only; nothing was saved. Check the file&apos;s permissions.</source>
        <translation>The register {path} is read-only; nothing was saved. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The register is busy in another program; nothing was saved. Try again.</source>
        <translation>The register is busy in another program; nothing was saved. Try again.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>The disk is full; nothing was saved. Free some space.</translation>
    </message>
    <message>
        <source>The system keychain is locked; the key of the register {path} is kept there (it has no passphrase). Unlock the keychain (log in to the desktop session) and start Otinish again.</source>
        <translation>The system keychain is locked; the key of the register {path} is kept there (it has no passphrase). Unlock the keychain (log in to the desktop session) and start Otinish again.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain (log in to the desktop session) and start Otinish again, or restore a backup.</source>
        <translation>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain (log in to the desktop session) and start Otinish again, or restore a backup.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain and start Otinish again, or put the key back with the register&apos;s recovery passphrase.</source>
        <translation>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain and start Otinish again, or put the key back with the register&apos;s recovery passphrase.</translation>
    </message>
    <message>
        <source>The register is being checked after Otinish ended unexpectedly; nothing was saved. Try again when the check has passed (a few seconds).</source>
        <translation>The register is being checked after Otinish ended unexpectedly; nothing was saved. Try again when the check has passed (a few seconds).</translation>
    </message>
    <message>
        <source>The register failed its integrity check ({problem}); it is open read-only. Restore the newest backup.</source>
        <translation>The register failed its integrity check ({problem}); it is open read-only. Restore the newest backup.</translation>
    </message>
    <message>
        <source>Keep closed requests for 1 to 75 years, not {value}.</source>
        <translation>Keep closed requests for 1 to 75 years, not {value}.</translation>
    </message>
    <message>
        <source>The operator&apos;s details are incomplete; fill them in again in Settings, tab Operator.</source>
        <translation>The operator&apos;s details are incomplete; fill them in again in Settings, tab Operator.</translation>
    </message>
    <message>
        <source>Unknown setting “{key}”; allowed: {allowed}.</source>
        <translation>Unknown setting “{key}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>The request (id {id}) is no longer in the register; refresh the view.</source>
        <translation>The request (id {id}) is no longer in the register; refresh the view.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Tick at least one right requested.</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name.</source>
        <translation>Give the requester&apos;s name.</translation>
    </message>
    <message>
        <source>Describe the action in a note.</source>
        <translation>Describe the action in a note.</translation>
    </message>
    <message>
        <source>The outgoing number {number} was just taken by another letter; make the letter again.</source>
        <translation>The outgoing number {number} was just taken by another letter; make the letter again.</translation>
    </message>
    <message>
        <source>There is no request {number}.</source>
        <translation>There is no request {number}.</translation>
    </message>
    <message>
        <source>The letter (id {id}) is no longer in the register.</source>
        <translation>The letter (id {id}) is no longer in the register.</translation>
    </message>
    <message>
        <source>This letter has no copy in the register (it was purged, or it is a demo letter).</source>
        <translation>This letter has no copy in the register (it was purged, or it is a demo letter).</translation>
    </message>
    <message>
        <source>The original (id {id}) is no longer in the register.</source>
        <translation>The original (id {id}) is no longer in the register.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the backup.</source>
        <translation>{path} already exists; choose a new name for the backup.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist; create it or choose another.</source>
        <translation>The folder {path} does not exist; create it or choose another.</translation>
    </message>
    <message>
        <source>This register was opened without its secret; open it again to back it up.</source>
        <translation>This register was opened without its secret; open it again to back it up.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}.</source>
        <translation>Cannot write to the folder {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup to {path} failed ({reason}); nothing was written.</source>
        <translation>The backup to {path} failed ({reason}); nothing was written.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>There is no backup file at {path}.</translation>
    </message>
    <message>
        <source>{path} is not a backup made with this register&apos;s key (or not a register at all); nothing was changed.</source>
        <translation>{path} is not a backup made with this register&apos;s key (or not a register at all); nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an Otinish register; nothing was changed.</source>
        <translation>{path} is not a backup of an Otinish register; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>The backup {path} is damaged; choose another one.</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the register was not changed.</source>
        <translation>The restore failed ({reason}); the register was not changed.</translation>
    </message>
    <message>
        <source>No system keychain is available; set {env} to a passphrase for the register.</source>
        <translation>No system keychain is available; set {env} to a passphrase for the register.</translation>
    </message>
    <message>
        <source>The key of this register is not in the system keychain; set {env} to its passphrase.</source>
        <translation>The key of this register is not in the system keychain; set {env} to its passphrase.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a passphrase for the register.</source>
        <translation>No system keychain is available; choose a passphrase for the register.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Enter the passphrase of the register.</translation>
    </message>
    <message>
        <source>Set the operator&apos;s details first: Settings, tab Operator.</source>
        <translation>Set the operator&apos;s details first: Settings, tab Operator.</translation>
    </message>
    <message>
        <source>Unknown letter kind “{value}”; allowed: {allowed}.</source>
        <translation>Unknown letter kind “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>An access response lists what you process: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>An access response lists what you process: fill in the processing profile first (Settings, tab Processing profile).</translation>
    </message>
    <message>
        <source>Record what was done first ({action}), then make the letter “{kind}”.</source>
        <translation>Record what was done first ({action}), then make the letter “{kind}”.</translation>
    </message>
    <message>
        <source>A withdrawal confirmation names the purposes of processing: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>A withdrawal confirmation names the purposes of processing: fill in the processing profile first (Settings, tab Processing profile).</translation>
    </message>
    <message>
        <source>Unknown refusal ground “{value}”; allowed: {allowed}.</source>
        <translation>Unknown refusal ground “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>The letter “{kind}” needs your own paragraph: write it under “Your paragraph”.</source>
        <translation>The letter “{kind}” needs your own paragraph: write it under “Your paragraph”.</translation>
    </message>
    <message>
        <source>The template {path} is missing; reinstall Otinish or restore the file.</source>
        <translation>The template {path} is missing; reinstall Otinish or restore the file.</translation>
    </message>
    <message>
        <source>The template {path} has a syntax error in a field or tag (line {line}): {reason}.</source>
        <translation>The template {path} has a syntax error in a field or tag (line {line}): {reason}.</translation>
    </message>
    <message>
        <source>The template {path} cannot be read as a Word document: {reason}.</source>
        <translation>The template {path} cannot be read as a Word document: {reason}.</translation>
    </message>
    <message>
        <source>The template {path} uses the field “{field}”, which the letter “{kind}” does not have; correct the field&apos;s name.</source>
        <translation>The template {path} uses the field “{field}”, which the letter “{kind}” does not have; correct the field&apos;s name.</translation>
    </message>
    <message>
        <source>The template {path} uses a field that does not exist ({reason}); correct the field&apos;s name.</source>
        <translation>The template {path} uses a field that does not exist ({reason}); correct the field&apos;s name.</translation>
    </message>
    <message>
        <source>The template {path} cannot be filled in: {reason}.</source>
        <translation>The template {path} cannot be filled in: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not named &lt;kind&gt;.&lt;{languages}&gt;.docx.</source>
        <translation>{file} is not named &lt;kind&gt;.&lt;{languages}&gt;.docx.</translation>
    </message>
    <message>
        <source>The file {path} already exists; letters are never overwritten.</source>
        <translation>The file {path} already exists; letters are never overwritten.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: permission denied; choose another letters folder in Settings, tab Letters.</source>
        <translation>Cannot write to the folder {path}: permission denied; choose another letters folder in Settings, tab Letters.</translation>
    </message>
    <message>
        <source>The disk is full; the letter was not saved in {path}. Free some space and try again.</source>
        <translation>The disk is full; the letter was not saved in {path}. Free some space and try again.</translation>
    </message>
    <message>
        <source>The folder {path} is read-only; choose another letters folder in Settings, tab Letters.</source>
        <translation>The folder {path} is read-only; choose another letters folder in Settings, tab Letters.</translation>
    </message>
    <message>
        <source>Cannot write the letter to {path}: {reason}.</source>
        <translation>Cannot write the letter to {path}: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is on a network folder: it is opened for one program at a time there, without its write-ahead log, and a dropped connection can still damage it. A folder on this computer is safer (keep backups on the network instead).</source>
        <translation>The register {path} is on a network folder: it is opened for one program at a time there, without its write-ahead log, and a dropped connection can still damage it. A folder on this computer is safer (keep backups on the network instead).</translation>
    </message>
    <message>
        <source>The register {path} is inside OneDrive, which syncs it while it is open: it can make conflict copies of it, or leave only an online placeholder. Move it to a folder on this computer that OneDrive does not sync.</source>
        <translation>The register {path} is inside OneDrive, which syncs it while it is open: it can make conflict copies of it, or leave only an online placeholder. Move it to a folder on this computer that OneDrive does not sync.</translation>
    </message>
    <message>
        <source>{path} is on a network folder, where a register can be damaged and is opened for one program at a time; a folder on this computer is safer.</source>
        <translation>{path} is on a network folder, where a register can be damaged and is opened for one program at a time; a folder on this computer is safer.</translation>
    </message>
    <message>
        <source>{path} is inside OneDrive, which syncs a register while it is open (conflict copies, online-only placeholders); a folder on this computer is safer.</source>
        <translation>{path} is inside OneDrive, which syncs a register while it is open (conflict copies, online-only placeholders); a folder on this computer is safer.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another letters folder in Settings, tab Letters.</source>
        <translation>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another letters folder in Settings, tab Letters.</translation>
    </message>
    <message>
        <source>{path} is open in Word or Excel, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} is open in Word or Excel, which keeps it from being replaced; close it there and try again.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} is in use by another program, which keeps it from being replaced; close it there and try again.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another folder; nothing was written.</source>
        <translation>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another folder; nothing was written.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same {same}.</source>
        <translation>Possible duplicate: the open request {number} has the same {same}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}: {reason}).</source>
        <translation>{path} is not valid JSON (line {line}: {reason}).</translation>
    </message>
    <message>
        <source>Set {env} to the register&apos;s passphrase first.</source>
        <translation>Set {env} to the register&apos;s passphrase first.</translation>
    </message>
    <message>
        <source>The system keychain refused the key; choose a passphrase instead.</source>
        <translation>The system keychain refused the key; choose a passphrase instead.</translation>
    </message>
    <message>
        <source>Give a passphrase for the register.</source>
        <translation>Give a passphrase for the register.</translation>
    </message>
    <message>
        <source>A register already exists at {path}; nothing was changed.</source>
        <translation>A register already exists at {path}; nothing was changed.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a new passphrase instead.</source>
        <translation>No system keychain is available; choose a new passphrase instead.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep the keys; nothing was changed and the register still opens with its old key.</source>
        <translation>The system keychain refused to keep the keys; nothing was changed and the register still opens with its old key.</translation>
    </message>
    <message>
        <source>The backup {path} opens with an earlier key but could not be re-encrypted with the current one ({reason}); nothing was changed.</source>
        <translation>The backup {path} opens with an earlier key but could not be re-encrypted with the current one ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>A recovery passphrase is for a register whose key is in the system keychain; this computer has none.</source>
        <translation>A recovery passphrase is for a register whose key is in the system keychain; this computer has none.</translation>
    </message>
    <message>
        <source>Cannot write the recovery file {path}: {reason}.</source>
        <translation>Cannot write the recovery file {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no recovery file {path} beside the register.</source>
        <translation>There is no recovery file {path} beside the register.</translation>
    </message>
    <message>
        <source>That recovery passphrase does not open {path}.</source>
        <translation>That recovery passphrase does not open {path}.</translation>
    </message>
    <message>
        <source>The recovery file {path} holds a key that no longer opens the register (it was changed since without renewing it).</source>
        <translation>The recovery file {path} holds a key that no longer opens the register (it was changed since without renewing it).</translation>
    </message>
    <message>
        <source>Give the recovery passphrase.</source>
        <translation>Give the recovery passphrase.</translation>
    </message>
    <message>
        <source>Enter the register&apos;s recovery passphrase.</source>
        <translation>Enter the register&apos;s recovery passphrase.</translation>
    </message>
    <message>
        <source>The backup {path} was changed after it was made: its audit trail differs from the witness written beside it. Nothing was changed; choose another backup.</source>
        <translation>The backup {path} was changed after it was made: its audit trail differs from the witness written beside it. Nothing was changed; choose another backup.</translation>
    </message>
    <message>
        <source>Not enough free disk space beside {path} for its re-encrypted copy; nothing was changed and the register still opens with its old key.</source>
        <translation>Not enough free disk space beside {path} for its re-encrypted copy; nothing was changed and the register still opens with its old key.</translation>
    </message>
    <message>
        <source>The register {path} could not be re-encrypted ({reason}); nothing was changed and it still opens with its old key.</source>
        <translation>The register {path} could not be re-encrypted ({reason}); nothing was changed and it still opens with its old key.</translation>
    </message>
    <message>
        <source>The keychain did not take the new key as the register&apos;s entry; it is kept there as the pending key and the next opening finishes the change.</source>
        <translation>The keychain did not take the new key as the register&apos;s entry; it is kept there as the pending key and the next opening finishes the change.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail is shorter than its witness outside the file ({events} events, {witnessed} witnessed): events were deleted. Compare it with a backup.</source>
        <translation>The register&apos;s audit trail is shorter than its witness outside the file ({events} events, {witnessed} witnessed): events were deleted. Compare it with a backup.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail differs from its witness outside the file from event {event} on: it was rewritten. Compare it with a backup.</source>
        <translation>The register&apos;s audit trail differs from its witness outside the file from event {event} on: it was rewritten. Compare it with a backup.</translation>
    </message>
    <message>
        <source>The register&apos;s counter {counter} is {value}, below the {witnessed} witnessed outside the file: it was wound back. Compare it with a backup.</source>
        <translation>The register&apos;s counter {counter} is {value}, below the {witnessed} witnessed outside the file: it was wound back. Compare it with a backup.</translation>
    </message>
    <message>
        <source>The witness of the register {path} outside the file is missing.</source>
        <translation>The witness of the register {path} outside the file is missing.</translation>
    </message>
    <message>
        <source>Another register was witnessed at {path}: this file was put in its place.</source>
        <translation>Another register was witnessed at {path}: this file was put in its place.</translation>
    </message>
    <message>
        <source>Give the new passphrase of the register.</source>
        <translation>Give the new passphrase of the register.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}; choose another folder.</source>
        <translation>Cannot write to the folder {path}: {reason}; choose another folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}; nothing was written.</source>
        <translation>Cannot write {path}: {reason}; nothing was written.</translation>
    </message>
    <message>
        <source>The disk holding the register is full or cannot be written ({reason}); free some space and try again.</source>
        <translation>The disk holding the register is full or cannot be written ({reason}); free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to {path}. Free some space or choose another drive.</source>
        <translation>The disk is full; nothing was written to {path}. Free some space or choose another drive.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>{path} is a register, a backup or one of their files; an export never replaces it: choose another name.</source>
        <translation>{path} is a register, a backup or one of their files; an export never replaces it: choose another name.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a link or something else); choose another name.</source>
        <translation>{path} is not an ordinary file (a device, a link or something else); choose another name.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} is not UTF-8 text; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The template {path} tries something a letter template may not do ({reason}); fix or remove it.</source>
        <translation>The template {path} tries something a letter template may not do ({reason}); fix or remove it.</translation>
    </message>
    <message>
        <source>The template {path} makes a letter larger than {limit} characters (a runaway loop?); fix or remove it.</source>
        <translation>The template {path} makes a letter larger than {limit} characters (a runaway loop?); fix or remove it.</translation>
    </message>
    <message>
        <source>The template {path} took longer than {seconds} seconds to fill in (a runaway loop?); fix or remove it.</source>
        <translation>The template {path} took longer than {seconds} seconds to fill in (a runaway loop?); fix or remove it.</translation>
    </message>
    <message>
        <source>Unknown export format “{value}”; allowed: {allowed}.</source>
        <translation>Unknown export format “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <source>The register already holds requests; demo data goes into a new or empty register.</source>
        <translation>The register already holds requests; demo data goes into a new or empty register.</translation>
    </message>
    <message>
        <source>Message {id} was already accepted as a request.</source>
        <extracomment>Where one template cannot fit every value of a field (Russian says &quot;та же почта&quot; but &quot;тот же телефон&quot;), a sentence per value; `CATALOG` stays the fallback.</extracomment>
        <translation>Message {id} was already accepted as a request.</translation>
    </message>
    <message>
        <source>Message {id} was already dismissed.</source>
        <translation>Message {id} was already dismissed.</translation>
    </message>
    <message>
        <source>The file {file} is not an email file: only .eml and .msg files can be imported.</source>
        <translation>The file {file} is not an email file: only .eml and .msg files can be imported.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened: {reason}.</source>
        <translation>The file {file} cannot be opened: {reason}.</translation>
    </message>
    <message>
        <source>The file name {file} is not valid.</source>
        <translation>The file name {file} is not valid.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an email file.</source>
        <translation>{file} is a folder, not an email file.</translation>
    </message>
    <message>
        <source>{file} is not a regular file and cannot be imported.</source>
        <translation>{file} is not a regular file and cannot be imported.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>The file {file} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>The file {file} is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.</source>
        <translation>The file {file} is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an email message: it is damaged or in a format Otinish does not understand.</source>
        <translation>The file {file} could not be read as an email message: it is damaged or in a format Otinish does not understand.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an Outlook message: it is damaged or in a format Otinish does not understand.</source>
        <translation>The file {file} could not be read as an Outlook message: it is damaged or in a format Otinish does not understand.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has no sender and no readable text.</source>
        <translation>The file {file} is not an email message: it has no sender and no readable text.</translation>
    </message>
    <message>
        <source>The email {file} has nothing to read: its text and subject are both empty.</source>
        <translation>The email {file} has nothing to read: its text and subject are both empty.</translation>
    </message>
    <message>
        <source>The file {file} is an Outlook .msg message saved with an .eml extension; rename it to .msg and import it again.</source>
        <translation>The file {file} is an Outlook .msg message saved with an .eml extension; rename it to .msg and import it again.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: its MIME headers are nested too deeply to read.</source>
        <translation>The file {file} is damaged: its MIME headers are nested too deeply to read.</translation>
    </message>
    <message>
        <source>The file {file} is not an Outlook message: a .msg file must be saved by Outlook.</source>
        <translation>The file {file} is not an Outlook message: a .msg file must be saved by Outlook.</translation>
    </message>
    <message>
        <source>The file {file} is not a readable Outlook message: it is damaged or another kind of Office file.</source>
        <translation>The file {file} is not a readable Outlook message: it is damaged or another kind of Office file.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” is not an email address.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” is not a phone number.</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: {reason}</source>
        <translation>The IIN “{value}” is not valid: {reason}</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: A requester is identified by an IIN, not a BIN.</source>
        <translation>The IIN “{value}” is not valid: A requester is identified by an IIN, not a BIN.</translation>
    </message>
    <message>
        <source>The email has no valid date; the file&apos;s modification time is used.</source>
        <translation>The email has no valid date; the file&apos;s modification time is used.</translation>
    </message>
    <message>
        <source>The email has no valid date; the time of import is used.</source>
        <translation>The email has no valid date; the time of import is used.</translation>
    </message>
    <message>
        <source>The email&apos;s date is in the future; check the time it was received.</source>
        <translation>The email&apos;s date is in the future; check the time it was received.</translation>
    </message>
    <message>
        <source>The email has no sender address.</source>
        <translation>The email has no sender address.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the email&apos;s text, with its headers if you have them.</source>
        <translation>Nothing was pasted: paste the email&apos;s text, with its headers if you have them.</translation>
    </message>
    <message>
        <source>The pasted text is over {limit_mb} MB, more than an email holds.</source>
        <translation>The pasted text is over {limit_mb} MB, more than an email holds.</translation>
    </message>
    <message>
        <source>The pasted text is not readable text: copy the email&apos;s text again.</source>
        <translation>The pasted text is not readable text: copy the email&apos;s text again.</translation>
    </message>
    <message>
        <source>The pasted text does not say who wrote it: type the sender&apos;s email address or name.</source>
        <translation>The pasted text does not say who wrote it: type the sender&apos;s email address or name.</translation>
    </message>
    <message>
        <source>The pasted text has no date: type when the email was received.</source>
        <translation>The pasted text has no date: type when the email was received.</translation>
    </message>
    <message>
        <source>The pasted text has no date; the received time is the one you typed.</source>
        <translation>The pasted text has no date; the received time is the one you typed.</translation>
    </message>
    <message>
        <source>The date “{value}” in the pasted text could not be read; the received time is the one you typed.</source>
        <translation>The date “{value}” in the pasted text could not be read; the received time is the one you typed.</translation>
    </message>
    <message>
        <source>The email has no body text; its subject is used as the text.</source>
        <translation>The email has no body text; its subject is used as the text.</translation>
    </message>
    <message>
        <source>The email declares an unknown character set ({charset}); unreadable characters were replaced.</source>
        <translation>The email declares an unknown character set ({charset}); unreadable characters were replaced.</translation>
    </message>
    <message>
        <source>Part of the text was not valid in its character set and was replaced.</source>
        <translation>Part of the text was not valid in its character set and was replaced.</translation>
    </message>
    <message>
        <source>The email’s HTML is nested too deeply to lay out; its text was kept without the layout.</source>
        <translation>The email’s HTML is nested too deeply to lay out; its text was kept without the layout.</translation>
    </message>
    <message>
        <source>The email&apos;s formatted (RTF) text could not be read.</source>
        <translation>The email&apos;s formatted (RTF) text could not be read.</translation>
    </message>
    <message>
        <source>Unknown way of sending “{value}”; allowed: {allowed}.</source>
        <translation>Unknown way of sending “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>There is no letter {number} in the register.</source>
        <translation>There is no letter {number} in the register.</translation>
    </message>
    <message>
        <source>The letter {number} is already recorded as sent.</source>
        <translation>The letter {number} is already recorded as sent.</translation>
    </message>
    <message>
        <source>The letter {number} cannot have been sent before it was made; check the date.</source>
        <translation>The letter {number} cannot have been sent before it was made; check the date.</translation>
    </message>
    <message>
        <source>The sending time of {number} is in the future; check the date.</source>
        <translation>The sending time of {number} is in the future; check the date.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <source>This was already voided.</source>
        <translation>This was already voided.</translation>
    </message>
    <message>
        <source>This request has no identity check {id}; refresh the view.</source>
        <translation>This request has no identity check {id}; refresh the view.</translation>
    </message>
    <message>
        <source>This request has no action {id}; refresh the view.</source>
        <translation>This request has no action {id}; refresh the view.</translation>
    </message>
    <message>
        <source>Unknown field “{field}”.</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <source>Unknown form of address “{value}”; allowed: {allowed}.</source>
        <translation>Unknown form of address “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>The request already asks for this right ({type}).</source>
        <translation>The request already asks for this right ({type}).</translation>
    </message>
    <message>
        <source>The request does not ask for this right ({type}).</source>
        <translation>The request does not ask for this right ({type}).</translation>
    </message>
    <message>
        <source>A request keeps at least one right; void the whole request instead.</source>
        <translation>A request keeps at least one right; void the whole request instead.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has neither a sender nor a date.</source>
        <translation>The file {file} is not an email message: it has neither a sender nor a date.</translation>
    </message>
    <message>
        <source>The message {file} is already in the register as {number}.</source>
        <translation>The message {file} is already in the register as {number}.</translation>
    </message>
    <message>
        <source>This letter would contradict the record: {reason}</source>
        <translation>This letter would contradict the record: {reason}</translation>
    </message>
    <message>
        <source>the data were recorded as destroyed on {date}.</source>
        <translation>the data were recorded as destroyed on {date}.</translation>
    </message>
    <message>
        <source>the processing was recorded as stopped on {date}.</source>
        <translation>the processing was recorded as stopped on {date}.</translation>
    </message>
    <message>
        <source>The requester of {number} has no email and no postal address: hand the letter over or read it out, or add the address (Request, Edit).</source>
        <translation>The requester of {number} has no email and no postal address: hand the letter over or read it out, or add the address (Request, Edit).</translation>
    </message>
    <message>
        <source>The letter promises an answer on this right ({type}) by {date}, a day already past: make the reply itself instead, or explain the delay in your paragraph.</source>
        <translation>The letter promises an answer on this right ({type}) by {date}, a day already past: make the reply itself instead, or explain the delay in your paragraph.</translation>
    </message>
    <message>
        <source>The period for this right ({type}) ended on {date}: this reply is late. If you make it, explain the delay in your paragraph.</source>
        <translation>The period for this right ({type}) ended on {date}: this reply is late. If you make it, explain the delay in your paragraph.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same {same}.</source>
        <translation>Possible duplicate: request {number}, closed recently, has the same {same}.</translation>
    </message>
    <message>
        <source>Give the reason for removing the right.</source>
        <translation>Give the reason for removing the right.</translation>
    </message>
    <message>
        <source>Give the reason for importing the message again.</source>
        <translation>Give the reason for importing the message again.</translation>
    </message>
    <message>
        <source>The record says no personal data of the requester were found ({date}): an access reply saying that we process them cannot be made; answer with the letter that no data are held. If data were found since, record the action “data found” (a request already answered so is first closed and reopened, giving the reason).</source>
        <translation>The record says no personal data of the requester were found ({date}): an access reply saying that we process them cannot be made; answer with the letter that no data are held. If data were found since, record the action “data found” (a request already answered so is first closed and reopened, giving the reason).</translation>
    </message>
    <message>
        <source>{date} is before the request was received.</source>
        <translation>{date} is before the request was received.</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} is in the future.</translation>
    </message>
    <message>
        <source>an act on the requester&apos;s data was recorded on {date}.</source>
        <translation>an act on the requester&apos;s data was recorded on {date}.</translation>
    </message>
    <message>
        <source>letter {number}, already made, says the opposite.</source>
        <translation>letter {number}, already made, says the opposite.</translation>
    </message>
    <message>
        <source>No open right of this request waits for that ({event}).</source>
        <translation>No open right of this request waits for that ({event}).</translation>
    </message>
    <message>
        <source>Your paragraph seems to be in another language ({written}) than the letter ({lang}): translate it, or make the letter in that language.</source>
        <translation>Your paragraph seems to be in another language ({written}) than the letter ({lang}): translate it, or make the letter in that language.</translation>
    </message>
    <message>
        <source>The letter prints the incident&apos;s text «{text}», which seems to be in another language ({written}) than the letter ({lang}): correct it in the letter&apos;s language, or make the letter in that language.</source>
        <translation>The letter prints the incident&apos;s text «{text}», which seems to be in another language ({written}) than the letter ({lang}): correct it in the letter&apos;s language, or make the letter in that language.</translation>
    </message>
    <message>
        <source>The letter quotes the action note «{text}», which seems to be in another language ({written}) than the letter ({lang}): void the action and record it again in the letter&apos;s language.</source>
        <translation>The letter quotes the action note «{text}», which seems to be in another language ({written}) than the letter ({lang}): void the action and record it again in the letter&apos;s language.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s IIN or BIN, email and phone.</source>
        <translation>Give the operator&apos;s IIN or BIN, email and phone.</translation>
    </message>
    <message>
        <source>The processing profile is not filled in for this language ({lang}) yet: the letter uses the one in another language ({used}).</source>
        <translation>The processing profile is not filled in for this language ({lang}) yet: the letter uses the one in another language ({used}).</translation>
    </message>
    <message>
        <source>A refusal states its legal ground: tick at least one ground.</source>
        <translation>A refusal states its legal ground: tick at least one ground.</translation>
    </message>
    <message>
        <source>Every right in this request has already been answered: there is nothing left to refuse.</source>
        <translation>Every right in this request has already been answered: there is nothing left to refuse.</translation>
    </message>
    <message>
        <source>The operator&apos;s requisites are not filled in for this language ({lang}) yet: the letter uses those in another language ({used}).</source>
        <translation>The operator&apos;s requisites are not filled in for this language ({lang}) yet: the letter uses those in another language ({used}).</translation>
    </message>
    <message>
        <source>Give the rule&apos;s citation in this language too ({lang}).</source>
        <translation>Give the rule&apos;s citation in this language too ({lang}).</translation>
    </message>
    <message>
        <source>The rule is incomplete: give its right, period, unit and start date.</source>
        <translation>The rule is incomplete: give its right, period, unit and start date.</translation>
    </message>
    <message>
        <source>A period is 1 to 365 days, not {value}.</source>
        <translation>A period is 1 to 365 days, not {value}.</translation>
    </message>
    <message>
        <source>The setting needs a text; it was empty.</source>
        <translation>The setting needs a text; it was empty.</translation>
    </message>
    <message>
        <source>The setting is on or off, not “{value}”.</source>
        <translation>The setting is on or off, not “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: write it as HH:MM, e.g. 09:00.</source>
        <translation>“{value}” is not a time of day: write it as HH:MM, e.g. 09:00.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; nothing was written. Choose another name.</source>
        <translation>{path} exists and is not a calendar file; nothing was written. Choose another name.</translation>
    </message>
    <message>
        <source>{path} is the register itself; nothing was written. Choose another file.</source>
        <translation>{path} is the register itself; nothing was written. Choose another file.</translation>
    </message>
    <message>
        <source>Unknown basis “{value}”; allowed: {allowed}.</source>
        <translation>Unknown basis “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown unit “{value}”; allowed: {allowed}.</source>
        <translation>Unknown unit “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>The operator&apos;s signatory has no name: the letter leaves the name line blank for a handwritten one (Settings, tab Operator).</source>
        <translation>The operator&apos;s signatory has no name: the letter leaves the name line blank for a handwritten one (Settings, tab Operator).</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose in the processing profile of the letter&apos;s language.</source>
        <translation>“{value}” is not a purpose in the processing profile of the letter&apos;s language.</translation>
    </message>
    <message>
        <source>“{value}” is not a number format: use {{year}} and the counter {{seq}}, e.g. {{seq}}/{{year}} or {{year}}-{{seq:04d}}.</source>
        <translation>“{value}” is not a number format: use {{year}} and the counter {{seq}}, e.g. {{seq}}/{{year}} or {{year}}-{{seq:04d}}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>The two passphrases differ; nothing was created.</translation>
    </message>
    <message>
        <source>The limit must be zero or more.</source>
        <translation>The limit must be zero or more.</translation>
    </message>
    <message>
        <source>The size must be zero or more.</source>
        <translation>The size must be zero or more.</translation>
    </message>
    <message>
        <source>Choose the new passphrase of the register.</source>
        <translation>Choose the new passphrase of the register.</translation>
    </message>
    <message>
        <source>Say what happened: an incident needs a description.</source>
        <translation>Say what happened: an incident needs a description.</translation>
    </message>
    <message>
        <source>A text of an incident may hold at most {limit} characters.</source>
        <translation>A text of an incident may hold at most {limit} characters.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of subjects (a whole number, 0 or more).</source>
        <translation>&apos;{value}&apos; is not a number of subjects (a whole number, 0 or more).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here; allowed: {allowed}.</source>
        <translation>&apos;{value}&apos; is not an answer here; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>Give the reason for the decision on notifying (why or why not).</source>
        <translation>Give the reason for the decision on notifying (why or why not).</translation>
    </message>
    <message>
        <source>The detection time {value} is in the future.</source>
        <translation>The detection time {value} is in the future.</translation>
    </message>
    <message>
        <source>Give the subject&apos;s full name, IIN or mobile number (at least one).</source>
        <translation>Give the subject&apos;s full name, IIN or mobile number (at least one).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid IIN.</source>
        <translation>&apos;{value}&apos; is not a valid IIN.</translation>
    </message>
    <message>
        <source>There is no incident {number} in the register.</source>
        <translation>There is no incident {number} in the register.</translation>
    </message>
    <message>
        <source>The incident {number} is closed; nothing in it can change.</source>
        <translation>The incident {number} is closed; nothing in it can change.</translation>
    </message>
    <message>
        <source>The notice must state the measures taken: record them for the incident {number} first.</source>
        <translation>The notice must state the measures taken: record them for the incident {number} first.</translation>
    </message>
    <message>
        <source>This letter is made in {allowed}, not in &apos;{lang}&apos;.</source>
        <translation>This letter is made in {allowed}, not in &apos;{lang}&apos;.</translation>
    </message>
    <message>
        <source>The notice names no affected subjects yet; it says they will be reported later.</source>
        <translation>The notice names no affected subjects yet; it says they will be reported later.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a format incidents are exported to; use .csv or .xlsx.</source>
        <translation>&apos;{value}&apos; is not a format incidents are exported to; use .csv or .xlsx.</translation>
    </message>
    <message>
        <source>The responsible person&apos;s details are not valid.</source>
        <translation>The responsible person&apos;s details are not valid.</translation>
    </message>
    <message>
        <source>Give the name of the person responsible for organising the processing.</source>
        <translation>Give the name of the person responsible for organising the processing.</translation>
    </message>
    <message>
        <source>Give a phone or an email of the person responsible for organising the processing.</source>
        <translation>Give a phone or an email of the person responsible for organising the processing.</translation>
    </message>
    <message>
        <source>No person responsible for organising the processing is set: the letter says none is appointed.</source>
        <translation>No person responsible for organising the processing is set: the letter says none is appointed.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {limit} rows and this export has more; nothing was written. Export a shorter period, or as CSV.</source>
        <translation>An Excel sheet holds at most {limit} rows and this export has more; nothing was written. Export a shorter period, or as CSV.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same email.</source>
        <translation>Possible duplicate: request {number}, closed recently, has the same email.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same phone.</source>
        <translation>Possible duplicate: request {number}, closed recently, has the same phone.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same email.</source>
        <translation>Possible duplicate: the open request {number} has the same email.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same phone.</source>
        <translation>Possible duplicate: the open request {number} has the same phone.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Something went wrong ({error}); the details are in the log.</translation>
    </message>
    <message>
        <source>The mail server setting is not a record of host, port, TLS and user.</source>
        <translation>The mail server setting is not a record of host, port, TLS and user.</translation>
    </message>
    <message>
        <source>“{value}” is not a server name; give the host, e.g. imap.gmail.com.</source>
        <translation>“{value}” is not a server name; give the host, e.g. imap.gmail.com.</translation>
    </message>
    <message>
        <source>Unknown TLS mode “{value}”; allowed: {allowed}.</source>
        <translation>Unknown TLS mode “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a port; give a number from 1 to 65535.</source>
        <translation>“{value}” is not a port; give a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Give the user name, usually the full mail address.</source>
        <translation>Give the user name, usually the full mail address.</translation>
    </message>
    <message>
        <source>Give one to {most} folders to read.</source>
        <translation>Give one to {most} folders to read.</translation>
    </message>
    <message>
        <source>The check interval must be 0 to {most} minutes.</source>
        <translation>The check interval must be 0 to {most} minutes.</translation>
    </message>
    <message>
        <source>“{value}” is not a mail address replies can come from.</source>
        <translation>“{value}” is not a mail address replies can come from.</translation>
    </message>
    <message>
        <source>The server {host} refused the user {user} with this password; check the password (Gmail, Yandex and mail.ru want an app password).</source>
        <translation>The server {host} refused the user {user} with this password; check the password (Gmail, Yandex and mail.ru want an app password).</translation>
    </message>
    <message>
        <source>The server {host}:{port} did not answer in time; nothing was changed. Try again later or check the port.</source>
        <translation>The server {host}:{port} did not answer in time; nothing was changed. Try again later or check the port.</translation>
    </message>
    <message>
        <source>The server {host}:{port} showed a certificate this computer does not trust; nothing was sent. Check the host name.</source>
        <translation>The server {host}:{port} showed a certificate this computer does not trust; nothing was sent. Check the host name.</translation>
    </message>
    <message>
        <source>TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 are implicit TLS, 143 and 587 STARTTLS).</source>
        <translation>TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 are implicit TLS, 143 and 587 STARTTLS).</translation>
    </message>
    <message>
        <source>The server name {host} is not known; check its spelling and the network.</source>
        <translation>The server name {host} is not known; check its spelling and the network.</translation>
    </message>
    <message>
        <source>Cannot reach the server {host}:{port}; check the network, the host and the port.</source>
        <translation>Cannot reach the server {host}:{port}; check the network, the host and the port.</translation>
    </message>
    <message>
        <source>The server {host}:{port} stopped the exchange; nothing was changed. Try again later.</source>
        <translation>The server {host}:{port} stopped the exchange; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <source>The server {host}:{port} does not offer STARTTLS; choose implicit TLS and its port instead.</source>
        <translation>The server {host}:{port} does not offer STARTTLS; choose implicit TLS and its port instead.</translation>
    </message>
    <message>
        <source>The server {host}:{port} offers no login; check the port and the TLS mode.</source>
        <translation>The server {host}:{port} offers no login; check the port and the TLS mode.</translation>
    </message>
    <message>
        <source>The server refused the recipient {recipient}; check the requester&apos;s email; the letter was not sent.</source>
        <translation>The server refused the recipient {recipient}; check the requester&apos;s email; the letter was not sent.</translation>
    </message>
    <message>
        <source>The server refused the sender {sender}; use the address of the SMTP account.</source>
        <translation>The server refused the sender {sender}; use the address of the SMTP account.</translation>
    </message>
    <message>
        <source>The server {host} refused the message (code {code}); the letter was not sent.</source>
        <translation>The server {host} refused the message (code {code}); the letter was not sent.</translation>
    </message>
    <message>
        <source>No password for {user} at {host}: enter it in Settings, Mail.</source>
        <translation>No password for {user} at {host}: enter it in Settings, Mail.</translation>
    </message>
    <message>
        <source>No SMTP server is set up (Settings, Mail); save a draft instead.</source>
        <translation>No SMTP server is set up (Settings, Mail); save a draft instead.</translation>
    </message>
    <message>
        <source>Request {number} has no email address to reply to; add one with Edit or send the letter another way.</source>
        <translation>Request {number} has no email address to reply to; add one with Edit or send the letter another way.</translation>
    </message>
    <message>
        <source>No PDF was made for {number} (LibreOffice is not installed or failed); the .docx goes alone.</source>
        <translation>No PDF was made for {number} (LibreOffice is not installed or failed); the .docx goes alone.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>A file already exists at {path}; choose another name.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>No mailbox is set up (Settings, Mail).</source>
        <translation>No mailbox is set up (Settings, Mail).</translation>
    </message>
    <message>
        <source>The mailbox has no folder “{folder}”; check the folder&apos;s name (Gmail: “[Gmail]/All Mail”).</source>
        <translation>The mailbox has no folder “{folder}”; check the folder&apos;s name (Gmail: “[Gmail]/All Mail”).</translation>
    </message>
    <message>
        <source>A message of {size_mb} MB in “{folder}” is over the {limit_mb} MB limit and was not fetched; save it from the mail client if it is a request.</source>
        <translation>A message of {size_mb} MB in “{folder}” is over the {limit_mb} MB limit and was not fetched; save it from the mail client if it is a request.</translation>
    </message>
    <message>
        <source>The server renumbered the folder “{folder}”; it was read again from the start (messages already seen are skipped).</source>
        <translation>The server renumbered the folder “{folder}”; it was read again from the start (messages already seen are skipped).</translation>
    </message>
    <message>
        <source>Message {id} is no longer in the mail queue.</source>
        <translation>Message {id} is no longer in the mail queue.</translation>
    </message>
    <message>
        <source>Message {id} was already {status}.</source>
        <translation>Message {id} was already {status}.</translation>
    </message>
    <message>
        <source>Give the reason for dismissing the message.</source>
        <translation>Give the reason for dismissing the message.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the mail password, and Otinish never writes it to a file: leave it empty and set the environment variable OTINISH_MAIL_PASSWORD instead.</source>
        <translation>This computer has no keychain to keep the mail password, and Otinish never writes it to a file: leave it empty and set the environment variable OTINISH_MAIL_PASSWORD instead.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Select a request in the list first.</translation>
    </message>
    <message>
        <source>This request is closed; reopen it first.</source>
        <translation>This request is closed; reopen it first.</translation>
    </message>
    <message>
        <source>This request is open.</source>
        <translation>This request is open.</translation>
    </message>
    <message>
        <source>No right of this request is waiting for supporting documents.</source>
        <translation>No right of this request is waiting for supporting documents.</translation>
    </message>
    <message>
        <source>No letter has been prepared for this request yet.</source>
        <translation>No letter has been prepared for this request yet.</translation>
    </message>
    <message>
        <source>Every letter of this request is already recorded as sent.</source>
        <translation>Every letter of this request is already recorded as sent.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>The passphrase does not open the register {0}; nothing was changed. Check it and type it again.</source>
        <translation>The passphrase does not open the register {0}; nothing was changed. Check it and type it again.</translation>
    </message>
    <message>
        <source>Use the recovery passphrase…</source>
        <extracomment>A keychain register whose keychain cannot be reached: said, never asked a passphrase.</extracomment>
        <translation>Use the recovery passphrase…</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:</source>
        <translation>The recovery passphrase of the register {0}:</translation>
    </message>
    <message>
        <source>Something went wrong inside Otinish ({0}). What was saved before is kept; check that the last step shows in the register. Where it happened is written, without personal data, to the log for support: {1}</source>
        <translation>Something went wrong inside Otinish ({0}). What was saved before is kept; check that the last step shows in the register. Where it happened is written, without personal data, to the log for support: {1}</translation>
    </message>
    <message>
        <source>Otinish already has this register open; its window was brought to the front.</source>
        <translation>Otinish already has this register open; its window was brought to the front.</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Due today</source>
        <extracomment>Columns shown as an icon (with the name as tooltip), to leave room for the long names. Rows fetched per page.</extracomment>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Awaiting identity</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>view: every request not closed yet</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Open requests whose answer is due today</source>
        <translation>Open requests whose answer is due today</translation>
    </message>
    <message>
        <source>Open requests due today or within the next three working days</source>
        <translation>Open requests due today or within the next three working days</translation>
    </message>
    <message>
        <source>Open requests past their due date</source>
        <translation>Open requests past their due date</translation>
    </message>
    <message>
        <source>Requests waiting for the requester&apos;s identity to be confirmed</source>
        <translation>Requests waiting for the requester&apos;s identity to be confirmed</translation>
    </message>
    <message>
        <source>Every request not closed yet</source>
        <translation>Every request not closed yet</translation>
    </message>
    <message>
        <source>Requests closed with an outcome</source>
        <translation>Requests closed with an outcome</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>The whole register</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Create the register there anyway?</source>
        <extracomment>A new register&apos;s folder is on a network or inside OneDrive (services/registers.py).</extracomment>
        <translation>Create the register there anyway?</translation>
    </message>
    <message>
        <source>Create it there</source>
        <translation>Create it there</translation>
    </message>
</context>
</TS>
