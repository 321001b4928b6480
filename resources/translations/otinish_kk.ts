<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>About</name>
    <message>
        <source>Otinish {0} — a register of personal-data subject requests under Law No. 94-V of the Republic of Kazakhstan.</source>
        <translation>Otinish {0} — Қазақстан Республикасының № 94-V Заңы бойынша дербес деректер субъектілері өтініштерінің тізілімі.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>GNU General Public License лицензиясының 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарламалық қамтамасыз ету (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Тізілім: {0}</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Деректер қалтасы: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Record action</source>
        <translation>Әрекетті тіркеу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Орындаған</translation>
    </message>
    <message>
        <source>What was found, e.g. name, email and order history in the CRM</source>
        <translation>Не табылды, мысалы: аты-жөні, эл. пошта және CRM-дегі тапсырыстар тарихы</translation>
    </message>
    <message>
        <source>Where you searched, e.g. the CRM, the mailing list and the accounting system</source>
        <translation>Қай жерден іздедіңіз, мысалы: CRM, тарату тізімі және есепке алу жүйесі</translation>
    </message>
    <message>
        <source>e.g. Account and order history erased in the CRM and the mailing list</source>
        <translation>мысалы: аккаунт пен тапсырыстар тарихы CRM-нен және тарату тізімінен жойылды</translation>
    </message>
    <message>
        <source>The access reply lists this note as the data held about the requester: write it in the language of the letter.</source>
        <translation>Мәліметтер беру туралы жауап бұл жазбаны өтініш берушінің бізде бар деректері ретінде келтіреді: оны хаттың тілінде жазыңыз.</translation>
    </message>
    <message>
        <source>An access reply can no longer be made: answer with the letter “{0}”.</source>
        <translation>Танысу туралы жауапты енді жасауға болмайды: «{0}» хатымен жауап беріңіз.</translation>
    </message>
    <message>
        <source>The confirmation letter quotes this note to the requester: write it in the language of the letter.</source>
        <translation>Растау хаты бұл жазбаны өтініш берушіге сөзбе-сөз келтіреді: оны хаттың тілінде жазыңыз.</translation>
    </message>
    <message>
        <source>This marks as done: {0}.</source>
        <translation>Орындалды деп белгіленеді: {0}.</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add a deadline rule</source>
        <translation>Мерзім ережесін қосу</translation>
    </message>
    <message>
        <source>For a right, a period that applies to requests received from a date on: a stricter reading, or a new law. Where it gives an earlier date than the app&apos;s rule it binds, and letters cite both. It is kept in the register&apos;s history.</source>
        <translation>Белгілі бір күннен бастап келіп түскен өтініштерге қолданылатын талап мерзімі: қатаңырақ түсіндірме немесе жаңа заң. Ол бағдарлама ережесінен ертерек күн берсе, сол күн міндетті болады, ал хаттарда екеуіне де сілтеме жасалады. Ереже тізілімнің тарихында сақталады.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Citation ({0})</source>
        <translation>Нормаға сілтеме ({0})</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>мысалы, {0}</translation>
    </message>
    <message>
        <source>Where the rule comes from: the act, its date, where you read it</source>
        <translation>Ереженің қайдан алынғаны: акт, оның күні, қайдан оқығаныңыз</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ережені қосу</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Letters in this language greet everyone alike: «{0}». The choice matters for letters in Russian.</source>
        <extracomment>The hint under the form of address when letters are in Kazakh or English.</extracomment>
        <translation>Бұл тілдегі хаттар барлығына бірдей қаратылады: «{0}». Таңдау орыс тіліндегі хаттар үшін маңызды.</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Хаттағы қаратпа сөз</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <source>How a Russian letter greets the requester: «Уважаемый …!», «Уважаемая …!» or «Здравствуйте, …!». Chosen by you, never guessed from the name.</source>
        <translation>Орыс тіліндегі хат өтініш берушіге қалай қаратылады: «Уважаемый …!», «Уважаемая …!» немесе «Здравствуйте, …!». Оны сіз таңдайсыз, есімге қарап ешқашан болжанбайды.</translation>
    </message>
    <message>
        <source>Optional: where a letter by post goes</source>
        <translation>Міндетті емес: пошта арқылы хат жіберілетін мекенжай</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Мерзімдерді күнтізбеге экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline(s) written to {0}. Open it with your calendar; importing a newer file updates the same events.</source>
        <translation>
            <numerusform>{0} файлына %Ln мерзім жазылды. Оны күнтізбеңізде ашыңыз; жаңарақ файлды импорттау сол оқиғаларды жаңартады.</numerusform>
            <numerusform>{0} файлына %Ln мерзім жазылды. Оны күнтізбеңізде ашыңыз; жаңарақ файлды импорттау сол оқиғаларды жаңартады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close request</source>
        <translation>Өтінішті жабу</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation>Себебі немесе түсініктеме</translation>
    </message>
    <message>
        <source>Optional; kept with the request</source>
        <translation>Міндетті емес; өтінішпен бірге сақталады</translation>
    </message>
    <message>
        <source>Still open: {0}. Closing gives them this outcome.</source>
        <translation>Әлі қаралмаған: {0}. Жабу кезінде оларға осы нәтиже беріледі.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>{0} corrected: {1}.</source>
        <translation>{0} өтініші түзетілді: {1}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Void request</source>
        <translation>Өтініштің күшін жою</translation>
    </message>
    <message>
        <source>Void {0} as registered by mistake? It stays listed under “All requests” and in its history, but no statistic or on-time rate counts it any more.

Why is it voided?</source>
        <translation>{0} өтінішінің күшін қате тіркелген ретінде жоясыз ба? Ол «Барлық өтініштер» тізімінде және өз тарихында қалады, бірақ енді ешбір статистикада да, мерзімінде берілген жауаптар үлесінде де есепке алынбайды.

Неліктен күші жойылады?</translation>
    </message>
    <message>
        <source>{0} voided: {1}</source>
        <translation>{0} өтінішінің күші жойылды: {1}</translation>
    </message>
    <message>
        <source>the identity check of {0} ({1})</source>
        <translation>жеке басын тексеру, {0} ({1})</translation>
    </message>
    <message>
        <source>the action of {0} ({1})</source>
        <translation>әрекет, {0} ({1})</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Күшін жою</translation>
    </message>
    <message>
        <source>Void {0} as recorded by mistake? It stays in the record, struck through, with your reason.

Why is it voided?</source>
        <translation>«{0}» жазбасының күшін қате енгізілген ретінде жоясыз ба? Ол тізілімде сызылған күйде, Сіз көрсеткен себеппен қалады.

Неліктен күші жойылады?</translation>
    </message>
    <message>
        <source>{0}: voided {1}.</source>
        <translation>{0} өтініші: «{1}» жазбасының күші жойылды.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — {0}</source>
        <extracomment>One colour per request type, distinguishable and calm.</extracomment>
        <translation>Жиынтық — {0}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Ашық өтініштер</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Мерзімі 3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message numerus="yes">
        <source>Answered on time, last 12 months (%Ln answered)</source>
        <translation>
            <numerusform>Мерзімінде берілген жауаптар үлесі, соңғы 12 ай (барлығы %Ln жауап)</numerusform>
            <numerusform>Мерзімінде берілген жауаптар үлесі, соңғы 12 ай (барлығы %Ln жауап)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open incidents (%Ln in all)</source>
        <translation>
            <numerusform>Ашық инциденттер (барлығы %Ln)</numerusform>
            <numerusform>Ашық инциденттер (барлығы %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>A request counts as answered on time when every right in it was answered by its own due date; withdrawn requests are left out.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>Өтініштегі әр талап өз мерзімінде қаралса, өтінішке мерзімінде жауап берілді деп саналады; кері қайтарып алынған өтініштер есепке алынбайды.</translation>
    </message>
    <message>
        <source>{0}: {1} % ({2} of {3})</source>
        <translation>{0}: {1} % ({3} ішінен {2})</translation>
    </message>
    <message>
        <source>Replies sent by the due date, by right, last 12 months: {0}</source>
        <translation>Мерзімінде жіберілген жауаптар, талаптар бойынша, соңғы 12 айда: {0}</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Жауапқа дейінгі жұмыс күндерінің медианасы</translation>
    </message>
    <message>
        <source>Requests per month by right requested, {0}</source>
        <translation>Айлар және талаптар бойынша өтініштер, {0}</translation>
    </message>
</context>
<context>
    <name>DayChecks</name>
    <message>
        <source>The register passed its check: it can be changed again.</source>
        <extracomment>The day&apos;s checks start this long after the window opens (it is drawn first). The daily backup waits a little longer: the checks go first. How often the window looks whether the day changed (due dates move at midnight).</extracomment>
        <translation>Тізілім тексеруден өтті: оны қайтадан өзгертуге болады.</translation>
    </message>
    <message>
        <source>The register failed its integrity check.</source>
        <translation>Тізілім тұтастық тексеруінен өтпеді.</translation>
    </message>
    <message>
        <source>Checking the register&apos;s integrity…</source>
        <translation>Тізілімнің тұтастығы тексерілуде…</translation>
    </message>
    <message numerus="yes">
        <source>The demo register holds %Ln invented request(s).</source>
        <translation>
            <numerusform>Демо-тізілімде ойдан шығарылған %Ln өтініш бар.</numerusform>
            <numerusform>Демо-тізілімде ойдан шығарылған %Ln өтініш бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the demo register with invented requests…</source>
        <translation>Демо-тізілім ойдан шығарылған өтініштермен толтырылуда…</translation>
    </message>
    <message>
        <source>Filling the demo register…</source>
        <translation>Демо-тізілім толтырылуда…</translation>
    </message>
    <message>
        <source>Daily backup saved: {0}</source>
        <translation>Күнделікті сақтық көшірме сақталды: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Тізілімнің сақтық көшірмесі жасалуда…</translation>
    </message>
</context>
<context>
    <name>DeadlineBasis</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln жұмыс күні</numerusform>
            <numerusform>%Ln жұмыс күні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calendar day(s)</source>
        <translation>
            <numerusform>%Ln күнтізбелік күн</numerusform>
            <numerusform>%Ln күнтізбелік күн</numerusform>
        </translation>
    </message>
    <message>
        <source>the request received</source>
        <translation>өтініш келіп түскен күннен</translation>
    </message>
    <message>
        <source>the supporting documents received</source>
        <translation>растайтын құжаттар түскен күннен</translation>
    </message>
    <message>
        <source>the breach found not confirmed</source>
        <translation>бұзушылықтың расталмағаны анықталған күннен</translation>
    </message>
    <message>
        <source>The Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <source>A by-law</source>
        <translation>Заңға тәуелді акт</translation>
    </message>
    <message>
        <source>Our own period</source>
        <translation>Өз мерзіміміз</translation>
    </message>
    <message>
        <source>set by the Law</source>
        <translation>Заңмен белгіленген</translation>
    </message>
    <message>
        <source>set by a by-law</source>
        <translation>заңға тәуелді актпен белгіленген</translation>
    </message>
    <message>
        <source>the operator&apos;s own period</source>
        <translation>оператордың өз мерзімі</translation>
    </message>
    <message>
        <source>counted from the day the supporting documents are received</source>
        <translation>растайтын құжаттар алынған күннен бастап есептеледі</translation>
    </message>
    <message>
        <source>counted from the day the breach is found not confirmed</source>
        <translation>бұзушылық расталмаған күннен бастап есептеледі</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Every period in force, the app&apos;s and yours. A rule you add binds where it gives an earlier date than the app&apos;s, and letters then cite both.</source>
        <extracomment>The table&apos;s columns, left to right. Pixels added to each row&apos;s height, so wrapped lines do not touch the grid. The background of a rule the operator added.</extracomment>
        <translation>Қолданыстағы барлық мерзім: бағдарламаның және сіздің. Сіз қосқан ереже бағдарламаның ережесінен ертерек күн берсе, сол күн міндетті болады, ал хаттарда екеуіне де сілтеме жасалады.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Қашаннан есептеледі</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Нормаға сілтеме</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ереже қосу…</translation>
    </message>
    <message>
        <source>Rules you added are shaded. Requests already registered keep their dates.</source>
        <translation>Сіз қосқан ережелер түспен белгіленген. Бұрын тіркелген өтініштердің мерзімдері өзгермейді.</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>сіз қостыңыз</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>{0} бастап</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Supporting documents received</source>
        <translation>Растайтын құжаттар түсті</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>The period of {0} runs from the day after this date; until it is recorded, the date is counted from the receipt of the request.</source>
        <translation>Мерзім ({0}) осы күннің келесі күнінен басталады; ол тіркелгенге дейін мерзім өтініш келіп түскен күннен есептеледі.</translation>
    </message>
</context>
<context>
    <name>DuePreview</name>
    <message>
        <source>Tick at least one right to see its due date.</source>
        <translation>Мерзімін көру үшін кемінде бір талапты белгілеңіз.</translation>
    </message>
    <message>
        <source>Due dates (working days, Kazakh calendar):</source>
        <translation>Мерзімдер (жұмыс күндері, ҚР күнтізбесі):</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Edit request {0}</source>
        <extracomment>The requester&apos;s details, in the order of the form (the services&apos; names). Which field a refused value belongs to, to put the cursor there. What was written, named for the status bar (&quot;email&quot;, &quot;right added: access&quot;).</extracomment>
        <translation>{0} өтінішін өзгерту</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Хаттағы қаратпа сөз</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Өтініш беруші көрсеткендей аты-жөні</translation>
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
        <translation>Хат поштамен жіберілетін мекенжай</translation>
    </message>
    <message>
        <source>The greeting of a Russian letter: chosen by you, never guessed from the name or the IIN.</source>
        <translation>Орыс тіліндегі хаттағы қаратпа сөзді Сіз таңдайсыз, ол есімнен немесе ЖСН-нен ешқашан болжанбайды.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Алып тастау…</translation>
    </message>
    <message>
        <source>Remove a right registered by mistake; it stays in the record with your reason</source>
        <translation>Қате тіркелген талапты алып тастау; ол тізілімде Сіз көрсеткен себеппен қалады</translation>
    </message>
    <message>
        <source>The rights of a closed request cannot be changed; reopen it first.</source>
        <translation>Жабық өтініштің талаптарын өзгертуге болмайды; алдымен оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>{0} (to be added)</source>
        <translation>{0} (қосылады)</translation>
    </message>
    <message>
        <source>{0} (to be removed: {1})</source>
        <translation>{0} (алынып тасталады: {1})</translation>
    </message>
    <message>
        <source>{0} (removed: {1})</source>
        <translation>{0} (алынып тасталды: {1})</translation>
    </message>
    <message>
        <source>Remove a right</source>
        <translation>Талапты алып тастау</translation>
    </message>
    <message>
        <source>Why is “{0}” removed? It stays in the record, struck through, with your reason.</source>
        <translation>«{0}» талабы неліктен алынып тасталады? Ол тізілімде сызылған күйде, Сіз көрсеткен себеппен қалады.</translation>
    </message>
    <message>
        <source>right added: {0}</source>
        <translation>талап қосылды: {0}</translation>
    </message>
    <message>
        <source>right removed: {0}</source>
        <translation>талап алынып тасталды: {0}</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Import an email file…</source>
        <translation>Эл. хат файлын импорттау…</translation>
    </message>
    <message>
        <source>An .eml or .msg file saved from your mail program (you can also drop it here)</source>
        <translation>Пошта бағдарламасынан сақталған .eml немесе .msg файлы (оны осында сүйреп әкелуге де болады)</translation>
    </message>
    <message>
        <source>Paste an email…</source>
        <translation>Эл. хатты кірістіру…</translation>
    </message>
    <message>
        <source>Copy the email&apos;s text (and its headers) from your webmail and paste it</source>
        <translation>Эл. хаттың мәтінін (және тақырыптамаларын) веб-поштадан көшіріп, кірістіріңіз</translation>
    </message>
    <message>
        <source>Log a phone call…</source>
        <translation>Телефон қоңырауын тіркеу…</translation>
    </message>
    <message>
        <source>While you are on the call</source>
        <translation>Сөйлесіп тұрған кезде</translation>
    </message>
    <message>
        <source>A letter or a visit: Register → New written or in-person request. Help → Guide (F1) shows the daily routine.</source>
        <translation>Пошта арқылы келген хат немесе жеке келу: Тізілім → Жаңа жазбаша немесе жеке қабылдаудағы өтініш. Анықтама → Нұсқаулық (F1) күнделікті жұмысты көрсетеді.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The service&apos;s formats, the workbook first.</extracomment>
        <translation>Excel кітабы (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV кестесі (.csv)</translation>
    </message>
    <message>
        <source>Word journal (.docx)</source>
        <translation>Word журналы (.docx)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Тізілімді экспорттау</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Only requests received in the period</source>
        <translation>Тек осы кезеңде келіп түскендер</translation>
    </message>
    <message>
        <source>The export is a plain file, not encrypted: anyone who gets it can read the personal data in it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Экспорт — шифрланбаған қарапайым файл: оны алған кез келген адам ондағы дербес деректерді оқи алады. Оны қауіпсіз жерде сақтаңыз және қажет болмағанда жойыңыз.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Otinish — first start</source>
        <translation>Otinish — алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Otinish guide</source>
        <translation>Otinish нұсқаулығы</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Record identity check</source>
        <translation>Жеке басын тексеруді тіркеу</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсіл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Тексерген</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>e.g. ID card, last digits 4821</source>
        <translation>мысалы: жеке куәлік, соңғы цифрлары 4821</translation>
    </message>
    <message>
        <source>Never keep a copy of an identity document: write at most its type and the last 4 digits of its number.</source>
        <translation>Жеке басын куәландыратын құжаттың көшірмесін сақтамаңыз: тек құжат түрін және нөмірінің соңғы 4 цифрын ғана жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <source>Import email — {0}</source>
        <translation>Эл. хатты импорттау — {0}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>+7 701 555 12 34</source>
        <translation>+7 701 555 12 34</translation>
    </message>
    <message>
        <source>the name {0}</source>
        <translation>аты {0}</translation>
    </message>
    <message>
        <source>the phone {0}</source>
        <translation>телефоны {0}</translation>
    </message>
    <message>
        <source>The text gives {0}: check the fields above.</source>
        <translation>Мәтінде табылды: {0}. Жоғарыдағы өрістерді тексеріңіз.</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Өтініш беруші көрсеткендей аты-жөні</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(жіберуші көрсетілмеген)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(тақырыбы жоқ)</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Мәтін бойынша анықталды: {0}. Тексеріп, қажет болса белгілерді түзетіңіз.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>Мәтіннен талапты анықтау мүмкін болмады; сұралған талаптарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Кемінде бір талапты белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>not decided yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Инцидент {0}</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңа инцидент</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Data categories affected</source>
        <translation>Қамтылған деректер санаттары</translation>
    </message>
    <message>
        <source>Subjects affected</source>
        <translation>Зардап шеккен субъектілер саны</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Notify the authorized body</source>
        <translation>Уәкілетті органды хабардар ету</translation>
    </message>
    <message>
        <source>Why (or why not)</source>
        <translation>Шешімнің себебі</translation>
    </message>
    <message>
        <source>Notify the subjects</source>
        <translation>Субъектілерді хабардар ету</translation>
    </message>
    <message>
        <source>Why (or why not) for the subjects</source>
        <translation>Субъектілер бойынша шешімнің себебі</translation>
    </message>
    <message>
        <source>The notice to the authorized body is due on {0}: one working day after the day of detection.</source>
        <translation>Уәкілетті органға хабарлама мерзімі — {0}: анықталған күннен кейін бір жұмыс күні.</translation>
    </message>
    <message>
        <source>Send it today.</source>
        <translation>Оны бүгін жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentSentDialog</name>
    <message>
        <source>Mark a letter as sent</source>
        <translation>Хатты жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Жіберу тәсілі</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні мен уақыты</translation>
    </message>
</context>
<context>
    <name>IncidentsEntry</name>
    <message>
        <source>Incidents ({0})</source>
        <translation>Инциденттер ({0})</translation>
    </message>
    <message>
        <source>Breaches of personal-data security: the notice to the authorized body is due one working day after detection</source>
        <translation>Дербес деректер қауіпсіздігінің бұзылуы: уәкілетті органға хабарлама мерзімі — анықталғаннан кейін бір жұмыс күні</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents — breaches of personal-data security</source>
        <translation>Инциденттер — дербес деректер қауіпсіздігінің бұзылуы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>Notice to the authorized body</source>
        <translation>Уәкілетті органға хабарлама</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Жаңа инцидент…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Add affected subject…</source>
        <translation>Зардап шеккен субъектіні қосу…</translation>
    </message>
    <message>
        <source>Make the notice to the authorized body</source>
        <translation>Уәкілетті органға хабарлама дайындау</translation>
    </message>
    <message>
        <source>Make the letter to the subjects</source>
        <translation>Субъектілерге хат дайындау</translation>
    </message>
    <message>
        <source>Mark a letter as sent…</source>
        <translation>Хатты жіберілді деп белгілеу…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Инцидентті жабу</translation>
    </message>
    <message>
        <source>Responsible person…</source>
        <translation>Жауапты адам…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation>хабарлама қажет емес</translation>
    </message>
    <message>
        <source>notice sent</source>
        <translation>хабарлама жіберілді</translation>
    </message>
    <message>
        <source>notice overdue since {0}</source>
        <translation>хабарлама мерзімі {0} өтті</translation>
    </message>
    <message>
        <source>notice due TODAY</source>
        <translation>хабарлама мерзімі — БҮГІН</translation>
    </message>
    <message>
        <source>notice due {0}</source>
        <translation>хабарлама мерзімі — {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body today: {0}. The notice is due one working day after the day of detection.</source>
        <translation>Уәкілетті органды бүгін хабардар етіңіз: {0}. Хабарлама мерзімі — анықталған күннен кейін бір жұмыс күні.</translation>
    </message>
    <message>
        <source>No incident yet. When a breach of personal-data security is detected, register it here at once.</source>
        <translation>Әзірге инцидент жоқ. Дербес деректер қауіпсіздігінің бұзылуы анықталса, оны осында бірден тіркеңіз.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>Detected: {0}</source>
        <translation>Анықталған уақыты: {0}</translation>
    </message>
    <message>
        <source>Notice due: {0} ({1})</source>
        <translation>Хабарлама мерзімі: {0} ({1})</translation>
    </message>
    <message>
        <source>Cause: {0}</source>
        <translation>Себебі: {0}</translation>
    </message>
    <message>
        <source>Data affected: {0}; subjects: {1}</source>
        <translation>Қамтылған деректер: {0}; субъектілер саны: {1}</translation>
    </message>
    <message>
        <source>Measures taken: {0}</source>
        <translation>Қабылданған шаралар: {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body: {0} — {1}</source>
        <translation>Уәкілетті органды хабардар ету: {0} — {1}</translation>
    </message>
    <message>
        <source>Notify the subjects: {0} — {1}</source>
        <translation>Субъектілерді хабардар ету: {0} — {1}</translation>
    </message>
    <message>
        <source>Affected subjects named: {0}</source>
        <translation>Көрсетілген зардап шеккен субъектілер саны: {0}</translation>
    </message>
    <message>
        <source>Letter {0} ({1}): {2}</source>
        <translation>{0} хаты ({1}): {2}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>{0} жіберілді</translation>
    </message>
    <message>
        <source>prepared, not sent</source>
        <translation>дайындалған, жіберілмеген</translation>
    </message>
    <message>
        <source>The notice to the authorized body is made in Kazakh or Russian.</source>
        <translation>Уәкілетті органға хабарлама қазақ немесе орыс тілінде жасалады.</translation>
    </message>
    <message>
        <source>Every letter of this incident is recorded as sent.</source>
        <translation>Осы инцидент бойынша барлық хат жіберілді деп белгіленген.</translation>
    </message>
    <message>
        <source>Close the incident {0}? Its personal data are erased when the retention period is over.</source>
        <translation>{0} инцидентін жабасыз ба? Оның дербес деректері сақтау мерзімі өткен соң жойылады.</translation>
    </message>
    <message>
        <source>Export incidents (a plain, unencrypted file)</source>
        <translation>Инциденттерді экспорттау (қарапайым, шифрланбаған файл)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel кітабы (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) written to {0}.</source>
        <translation>
            <numerusform>%Ln инцидент {0} файлына жазылды.</numerusform>
            <numerusform>%Ln инцидент {0} файлына жазылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingMailDialog</name>
    <message>
        <source>Arrived</source>
        <translation>Келген уақыты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Қазір тексеру</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Қабылдау…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Қабылдамау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <source>Incoming mail (%Ln)</source>
        <translation>
            <numerusform>Кіріс пошта (%Ln)</numerusform>
            <numerusform>Кіріс пошта (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests. Accept one to register it, received when it arrived on the server; dismiss the others with a reason. Nothing on the server is changed.</source>
        <translation>Пошта жәшігіңіздегі өтінішке ұқсайтын эл. хаттар. Эл. хатты өтініш ретінде тіркеу үшін оны қабылдаңыз: хаттың серверге келген уақыты өтініштің келіп түскен уақыты болады; қалғандарын себебін көрсетіп қабылдамаңыз. Серверде ештеңе өзгертілмейді.</translation>
    </message>
    <message>
        <source>No message waits. Check now reads the mailbox of Settings, Mail.</source>
        <translation>Күтіп тұрған эл. хат жоқ. «Қазір тексеру» түймесі Баптаулардың «Пошта» қойындысында көрсетілген пошта жәшігін оқиды.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Why is this message not a request? (e.g. spam, a reply to our letter)</source>
        <translation>Бұл эл. хат неге өтініш емес? (мысалы: спам, біздің хатымызға жауап)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>Request {0} logged.</source>
        <translation>{0} өтініші тіркелді.</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Эл. хатты импорттау</translation>
    </message>
    <message>
        <source>Email files (*.eml *.msg *.EML *.MSG)</source>
        <translation>Эл. хат файлдары (*.eml *.msg *.EML *.MSG)</translation>
    </message>
    <message>
        <source>Only .eml and .msg email files can be imported.</source>
        <translation>Тек .eml және .msg эл. хат файлдарын импорттауға болады.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are already in the register:</source>
        <translation>
            <numerusform>%Ln эл. хат тізілімде бұрыннан бар:</numerusform>
            <numerusform>%Ln эл. хат тізілімде бұрыннан бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import again?</source>
        <translation>Қайта импорттау керек пе?</translation>
    </message>
    <message>
        <source>To import again as a new request, give the reason (its history keeps it); otherwise it is skipped.</source>
        <translation>Жаңа өтініш ретінде қайта импорттау үшін себебін көрсетіңіз (ол өтініш тарихында сақталады); әйтпесе хат өткізіп жіберіледі.</translation>
    </message>
    <message>
        <source>{0} was not imported: it is already in the register as {1}.</source>
        <translation>{0} файлы импортталмады: бұл хат тізілімде {1} ретінде бар.</translation>
    </message>
    <message>
        <source>imported again</source>
        <translation>қайта импортталды</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email(s) imported.</source>
        <translation>
            <numerusform>%Ln эл. хат импортталды.</numerusform>
            <numerusform>%Ln эл. хат импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already in the register, not imported again:</source>
        <translation>
            <numerusform>%Ln эл. хат тізілімде бұрыннан бар, қайта импортталмады:</numerusform>
            <numerusform>%Ln эл. хат тізілімде бұрыннан бар, қайта импортталмады:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported:</source>
        <translation>
            <numerusform>%Ln файлды импорттау мүмкін болмады:</numerusform>
            <numerusform>%Ln файлды импорттау мүмкін болмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing emails…</source>
        <translation>Эл. хаттар импортталуда…</translation>
    </message>
    <message>
        <source>Drop to import the email(s).</source>
        <translation>Эл. хаттарды импорттау үшін осы жерге тастаңыз.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Runs first however a job ended (&quot;done&quot;, &quot;failed&quot;, &quot;cancelled&quot;); False stops there (the window has no register to show). Emitted when a job ends: &quot;done&quot;, &quot;failed&quot; or &quot;cancelled&quot;.</extracomment>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Starting when the current check ends…</source>
        <translation>Ағымдағы тексеру аяқталғанда басталады…</translation>
    </message>
    <message>
        <source>Wait for the current task to finish, or cancel it.</source>
        <translation>Ағымдағы тапсырманың аяқталуын күтіңіз немесе оны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left half-written.</source>
        <translation>Тоқтатылды; жартылай жазылған файл қалған жоқ.</translation>
    </message>
</context>
<context>
    <name>KeepingActions</name>
    <message>
        <source>Export register (a plain, unencrypted file)</source>
        <translation>Тізілімді экспорттау (шифрланбаған қарапайым файл)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) exported to {0}. It is a plain file, not encrypted: keep it safe.</source>
        <translation>
            <numerusform>%Ln өтініш {0} файлына экспортталды. Бұл шифрланбаған қарапайым файл: оны қауіпсіз сақтаңыз.</numerusform>
            <numerusform>%Ln өтініш {0} файлына экспортталды. Бұл шифрланбаған қарапайым файл: оны қауіпсіз сақтаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Тізілім экспортталуда…</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Тізілімнің сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Otinish backups (*{0})</source>
        <translation>Otinish сақтық көшірмелері (*{0})</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Сақтық көшірме сақталды: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Тізілімнің сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>A recovery passphrase gets the register&apos;s key back when this computer&apos;s keychain is lost (a new computer, a reset profile, a reinstalled system), for the register and its backups. Otinish shows it once: write it down and keep it apart from the computer. A new one replaces the one made before. Make it now?</source>
        <translation>Қалпына келтіру құпия фразасы осы компьютердің кілттер қоймасы жоғалса (жаңа компьютер, қалпына келтірілген профиль, қайта орнатылған жүйе), тізілім мен оның сақтық көшірмелерінің кілтін қайтарады. Otinish оны бір рет көрсетеді: оны жазып алып, компьютерден бөлек сақтаңыз. Жаңа фраза бұрын жасалғанын ауыстырады. Қазір жасау керек пе?</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Otinish backups (*{0});;All files (*)</source>
        <translation>Otinish сақтық көшірмелері (*{0});;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register {0} with the backup {1} of {2}, which holds %Ln request(s)? A safety copy of the register as it is now is kept next to it first; everything recorded after that backup is then lost from the register, and only the safety copy keeps it.</source>
        <translation>
            <numerusform>{0} тізілімін {2} күнгі {1} сақтық көшірмесімен ауыстыру керек пе? Көшірмеде %Ln өтініш бар. Алдымен тізілімнің қазіргі күйінің көшірмесі оның жанында сақталады; сол сақтық көшірмеден кейін жазылғанның бәрі тізілімнен жоғалады және тек осы көшірмеде қалады.</numerusform>
            <numerusform>{0} тізілімін {2} күнгі {1} сақтық көшірмесімен ауыстыру керек пе? Көшірмеде %Ln өтініш бар. Алдымен тізілімнің қазіргі күйінің көшірмесі оның жанында сақталады; сол сақтық көшірмеден кейін жазылғанның бәрі тізілімнен жоғалады және тек осы көшірмеде қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register was restored from {0} (%Ln request(s)). The register as it was before is kept in {1}.</source>
        <translation>
            <numerusform>Тізілім {0} көшірмесінен қалпына келтірілді (%Ln өтініш). Тізілімнің бұрынғы күйі мына файлда сақталды: {1}.</numerusform>
            <numerusform>Тізілім {0} көшірмесінен қалпына келтірілді (%Ln өтініш). Тізілімнің бұрынғы күйі мына файлда сақталды: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0} ({1})? Names, contacts, texts, originals and copies of letters are erased; numbers, dates, rights and outcomes stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>{0} дейін жабылған %Ln өтініштің ({1}) дербес деректерін жою керек пе? Аты-жөндер, байланыс деректері, мәтіндер, түпнұсқалар мен хаттардың көшірмелері жойылады; нөмірлер, күндер, талаптар мен нәтижелер статистика үшін қалады. Бұл әрекетті қайтару мүмкін емес.</numerusform>
            <numerusform>{0} дейін жабылған %Ln өтініштің ({1}) дербес деректерін жою керек пе? Аты-жөндер, байланыс деректері, мәтіндер, түпнұсқалар мен хаттардың көшірмелері жойылады; нөмірлер, күндер, талаптар мен нәтижелер статистика үшін қалады. Бұл әрекетті қайтару мүмкін емес.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %Ln request(s) was erased.</source>
        <translation>
            <numerusform>%Ln өтініштің дербес деректері жойылды.</numerusform>
            <numerusform>%Ln өтініштің дербес деректері жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:

{1}

Write it down now: it is not shown again. The key it unlocks is in {2}; keep a copy of that file with your backups. On another computer, “Use the recovery passphrase…” at the start (or the command line&apos;s recover) puts the key back.</source>
        <translation>{0} тізілімінің қалпына келтіру құпия фразасы:

{1}

Оны қазір жазып алыңыз: ол қайта көрсетілмейді. Ол ашатын кілт {2} файлында; сол файлдың көшірмесін сақтық көшірмелермен бірге сақтаңыз. Басқа компьютерде іске қосу кезіндегі «Қалпына келтіру құпия фразасын енгізу…» батырмасы (немесе recover командасы) кілтті қайтарады.</translation>
    </message>
    <message>
        <source>The register cannot be opened again ({0}); start Otinish again.</source>
        <translation>Тізілімді қайта ашу мүмкін болмады ({0}); Otinish бағдарламасын қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Тізілім қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Erasing old personal data…</source>
        <translation>Ескі дербес деректер жойылуда…</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Бір құпия фразаны екі рет енгізіңіз.</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>Құпия фразалар сәйкес келеді.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Кемінде %Ln таңба.</numerusform>
            <numerusform>Кемінде %Ln таңба.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>Кемінде %Ln таңбадан тұратын құпия фраза таңдаңыз.</numerusform>
            <numerusform>Кемінде %Ln таңбадан тұратын құпия фраза таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Құпия фразалар сәйкес келмейді; оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The register&apos;s key</source>
        <translation>Тізілім кілті</translation>
    </message>
    <message>
        <source>The register is one encrypted file; this is how it is unlocked.</source>
        <translation>Тізілім — бір шифрланған файл; мұнда оның қалай ашылатыны таңдалады.</translation>
    </message>
    <message>
        <source>The passphrase is taken from the OTINISH_PASSPHRASE environment variable; nothing to choose here.</source>
        <translation>Құпия фраза OTINISH_PASSPHRASE орта айнымалысынан алынады; мұнда ештеңе таңдаудың қажеті жоқ.</translation>
    </message>
    <message>
        <source>This computer has a system keychain. Otinish can keep a random key there and unlock the register when you log in, with nothing to remember. Or you can choose a passphrase to type at every start.</source>
        <translation>Бұл компьютерде жүйелік кілттер қоймасы бар. Otinish онда кездейсоқ кілтті сақтап, жүйеге кірген кезде тізілімді аша алады — ештеңе есте сақтаудың қажеті жоқ. Немесе әр іске қосқан сайын енгізетін құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Otinish can use, so the register is locked with a passphrase you type at every start. Choose one you will remember: if it is lost, nobody can open the register, not even us.</source>
        <translation>Бұл компьютерде Otinish пайдалана алатын жүйелік кілттер қоймасы жоқ, сондықтан тізілім әр іске қосқан сайын енгізетін құпия фразамен қорғалады. Ұмытпайтын фразаны таңдаңыз: ол жоғалса, тізілімді ешкім, тіпті біз де, аша алмайды.</translation>
    </message>
    <message>
        <source>Keep a random key in the system keychain (recommended)</source>
        <translation>Кездейсоқ кілтті жүйелік қоймада сақтау (ұсынылады)</translation>
    </message>
    <message>
        <source>Use a passphrase I type at every start</source>
        <translation>Іске қосқан сайын енгізетін құпия фразаны пайдалану</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Тағы бір рет</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Letter {0} prepared, not sent yet: {1}. Mark it as sent once it has gone.</source>
        <translation>{0} хаты дайындалды, бірақ әлі жіберілген жоқ: {1}. Хат кеткен соң, оны жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>{0} is already recorded as sent on {1}.</source>
        <translation>{0} хаты {1} жіберілді деп тіркеліп қойған.</translation>
    </message>
    <message>
        <source>{0} recorded as sent on {1} ({2}).</source>
        <translation>{0} хаты {1} жіберілді деп тіркелді ({2}).</translation>
    </message>
    <message>
        <source>There is no letter {0} in this request.</source>
        <translation>Бұл өтініште {0} хаты жоқ.</translation>
    </message>
    <message>
        <source>No letter of {0} is waiting to be recorded as sent.</source>
        <translation>{0} өтінішінде жіберілді деп белгілеуді күтіп тұрған хат жоқ.</translation>
    </message>
    <message>
        <source>The file of letter {0} is no longer in {1}. Save a copy from the register?</source>
        <translation>{0} хатының файлы {1} қалтасында енді жоқ. Тізілімдегі көшірмесін сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Хаттың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Түпнұсқаны сақтау</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Generate letter</source>
        <extracomment>The warnings Settings can put right: the tab where the missing language is filled in. The problems that keep a letter from being made until Settings are filled in: the tab (at the register&apos;s own language, the record every other language falls back to). The problems of a letters folder that refuses letters: another folder is offered. Settings at the tab that puts the problem right, when Settings can. The warning shown for each code, and its Settings button where there is one.</extracomment>
        <translation>Хат дайындау</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation>Сіздің абзацыңыз</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздер</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Make and open</source>
        <translation>Жасау және ашу</translation>
    </message>
    <message>
        <source>The .docx is saved in {0} and opened in your word processor; a copy stays in the register. It is only prepared: mark it as sent once it has gone.</source>
        <translation>.docx файлы {0} қалтасына сақталып, мәтіндік редакторда ашылады; көшірмесі тізілімде қалады. Хат тек дайындалады: ол кеткен соң, жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Letters made</source>
        <translation>Дайындалған хаттар</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>мерзімі {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>{0} жіберілді</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>әлі жіберілген жоқ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Tick at least one purpose this withdrawal concerns.</source>
        <translation>Келісімді кері қайтарып алуға қатысты кемінде бір мақсатты белгілеңіз.</translation>
    </message>
    <message>
        <source>Required for this letter: explain in your own words.</source>
        <translation>Бұл хат үшін міндетті: өз сөзіңізбен түсіндіріңіз.</translation>
    </message>
    <message>
        <source>Optional: a paragraph of your own for the letter.</source>
        <translation>Міндетті емес: хатқа өз абзацыңызды қосуға болады.</translation>
    </message>
    <message>
        <source>You will be asked for the reason to make it anyway.</source>
        <translation>Оны бәрібір жасау үшін себебін көрсету сұралады.</translation>
    </message>
    <message>
        <source>Fill in the requisites…</source>
        <translation>Деректемелерді толтыру…</translation>
    </message>
    <message>
        <source>Fill in the profile…</source>
        <translation>Профильді толтыру…</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Басқа қалтаны таңдау…</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Хаттар қалтасы</translation>
    </message>
    <message>
        <source>Settings, at this language&apos;s tab</source>
        <translation>Баптаулар, осы тілдің қойындысы</translation>
    </message>
    <message>
        <source>The letter contradicts the record</source>
        <translation>Хат тізілімдегі жазбаға қайшы келеді</translation>
    </message>
    <message>
        <source>Make it anyway? Give the reason; the request&apos;s history keeps it.</source>
        <translation>Хатты бәрібір жасайсыз ба? Себебін көрсетіңіз — ол өтініш тарихында сақталады.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Out. No.</source>
        <translation>Шығыс №</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Жіберілді деп белгілеу…</translation>
    </message>
    <message>
        <source>Record when and how the selected letter reached the requester: only then does a reply answer</source>
        <translation>Таңдалған хаттың өтініш берушіге қашан және қалай жеткенін тіркеу: жауап тек содан кейін берілді деп саналады</translation>
    </message>
    <message>
        <source>Reply by email…</source>
        <translation>Эл. поштамен жауап беру…</translation>
    </message>
    <message>
        <source>Send the selected letter to the requester by email, or save it as a draft for your mail client</source>
        <translation>Таңдалған хатты өтініш берушіге эл. поштамен жіберу немесе оны пошта бағдарламасы үшін жоба ретінде сақтау</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the letter&apos;s file</comment>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Originals kept in the register</source>
        <translation>Тізілімде сақталған түпнұсқалар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Date saved</source>
        <translation>Сақталған күні</translation>
    </message>
    <message>
        <source>Save the original…</source>
        <translation>Түпнұсқаны сақтау…</translation>
    </message>
    <message>
        <source>sent on {0} ({1})</source>
        <translation>{0} жіберілді ({1})</translation>
    </message>
    <message>
        <source>prepared on {0}</source>
        <comment>a letter made, not sent yet</comment>
        <translation>{0} дайындалды</translation>
    </message>
    <message>
        <source>Sent on {0} ({1}); prepared on {2}.</source>
        <translation>{0} жіберілді ({1}); {2} дайындалған.</translation>
    </message>
    <message>
        <source>Prepared on {0}; not recorded as sent yet: mark it as sent once it has gone.</source>
        <translation>{0} дайындалды; жіберілгені әлі тіркелмеген: хат кеткен соң, оны жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Хаттардың әдепкі тілі</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Хаттар қалтасы</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Сіздің үлгілеріңіз</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Copy the defaults there</source>
        <translation>Әдепкі үлгілерді көшіру</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Әдепкі үлгілерге қайтару</translation>
    </message>
    <message>
        <source>A template in this folder replaces the default of the same name (e.g. refusal.ru.docx). Edit it in Word; keep the fields in {{ }} as they are.</source>
        <translation>Осы қалтадағы үлгі аттас әдепкі үлгінің орнына қолданылады (мысалы, refusal.ru.docx). Оны Word-та өңдеңіз; {{ }} ішіндегі өрістерді өзгертпеңіз.</translation>
    </message>
    <message>
        <source>Outgoing number and executor</source>
        <translation>Шығыс нөмірі және орындаушы</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Нөмір пішімі</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Орындаушының телефоны</translation>
    </message>
    <message>
        <source>{year} is the year and {seq} the letter&apos;s count within it; {seq:04d} writes the count with four digits (0012). The register keeps its own numbers (OUT-2026-0012) whatever the format.</source>
        <translation>{year} – жыл, {seq} – хаттың сол жылғы реттік нөмірі; {seq:04d} оны төрт цифрмен жазады (0012). Пішім қандай болса да, тізілім өз нөмірлерін сақтайды (OUT-2026-0012).</translation>
    </message>
    <message>
        <source>e.g. Zhumabayeva D.K.</source>
        <translation>мысалы: Жұмабаева Д.Қ.</translation>
    </message>
    <message>
        <source>e.g. +7 7172 79 00 12</source>
        <translation>мысалы: +7 7172 79 00 12</translation>
    </message>
    <message>
        <source>Printed under the signature of every letter: “Prepared by: name, tel. phone”. Leave the name empty for no such line.</source>
        <translation>Әр хаттың қолтаңбасының астында басылады: «Орынд.: аты-жөні, тел. телефон». Бұл жол керек болмаса, атын бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Authorized body named in refusals</source>
        <translation>Бас тартуларда аталатын уәкілетті орган</translation>
    </message>
    <message>
        <source>A refusal tells the requester they may appeal to the authorized body for personal data protection (also through e-Otinish) or to a court. When the body is renamed, write its new name here; an empty field uses the name shown in grey.</source>
        <translation>Бас тарту туралы хатта өтініш берушінің дербес деректерді қорғау жөніндегі уәкілетті органға (соның ішінде e-Otinish арқылы) немесе сотқа шағымдана алатыны айтылады. Орган қайта аталса, жаңа атауын осында жазыңыз; бос өріс сұр түспен көрсетілген атауды қолданады.</translation>
    </message>
    <message>
        <source>Next letter: Ref. {0}</source>
        <translation>Келесі хат: Шығыс № {0}</translation>
    </message>
    <message>
        <source>Letters go to {0}, the folder you chose, in a folder per year and request.</source>
        <translation>Хаттар {0} қалтасына сақталады — сіз таңдаған қалтаға, әр жыл мен әр өтінішке жеке қалтамен.</translation>
    </message>
    <message>
        <source>Letters go to {0} in your Documents folder, in a folder per year and request.</source>
        <translation>Хаттар «Құжаттар» қалтасындағы {0} қалтасына сақталады, әр жыл мен әр өтінішке жеке қалтамен.</translation>
    </message>
    <message>
        <source>Letters go to {0}, on this computer: your Documents folder is in OneDrive, which would copy the letters (personal data) to the cloud. Choose a folder to change it.</source>
        <translation>Хаттар осы компьютердегі {0} қалтасына сақталады: «Құжаттар» қалтаңыз OneDrive ішінде, ол хаттарды (дербес деректерді) бұлтқа көшірер еді. Өзгерту үшін қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Letters go to {0}, inside OneDrive (your Documents folder is there), which copies them (personal data) to the cloud. Choose a folder on this computer to change it.</source>
        <translation>Хаттар OneDrive ішіндегі {0} қалтасына сақталады («Құжаттар» қалтаңыз сонда), ол оларды (дербес деректерді) бұлтқа көшіреді. Өзгерту үшін осы компьютердегі қалтаны таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s) copied; your own were kept.</source>
        <translation>
            <numerusform>%Ln үлгі көшірілді; өз үлгілеріңіз сақталды.</numerusform>
            <numerusform>%Ln үлгі көшірілді; өз үлгілеріңіз сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no templates of your own; the defaults are in use.</source>
        <translation>Өз үлгілеріңіз жоқ; әдепкі үлгілер қолданылады.</translation>
    </message>
    <message numerus="yes">
        <source>Use the default templates again? Your %Ln template(s) are moved into a folder named “replaced” next to them, not deleted.</source>
        <translation>
            <numerusform>Әдепкі үлгілерді қайта қолдану керек пе? %Ln үлгіңіз жойылмайды, жанындағы «replaced» қалтасына ауыстырылады.</numerusform>
            <numerusform>Әдепкі үлгілерді қайта қолдану керек пе? %Ln үлгіңіз жойылмайды, жанындағы «replaced» қалтасына ауыстырылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>These templates could not be moved and are still in use: {0}. Close them in Word and try again.</source>
        <translation>Бұл үлгілерді жылжыту мүмкін болмады, олар әлі де қолданылады: {0}. Оларды Word-та жауып, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <source>Incoming mail: %Ln message(s) to review</source>
        <translation>
            <numerusform>Кіріс пошта: %Ln эл. хат қарауды күтуде</numerusform>
            <numerusform>Кіріс пошта: %Ln эл. хат қарауды күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) in Incoming mail.</source>
        <translation>
            <numerusform>«Кіріс пошта» бөлімінде %Ln жаңа эл. хат бар.</numerusform>
            <numerusform>«Кіріс пошта» бөлімінде %Ln жаңа эл. хат бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the mailbox…</source>
        <translation>Пошта жәшігі тексерілуде…</translation>
    </message>
    <message>
        <source>The draft of {0} opened in your mail client. Once you have sent it, record the letter as sent.</source>
        <translation>{0} хатының жобасы пошта бағдарламаңызда ашылды. Оны жіберген соң, хатты жіберілді деп белгілеңіз.</translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation>Жіберілді деп белгілеу…</translation>
    </message>
    <message>
        <source>{0} sent to {1} and recorded as sent.</source>
        <translation>{0} хаты {1} мекенжайына жіберілді және жіберілді деп белгіленді.</translation>
    </message>
    <message>
        <source>Sending {0}…</source>
        <translation>{0} хаты жіберілуде…</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Optional. Nothing goes over the network until you fill in a server. The mailbox is only read: nothing on the server is marked as read, moved or deleted. New messages that look like requests wait under Incoming mail for you to accept or dismiss. Gmail, Yandex and mail.ru need an app password, not your usual one.</source>
        <translation>Міндетті емес. Сервер толтырылмайынша, желі арқылы ештеңе жіберілмейді. Пошта жәшігі тек оқылады: серверде ештеңе оқылды деп белгіленбейді, басқа жерге ауыстырылмайды және жойылмайды. Өтінішке ұқсайтын жаңа эл. хаттар Сіз қабылдағанша немесе қабылдамағанша «Кіріс пошта» бөлімінде күтеді. Gmail, Яндекс және mail.ru үшін әдеттегі құпия сөзіңіз емес, қолданба құпия сөзі қажет.</translation>
    </message>
    <message>
        <source>Mailbox requests arrive in (IMAP)</source>
        <translation>Өтініштер келетін пошта жәшігі (IMAP)</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <translation>Жауаптарды жіберу (SMTP)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <source>Only messages</source>
        <translation>Тек мына эл. хаттар</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Тексеру аралығы</translation>
    </message>
    <message>
        <source>INBOX, or several separated by commas</source>
        <translation>INBOX немесе үтірмен бөлінген бірнеше қалта</translation>
    </message>
    <message>
        <source>to an alias or with these words in the subject, e.g. privacy@ | Персональные данные | Дербес деректер</source>
        <translation>бүркеншік мекенжайға келген немесе тақырыбында осы сөздер бар, мысалы: privacy@ | Персональные данные | Дербес деректер</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when I click Check now</source>
        <translation>«Қазір тексеру» түймесін басқанда ғана</translation>
    </message>
    <message>
        <source>Replies come from</source>
        <translation>Жауаптар жіберілетін мекенжай</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>my register</source>
        <translation>менің тізілімім</translation>
    </message>
    <message>
        <source>Otinish — {0}</source>
        <translation>Otinish — {0}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <source>Drop .eml or .msg files anywhere on the window to import them.</source>
        <translation>Импорттау үшін .eml немесе .msg файлдарын терезенің кез келген жеріне сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Search name, email, phone, number or text</source>
        <translation>Іздеу: аты, пошта, телефон, нөмір немесе мәтін</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Тізілім: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>табылды: %Ln</numerusform>
            <numerusform>табылды: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln өтініш</numerusform>
            <numerusform>%Ln өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this view matches “{0}”.</source>
        <translation>Бұл көріністе «{0}» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>The register is empty. How did the first request come in?</source>
        <translation>Тізілім бос. Бірінші өтініш қалай келіп түсті?</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Бүгін мерзімі келетін өтініш жоқ.</translation>
    </message>
    <message>
        <source>Nothing is due within the next three working days.</source>
        <translation>Алдағы үш жұмыс күнінде мерзімі келетін өтініш жоқ.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Мерзімі өткен өтініш жоқ.</translation>
    </message>
    <message>
        <source>No request is waiting for an identity check.</source>
        <translation>Жеке басын растауды күтіп тұрған өтініш жоқ.</translation>
    </message>
    <message>
        <source>No requests in this view.</source>
        <translation>Бұл көріністе өтініш жоқ.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Алдымен өтінішті таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New phone request</source>
        <translation>Телефон арқылы жаңа өтініш</translation>
    </message>
    <message>
        <source>New written or in-person request</source>
        <translation>Жаңа жазбаша немесе жеке қабылдаудағы өтініш</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>IIN (optional)</source>
        <translation>ЖСН (міндетті емес)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>Өтініш беруші көрсеткендей аты-жөні</translation>
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
        <translation>Өтініш мәні өтініш берушінің сөзімен</translation>
    </message>
    <message>
        <source>What the caller asked, in their words</source>
        <translation>Қоңырау шалушы не сұрады, өз сөзімен</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Мәтін бойынша анықталды: {0}. Тексеріп, қажет болса белгілерді түзетіңіз.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>Мәтіннен талапты анықтау мүмкін болмады; сұралған талаптарды белгілеңіз.</translation>
    </message>
    <message>
        <source>A valid IIN.</source>
        <translation>ЖСН дұрыс.</translation>
    </message>
    <message>
        <source>This is a BIN; a person is identified by an IIN.</source>
        <translation>Бұл БСН; жеке тұлға ЖСН бойынша сәйкестендіріледі.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>Not a valid IIN: check the digits.</source>
        <translation>ЖСН дұрыс емес: цифрларды тексеріңіз.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Кемінде бір талапты белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Hide this notice</source>
        <translation>Бұл хабарламаны жасыру</translation>
    </message>
    <message>
        <source>Otinish ended unexpectedly last time, so the register is being checked. Until the check passes (seconds; longer for a large register) it can be read but not changed.</source>
        <translation>Otinish өткен жолы күтпеген жерден жабылды, сондықтан тізілім тексерілуде. Тексеру аяқталғанша (бірнеше секунд; үлкен тізілімде ұзағырақ) оны оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The register failed its integrity check, so it is open read-only and nothing can be changed. Restore the newest backup.</source>
        <translation>Тізілім тұтастық тексеруінен өтпеді, сондықтан тек оқу үшін ашылды және ештеңені өзгертуге болмайды. Ең соңғы сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) overdue</source>
        <translation>
            <numerusform>мерзімі өткен %Ln өтініш</numerusform>
            <numerusform>мерзімі өткен %Ln өтініш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due by the next working day</source>
        <translation>
            <numerusform>%Ln өтініштің мерзімі келесі жұмыс күніне дейін</numerusform>
            <numerusform>%Ln өтініштің мерзімі келесі жұмыс күніне дейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) to the authorized body due today or overdue</source>
        <translation>
            <numerusform>уәкілетті органға бұзылу туралы %Ln хабарламаның мерзімі бүгін немесе өтіп кеткен</numerusform>
            <numerusform>уәкілетті органға бұзылу туралы %Ln хабарламаның мерзімі бүгін немесе өтіп кеткен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln жыл</numerusform>
            <numerusform>%Ln жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) are past the retention period ({0}): their personal data should now be erased.</source>
        <translation>
            <numerusform>%Ln жабық өтініштің сақтау мерзімі ({0}) өтті: дербес деректерін енді жою керек.</numerusform>
            <numerusform>%Ln жабық өтініштің сақтау мерзімі ({0}) өтті: дербес деректерін енді жою керек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the address…</source>
        <translation>Мекенжайды қосу…</translation>
    </message>
    <message>
        <source>The key of this register is kept only in this computer&apos;s keychain: if the keychain is lost (a new computer, a reset profile), nobody can open the register or its backups. A recovery passphrase, written down and kept apart, gets the key back.</source>
        <translation>Бұл тізілімнің кілті тек осы компьютердің кілттер қоймасында сақталады: қойма жоғалса (жаңа компьютер, қалпына келтірілген профиль), тізілімді де, оның сақтық көшірмелерін де ешкім аша алмайды. Жазып алынып, бөлек сақталған қалпына келтіру құпия фразасы кілтті қайтарады.</translation>
    </message>
    <message>
        <source>Make a recovery passphrase…</source>
        <translation>Қалпына келтіру құпия фразасын жасау…</translation>
    </message>
    <message>
        <source>Needs attention: {0}.</source>
        <translation>Назар аударыңыз: {0}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Review and purge…</source>
        <translation>Қарап шығу және жою…</translation>
    </message>
    <message>
        <source>This is the demo register: invented requests in a separate file ({0}), locked with the passphrase “{1}”. Nothing you do here touches your own register.</source>
        <translation>Бұл — демо-тізілім: ойдан шығарылған өтініштер «{1}» құпия фразасымен қорғалған жеке файлда ({0}). Мұнда не істесеңіз де, өз тізіліміңізге әсер етпейді.</translation>
    </message>
    <message>
        <source>Set up my own register…</source>
        <translation>Өз тізілімімді құру…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>Name</source>
        <extracomment>The signatory&apos;s full name; the position has a field of its own.</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ЖСН немесе БСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>Қол қоюшының толық аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>With the legal form, e.g. ИП Жумабаев Е.К. or ТОО «Ромашка»</source>
        <translation>Ұйымдық-құқықтық нысанымен, мысалы: ИП Жумабаев Е.К. немесе ТОО «Ромашка»</translation>
    </message>
    <message>
        <source>e.g. А.А. Ахметов</source>
        <translation>мысалы, А.А. Ахметов</translation>
    </message>
    <message>
        <source>e.g. Директор; a sole proprietor may leave it empty</source>
        <translation>мысалы, Директор; жеке кәсіпкер бос қалдыра алады</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name as the signatory.</source>
        <translation>Жеке кәсіпкер хаттарға өзі қол қояды: қол қоюшы ретінде иесінің толық аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <source>Give the owner&apos;s full name as the signatory, not the trade name.</source>
        <translation>Қол қоюшы ретінде сауда атауын емес, иесінің толық аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <source>A sole proprietor signs in person: the owner&apos;s full name. A company: the name and position of who signs.</source>
        <translation>Жеке кәсіпкер өзі қол қояды: иесінің толық аты-жөні. Ұйым: қол қоятын адамның аты-жөні мен лауазымы.</translation>
    </message>
    <message>
        <source>Postal address for the letterhead</source>
        <translation>Хат бланкіне арналған пошта мекенжайы</translation>
    </message>
    <message>
        <source>12 digits: the IIN of a sole proprietor or the BIN of a company.</source>
        <translation>12 цифр: жеке кәсіпкердің ЖСН-і немесе ұйымның БСН-і.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ЖСН немесе БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>A valid IIN: the operator is a sole proprietor.</source>
        <translation>ЖСН дұрыс: оператор — жеке кәсіпкер.</translation>
    </message>
    <message>
        <source>A valid BIN: the operator is a legal entity.</source>
        <translation>БСН дұрыс: оператор — заңды тұлға.</translation>
    </message>
    <message>
        <source>Not a valid IIN or BIN: check the digits.</source>
        <translation>ЖСН немесе БСН дұрыс емес: цифрларды тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>You, the operator</source>
        <translation>Сіз — оператор</translation>
    </message>
    <message>
        <source>These details head every letter you send.</source>
        <translation>Бұл мәліметтер әр хатыңыздың бланкісінде көрсетіледі.</translation>
    </message>
    <message>
        <source>You may leave the page empty and fill it in later; letters cannot be made until you do.</source>
        <translation>Бұл бетті бос қалдырып, кейін толтыруға болады; оған дейін хат жасау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>OperatorTab</name>
    <message>
        <source>These details head every letter, in the letter&apos;s language.</source>
        <translation>Бұл деректер әр хаттың басында хаттың тілінде тұрады.</translation>
    </message>
    <message>
        <source>The register&apos;s own record: the IIN/BIN, email and phone are the same in every language, and letters in a language not filled in use these details.</source>
        <translation>Тізілімнің негізгі деректері: ЖСН/БСН, эл. пошта мен телефон барлық тілде бірдей, ал толтырылмаған тілдегі хаттар осы деректерді қолданады.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will use the Russian requisites.</source>
        <translation>Әлі толтырылмаған: осы тілдегі хаттар орыс тіліндегі деректемелерді қолданады.</translation>
    </message>
    <message>
        <source>Letters in this language carry these requisites; the IIN/BIN, email and phone are those of the Russian tab.</source>
        <translation>Осы тілдегі хаттарда осы деректемелер тұрады; ЖСН/БСН, эл. пошта мен телефон орыс тілі қойындысынан алынады.</translation>
    </message>
    <message>
        <source>Fill in the Russian tab first: the IIN/BIN, email and phone of every letter come from it.</source>
        <translation>Алдымен орыс тілі қойындысын толтырыңыз: әр хаттың ЖСН/БСН, эл. поштасы мен телефоны содан алынады.</translation>
    </message>
</context>
<context>
    <name>PasteEmailDialog</name>
    <message>
        <source>Paste an email</source>
        <translation>Эл. хатты кірістіру</translation>
    </message>
    <message>
        <source>Copy the email in your webmail and paste it below: best with its headers (From, Date, Subject), as “Show original” or a forward shows them; the text alone will do if you type the sender and the time it arrived.</source>
        <translation>Эл. хатты веб-поштада көшіріп, төменге кірістіріңіз: «Түпнұсқаны көрсету» немесе қайта жіберу кезінде көрінетін тақырыптамаларымен (Кімнен, Күні, Тақырыбы) бірге болғаны жақсы; жіберушіні және хаттың келген уақытын жазсаңыз, тек мәтіні де жарайды.</translation>
    </message>
    <message>
        <source>From: …
Date: …
Subject: …

The text of the email</source>
        <translation>Кімнен: …
Күні: …
Тақырыбы: …

Эл. хаттың мәтіні</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Алмасу буферінен кірістіру</translation>
    </message>
    <message>
        <source>From, if not in the text</source>
        <translation>Жіберуші (мәтінде болмаса)</translation>
    </message>
    <message>
        <source>name@example.kz or the sender&apos;s name</source>
        <translation>name@example.kz немесе жіберушінің аты</translation>
    </message>
    <message>
        <source>Received on, if not in the text</source>
        <translation>Түскен уақыты (мәтінде болмаса)</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Келесі…</translation>
    </message>
    <message>
        <source>This does not read as an email yet.</source>
        <translation>Бұл әзірге эл. хатқа ұқсамайды.</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>жіберуші {0}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>түскен уақыты {0}</translation>
    </message>
    <message>
        <source>Found in the text: {0}.</source>
        <translation>Мәтінде табылды: {0}.</translation>
    </message>
    <message>
        <source>No headers found in the text.</source>
        <translation>Мәтінде тақырыптамалар табылмады.</translation>
    </message>
    <message>
        <source>Type the sender below.</source>
        <translation>Жіберушіні төменде жазыңыз.</translation>
    </message>
    <message>
        <source>The time received typed below is used.</source>
        <translation>Төменде жазылған түскен уақыты алынады.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>What you process, as an access response lists it. Write one entry per line in the lists.</source>
        <translation>Не өңдейтініңіз — танысу туралы сұрау салуға жауапта көрсетілгендей. Тізімдерде әр жолға бір тармақтан жазыңыз.</translation>
    </message>
    <message>
        <source>The register&apos;s own profile: letters in a language not filled in list this one.</source>
        <translation>Тізілімнің негізгі профилі: толтырылмаған тілдегі хаттар осы профильді көрсетеді.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will list the Russian profile.</source>
        <translation>Әлі толтырылмаған: осы тілдегі хаттар орыс тіліндегі профильді көрсетеді.</translation>
    </message>
    <message>
        <source>Access replies and withdrawal confirmations in this language list this profile.</source>
        <translation>Осы тілдегі танысу туралы сұрау салуға жауаптар мен келісімді кері қайтарып алуды растау хаттары осы профильді көрсетеді.</translation>
    </message>
</context>
<context>
    <name>PurposesChooser</name>
    <message>
        <source>Name only the purposes this withdrawal concerns (usually those based on consent).</source>
        <extracomment>The list is as tall as its purposes, up to this; more scroll.</extracomment>
        <translation>Келісімді кері қайтарып алуға қатысты мақсаттарды ғана белгілеңіз (әдетте келісімге негізделгендері).</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open Otinish</source>
        <extracomment>QSettings keys: this computer&apos;s user&apos;s choices (not the register&apos;s). How often the running app looks for rights that became overdue (and the new day). The longest single wait of the daily timer (a timer is an int of ms; re-planned after).</extracomment>
        <translation>Otinish-ті ашу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) due</source>
        <translation>
            <numerusform>мерзімі жеткен бұзылу туралы хабарлама: %Ln</numerusform>
            <numerusform>мерзімі жеткен бұзылу туралы хабарлама: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due today</source>
        <translation>бүгін мерзімі жеткен ештеңе жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>бүгін мерзімі: %Ln</numerusform>
            <numerusform>бүгін мерзімі: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>мерзімі өткен: %Ln</numerusform>
            <numerusform>мерзімі өткен: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due next working day</source>
        <translation>
            <numerusform>келесі жұмыс күні мерзімі: %Ln</numerusform>
            <numerusform>келесі жұмыс күні мерзімі: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue now</source>
        <translation>
            <numerusform>енді мерзімі өткен: %Ln</numerusform>
            <numerusform>енді мерзімі өткен: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>breach notice</source>
        <translation>бұзылу туралы хабарлама</translation>
    </message>
    <message>
        <source>Otinish keeps running in the tray to remind you of deadlines. The register stays open and locked. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>Otinish мерзімдерді еске салу үшін хабарландыру аймағында жұмысын жалғастырады. Тізілім ашық күйінде қалады және басқа бағдарламалар үшін құлыпталған. Шығу үшін белгішенің мәзірінен «Шығу» таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Daily reminder at</source>
        <translation>Күнделікті еске салу уақыты</translation>
    </message>
    <message>
        <source>On each working day of the Kazakh calendar (weekends and public holidays have none), and whenever Otinish starts: what is due today, overdue, or due by the next working day.</source>
        <translation>Қазақстан күнтізбесі бойынша әр жұмыс күні (демалыс және мереке күндері еске салу жоқ) және Otinish іске қосылған сайын: бүгін мерзімі жеткені, мерзімі өткені және келесі жұмыс күніне дейінгісі.</translation>
    </message>
    <message>
        <source>Name the requester in notifications and calendar events (a lock screen or a shared calendar is not private)</source>
        <translation>Хабарландырулар мен күнтізбе оқиғаларында өтініш берушінің атын көрсету (құлып экраны мен ортақ күнтізбені басқалар да көреді)</translation>
    </message>
    <message>
        <source>Closing the window keeps Otinish running in the tray (the register stays open and locked)</source>
        <translation>Терезе жабылғанда Otinish хабарландыру аймағында жұмысын жалғастырады (тізілім ашық әрі құлыпталған күйде қалады)</translation>
    </message>
    <message>
        <source>Start Otinish at login, minimised</source>
        <translation>Жүйеге кіргенде Otinish-ті жиналған күйде іске қосу</translation>
    </message>
    <message>
        <source>A scheduled task can remind you without Otinish running: the command “otinish-cli remind” (see the README).</source>
        <translation>Otinish іске қосылмаған кезде де кесте бойынша тапсырма еске сала алады: «otinish-cli remind» командасы (README қараңыз).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Otinish cannot keep running in it. The reminder comes when Otinish starts (start it at login), and a scheduled task can run “otinish-cli remind”.</source>
        <translation>Бұл жұмыс үстелінде хабарландыру аймағы жоқ: Otinish онда жұмысын жалғастыра алмайды. Еске салу Otinish іске қосылғанда келеді (оны жүйеге кіргенде іске қосыңыз), ал кесте бойынша тапсырма «otinish-cli remind» орындай алады.</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply by email — {0}</source>
        <translation>Эл. поштамен жауап беру — {0}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Attach a PDF too (made by {0})</source>
        <translation>PDF файлын да тіркеу ({0} арқылы жасалады)</translation>
    </message>
    <message>
        <source>No PDF: LibreOffice is not installed; the .docx goes alone</source>
        <translation>PDF жоқ: LibreOffice орнатылмаған; тек .docx жіберіледі</translation>
    </message>
    <message>
        <source>Attach the original request</source>
        <translation>Өтініштің түпнұсқасын тіркеу</translation>
    </message>
    <message>
        <source>The reply threads under the requester&apos;s message.</source>
        <translation>Жауап өтініш берушінің эл. хатымен бір тізбекке түседі.</translation>
    </message>
    <message>
        <source>The requester&apos;s message is not kept in the register: the reply answers its subject but may not thread under it.</source>
        <translation>Өтініш берушінің эл. хаты тізілімде сақталмаған: жауап оның тақырыбын қайталайды, бірақ онымен бір тізбекке түспеуі мүмкін.</translation>
    </message>
    <message>
        <source>The request did not come by email: the subject is in the letter&apos;s language.</source>
        <translation>Өтініш эл. пошта арқылы келмеген: тақырып хаттың тілінде жазылған.</translation>
    </message>
    <message>
        <source>Save draft and open…</source>
        <translation>Жобаны сақтап, ашу…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Қазір жіберу</translation>
    </message>
    <message>
        <source>Set up the SMTP server in Settings, Mail, to send from here.</source>
        <translation>Осы жерден жіберу үшін SMTP серверін баптаңыз: Баптаулар, «Пошта» қойындысы.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Эл. хат (*.eml)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Кезең бойынша есеп</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Түскен өтініштер</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есептің тілі</translation>
    </message>
    <message>
        <source>A Word report and an Excel annex for an inspection: the journal, counts, deadlines met, late rights, refusals, incidents, the rules in force and the register&apos;s check. They are plain files, not encrypted: keep them safe.</source>
        <translation>Тексеруге арналған Word есебі мен Excel қосымшасы: журнал, жиынтық сандар, мерзімдердің сақталуы, мерзімі өткен талаптар, бас тартулар, инциденттер, қолданыстағы қағидалар және тізілімді тексеру. Бұл шифрланбаған қарапайым файлдар: оларды сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Make report…</source>
        <translation>Есеп жасау…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Есепке арналған қалта</translation>
    </message>
    <message>
        <source>A report of this period in this language is already in that folder. Replace it?</source>
        <translation>Осы кезең бойынша осы тілдегі есеп бұл қалтада бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>The report is in {0} and {1}. The audit trail&apos;s head is {2} ({3} entries). They are plain files, not encrypted: keep them safe.</source>
        <translation>Есеп {0} және {1} файлдарында. Аудит журналының соңғы жазбасы — {2} (жазбалар саны: {3}). Бұл шифрланбаған қарапайым файлдар: оларды сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Identity check of {0} recorded.</source>
        <translation>{0} өтініші бойынша жеке басын тексеру тіркелді.</translation>
    </message>
    <message>
        <source>Action for {0} recorded.</source>
        <translation>{0} өтініші бойынша әрекет тіркелді.</translation>
    </message>
    <message>
        <source>No right of {0} waits for supporting documents.</source>
        <translation>{0} өтінішінің ешбір талабы растайтын құжаттарды күтпейді.</translation>
    </message>
    <message>
        <source>Supporting documents of {0} recorded as received on {1}; due {2}.</source>
        <translation>{0} өтінішінің растайтын құжаттары {1} түсті деп тіркелді; мерзімі: {2}.</translation>
    </message>
    <message>
        <source>{0} closed.</source>
        <translation>{0} өтініші жабылды.</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>Өтінішті қайта ашу</translation>
    </message>
    <message>
        <source>Why is {0} reopened?</source>
        <translation>{0} өтініші неге қайта ашылады?</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation>{0} өтініші қайта ашылды.</translation>
    </message>
    <message>
        <source>The evidence pack is a plain ZIP file, not encrypted, with the request&apos;s personal data, letters and history. Continue?</source>
        <translation>Дәлелдер пакеті — өтініштің дербес деректері, хаттары мен тарихы бар шифрланбаған қарапайым ZIP файлы. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Дәлелдер пакетін сақтау</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP мұрағаттары (*.zip)</translation>
    </message>
    <message>
        <source>Evidence pack of {0} saved: {1}</source>
        <translation>{0} бойынша дәлелдер пакеті сақталды: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Дәлелдер пакеті жасалуда…</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>{channel} · received {when}</source>
        <extracomment>The values that are one word, elided where the panel is too narrow (an email address keeps its start and its domain). (step, letter kind or number or &quot;&quot;) — a next-step button was pressed. The supporting documents of a correction arrived: record the day.</extracomment>
        <translation>{channel} · {when} келіп түсті</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a right registered by mistake</comment>
        <translation>алынып тасталды</translation>
    </message>
    <message>
        <source>done {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>{0} қаралды</translation>
    </message>
    <message>
        <source>waiting for the supporting documents</source>
        <translation>растайтын құжаттар күтілуде</translation>
    </message>
    <message>
        <source>open</source>
        <comment>state of a requested right: not answered yet</comment>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>Deadline basis: {0}</source>
        <translation>Мерзім негізі: {0}</translation>
    </message>
    <message>
        <source>Until the documents arrive, the date is counted from the receipt of the request.</source>
        <translation>Құжаттар түскенге дейін мерзім өтініш келіп түскен күннен есептеледі.</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Алынып тасталды: {0}</translation>
    </message>
    <message>
        <source>No text was recorded for this request.</source>
        <translation>Өтініш мәтіні жазылмаған.</translation>
    </message>
    <message>
        <source>Select a request to see who asked, what for, by when, and everything done since.</source>
        <translation>Кім, не сұрағанын, жауап мерзімін және не істелгенін көру үшін өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Пошта мекенжайы</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Хаттағы қаратпа сөз</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>What the requester wrote or said</source>
        <translation>Өтініш беруші не жазды немесе айтты</translation>
    </message>
    <message>
        <source>Documents received…</source>
        <translation>Құжаттар түсті…</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of the correction arrived: its period runs from then (Ctrl+Shift+D)</source>
        <translation>Өзгертуге қажетті растайтын құжаттардың түскен күнін тіркеу: мерзім содан басталады (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>button: correct the request&apos;s details</comment>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for (Ctrl+E)</source>
        <translation>Өтініш берушінің деректерін немесе талаптарды түзету (Ctrl+E)</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Жеке басын тексеру</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Every requested right is answered.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>Барлық талап қаралды.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue since {0} — %Ln working day(s) late</source>
        <translation>
            <numerusform>Мерзімі {0} өтті — %Ln жұмыс күніне кешіктірілді</numerusform>
            <numerusform>Мерзімі {0} өтті — %Ln жұмыс күніне кешіктірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due {0} — %Ln working day(s) left</source>
        <translation>
            <numerusform>Мерзімі {0} — %Ln жұмыс күні қалды</numerusform>
            <numerusform>Мерзімі {0} — %Ln жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Алынғанын хабарлау</translation>
    </message>
    <message>
        <source>Ask to confirm identity</source>
        <translation>Жеке басын растауды сұрау</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Closed {0}: {1}</source>
        <translation>{0} жабылды: {1}</translation>
    </message>
    <message>
        <source>Due today, {0}</source>
        <translation>Мерзімі бүгін, {0}</translation>
    </message>
    <message>
        <source>Send the reply prepared on {0}</source>
        <translation>{0} дайындалған жауапты жіберу</translation>
    </message>
    <message>
        <source>Mark {0} as sent</source>
        <translation>{0} хатын жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>Write the reply</source>
        <translation>Жауап дайындау</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Хат дайындау</translation>
    </message>
    <message>
        <source>Record identity check</source>
        <translation>Жеке басын тексеруді тіркеу</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>Әрекетті тіркеу</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Өтінішті жабу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Дәлелдер пакеті</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>In. No.</source>
        <extracomment>The views whose count is a warning when it is not zero.</extracomment>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>column: the result of the latest identity check</comment>
        <translation>Жеке басы</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>column: working days left until the due date</comment>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Inbound number of the request</source>
        <translation>Өтініштің кіріс нөмірі</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Өтініш қалай келіп түсті</translation>
    </message>
    <message>
        <source>The latest identity check</source>
        <translation>Жеке басын соңғы тексеру</translation>
    </message>
    <message>
        <source>When the first open right is due</source>
        <translation>Орындалмаған ең жақын талаптың мерзімі</translation>
    </message>
    <message>
        <source>Working days left (negative: overdue)</source>
        <translation>Қалған жұмыс күндері (минус — мерзімі өткен)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation>Жеке басы: {0}</translation>
    </message>
    <message>
        <source>Identity not checked yet</source>
        <translation>Жеке басы әлі тексерілмеген</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln working day(s)</source>
        <translation>
            <numerusform>%Ln жұмыс күніне кешіктірілді</numerusform>
            <numerusform>%Ln жұмыс күніне кешіктірілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>%Ln жұмыс күні қалды</numerusform>
            <numerusform>%Ln жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>Name with its legal form</source>
        <extracomment>The letter languages, the register&apos;s own first (its record is the one the others fall back to). Examples of requisites as letters in each language write them (glossary), shown in the empty fields: they are letter text, not interface text, so they are not translated.</extracomment>
        <translation>Ұйымдық-құқықтық нысанымен атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>Қол қоюшының толық аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>мысалы, {0}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name and address in {0} too, or leave that tab empty.</source>
        <translation>Оператордың атауы мен мекенжайын мына тілде де жазыңыз: {0}; немесе ол қойындыны бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name in {0} too.</source>
        <translation>Жеке кәсіпкер хаттарға өзі қол қояды: иесінің толық аты-жөнін мына тілде де жазыңыз: {0}.</translation>
    </message>
</context>
<context>
    <name>ResponsibleDialog</name>
    <message>
        <source>Person responsible for organising the processing</source>
        <translation>Өңдеуді ұйымдастыруға жауапты адам</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>A breach notice gives this person&apos;s contacts to the authorized body, and the subjects&apos; letter to them.</source>
        <translation>Бұзылу туралы хабарлама бұл адамның байланыс деректерін уәкілетті органға, ал субъектілерге хат — субъектілердің өздеріне хабарлайды.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark {0} as sent</source>
        <translation>{0} хатын жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>{0} — {1}, prepared on {2}</source>
        <translation>{0} — {1}, {2} дайындалды</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Жіберу тәсілі</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні мен уақыты</translation>
    </message>
    <message>
        <source>From this moment the letter counts as sent: a reply answers its rights on this date, and the request is answered once no reply is owed.</source>
        <translation>Осы сәттен бастап хат жіберілген болып саналады: жауап талаптарға осы күні берілген болып есептеледі, ал жауапсыз талап қалмағанда өтініш «жауап жіберілді» мәртебесін алады.</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Жіберілді деп тіркеу</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>TLS (ports 993, 465)</source>
        <translation>TLS (993, 465 порттары)</translation>
    </message>
    <message>
        <source>STARTTLS (ports 143, 587)</source>
        <translation>STARTTLS (143, 587 порттары)</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>Жоқ: шифрланбаған</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпия сөз</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <source>usually the full mail address</source>
        <translation>әдетте толық эл. пошта мекенжайы</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>жүйелік кілттер қоймасында сақталады; бос болса — өзгеріссіз</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Day off</source>
        <extracomment>The tabs, in order, by the names `SettingsDialog(tab=...)` takes.</extracomment>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Processing profile</source>
        <translation>Өңдеу профилі</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Хаттар</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Keeping data</source>
        <translation>Деректерді сақтау</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Еске салулар</translation>
    </message>
    <message>
        <source>The public holidays of Kazakhstan and the days moved by government decree are built into the app and counted without being listed here. This table lists only the days you add yourself: next year&apos;s transferred days once the decree is published, or a religious holiday&apos;s corrected date. Open requests keep their dates.</source>
        <translation>Қазақстанның мемлекеттік мерекелері мен Үкімет қаулысымен ауыстырылған күндер бағдарламаға енгізілген және осында тізілмесе де есепке алынады. Бұл кестеде тек өзіңіз қосқан күндер бар: қаулы жарияланған кезде келесі жылдың ауыстырулары немесе діни мерекенің түзетілген күні. Ашық өтініштердің мерзімдері өзгермейді.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>e.g. Government decree of 20.12</source>
        <translation>мысалы: Үкіметтің 20 желтоқсандағы қаулысы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Retention period for closed requests</source>
        <translation>Жабық өтініштердің сақтау мерзімі</translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>unit after the number in a spin box</comment>
        <translation>
            <numerusform>жыл</numerusform>
            <numerusform>жыл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) past the period.</source>
        <translation>
            <numerusform>Сақтау мерзімі өткен %Ln жабық өтініш.</numerusform>
            <numerusform>Сақтау мерзімі өткен %Ln жабық өтініш.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0}? This cannot be undone.</source>
        <translation>
            <numerusform>{0} дейін жабылған %Ln өтініштің дербес деректерін жою керек пе? Бұл әрекетті қайтару мүмкін емес.</numerusform>
            <numerusform>{0} дейін жабылған %Ln өтініштің дербес деректерін жою керек пе? Бұл әрекетті қайтару мүмкін емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>After this period the personal data of closed requests is erased; numbers, dates and outcomes stay for the statistics.</source>
        <translation>Осы мерзім өткен соң жабық өтініштердің дербес деректері жойылады; нөмірлер, күндер мен нәтижелер статистика үшін қалады.</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Қазір жою…</translation>
    </message>
    <message>
        <source>Once a day, at start, an encrypted copy of the register is made here; the last 14 are kept. Choose a folder on another disk.</source>
        <translation>Күніне бір рет, іске қосқан кезде, мұнда тізілімнің шифрланған көшірмесі жасалады; соңғы 14-і сақталады. Басқа дискідегі қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Affected subject — {0}</source>
        <translation>Зардап шеккен субъект — {0}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Ұялы телефон нөмірі</translation>
    </message>
    <message>
        <source>The notice to the authorized body gives what is needed to notify each subject: the full name and/or IIN and/or mobile number. Kept encrypted; erased by retention.</source>
        <translation>Уәкілетті органға хабарламада әр субъектіні хабардар етуге қажетті мәліметтер көрсетіледі: аты-жөні және (немесе) ЖСН және (немесе) ұялы телефон нөмірі. Шифрланып сақталады; сақтау мерзімі өткенде жойылады.</translation>
    </message>
</context>
<context>
    <name>Switching</name>
    <message>
        <source>There is no register at {0}.</source>
        <translation>{0} жолында тізілім жоқ.</translation>
    </message>
    <message>
        <source>Finish what is open in the window first, then open {0} again.</source>
        <translation>Алдымен терезеде ашық тұрғанды аяқтаңыз, содан кейін {0} файлын қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ашылды</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged ({0})</source>
        <translation>Өтініш тіркелді ({0})</translation>
    </message>
    <message>
        <source>Request voided</source>
        <translation>Өтініштің күші жойылды</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Мәртебе: {0}</translation>
    </message>
    <message>
        <source>Right requested: {0}, due {1}</source>
        <translation>Талап: {0}, мерзімі {1}</translation>
    </message>
    <message>
        <source>Right added: {0}, due {1}</source>
        <translation>Талап қосылды: {0}, мерзімі {1}</translation>
    </message>
    <message>
        <source>Right answered: {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <extracomment>The details kept beside the request row, by their own column names. The order of an import&apos;s lines told at the same moment: the request, its rights, the day their clock started, identity, actions, letters, sendings, rights answered, closing.</extracomment>
        <translation>Талап қаралды: {0}</translation>
    </message>
    <message>
        <source>Imported into the register; the dates above come from the imported records</source>
        <translation>Тізілімге импортталды; жоғарыдағы күндер импортталған жазбалардан алынды</translation>
    </message>
    <message>
        <source>Breach found not confirmed on {0}: {1}, due {2}</source>
        <translation>Бұзушылықтың расталмағаны {0} анықталды: {1}, мерзімі {2}</translation>
    </message>
    <message>
        <source>Supporting documents received on {0}: {1}, due {2}</source>
        <translation>Растайтын құжаттар {0} түсті: {1}, мерзімі {2}</translation>
    </message>
    <message>
        <source>Right open again: {0}</source>
        <translation>Талап қайта ашылды: {0}</translation>
    </message>
    <message>
        <source>Identity check: {0} — {1}</source>
        <translation>Жеке басын тексеру: {0} — {1}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Әрекет: {0}</translation>
    </message>
    <message>
        <source>Letter {0} prepared: {1}</source>
        <translation>{0} хаты дайындалды: {1}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a detail empty before or after an edit</comment>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Edited: {0}</source>
        <translation>Өзгертілді: {0}</translation>
    </message>
    <message>
        <source>Sent {0} ({1})</source>
        <translation>{0} жіберілді ({1})</translation>
    </message>
    <message>
        <source>on {0}</source>
        <comment>sent on a date</comment>
        <translation>жіберілген күні: {0}</translation>
    </message>
    <message>
        <source>Right removed: {0} — {1}</source>
        <translation>Талап алынып тасталды: {0} — {1}</translation>
    </message>
    <message>
        <source>identity check ({0})</source>
        <translation>жеке басын тексеру ({0})</translation>
    </message>
    <message>
        <source>action ({0})</source>
        <translation>әрекет ({0})</translation>
    </message>
    <message>
        <source>Voided: {0} — {1}</source>
        <translation>Күші жойылды: {0} — {1}</translation>
    </message>
    <message>
        <source>Original kept: {0}</source>
        <translation>Түпнұсқа сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>TypesChooser</name>
    <message>
        <source>Rights requested</source>
        <translation>Талаптар</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Otinish</source>
        <translation>Otinish-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>A register of personal-data requests that keeps every deadline.</source>
        <translation>Әр мерзімді қадағалайтын дербес деректер бойынша өтініштер тізілімі.</translation>
    </message>
    <message>
        <source>Three short steps set up your register: the languages, your details as the operator, and where the register&apos;s key is kept. You can change all of it later in Settings.</source>
        <translation>Тізілімді үш қысқа қадаммен баптайсыз: тілдер, оператор ретіндегі мәліметтеріңіз және тізілім кілтінің сақталатын жері. Мұның бәрін кейін баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Usual language of letters</source>
        <translation>Хаттардың негізгі тілі</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invented request(s) over ten years, in a separate file locked with the passphrase “{0}”. Your own register is not touched; set it up whenever you are ready.</source>
        <translation>
            <numerusform>Он жылдағы ойдан шығарылған %Ln өтініш «{0}» құпия фразасымен қорғалған жеке файлда. Өз тізіліміңізге әсер етпейді; дайын болғанда оны құрыңыз.</numerusform>
            <numerusform>Он жылдағы ойдан шығарылған %Ln өтініш «{0}» құпия фразасымен қорғалған жеке файлда. Өз тізіліміңізге әсер етпейді; дайын болғанда оны құрыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look around in a demo register first</source>
        <translation>Алдымен демо-тізілімде танысып шығу</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New &amp;phone request…</source>
        <translation>&amp;Телефон арқылы жаңа өтініш…</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <source>New &amp;written or in-person request…</source>
        <translation>Жаңа &amp;жазбаша немесе жеке қабылдаудағы өтініш…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <source>&amp;Import email…</source>
        <translation>Эл. хатты &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Эл. хатты импорттау</translation>
    </message>
    <message>
        <source>Record &amp;identity check…</source>
        <translation>Жеке басын &amp;тексеруді тіркеу…</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>&amp;Әрекетті тіркеу…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Generate &amp;letter…</source>
        <translation>&amp;Хат дайындау…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Хат</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>Өтінішті &amp;жабу…</translation>
    </message>
    <message>
        <source>&amp;Reopen request…</source>
        <translation>Өтінішті &amp;қайта ашу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>Тізілімді &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>&amp;Дәлелдер пакеті…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>toolbar: record an identity check</comment>
        <translation>Жеке басы</translation>
    </message>
    <message numerus="yes">
        <source>Incoming &amp;mail (%Ln)…</source>
        <extracomment>The toolbar, left to right (None: a separator).</extracomment>
        <translation>
            <numerusform>Кіріс &amp;пошта (%Ln)…</numerusform>
            <numerusform>Кіріс &amp;пошта (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Кіріс пошта</translation>
    </message>
    <message>
        <source>Chec&amp;k mailbox now</source>
        <translation>Пошта жәшігін &amp;қазір тексеру</translation>
    </message>
    <message>
        <source>Check mail</source>
        <translation>Поштаны тексеру</translation>
    </message>
    <message>
        <source>Supporting &amp;documents received…</source>
        <translation>&amp;Растайтын құжаттар түсті…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Mark letter as &amp;sent…</source>
        <translation>Хатты жіберілді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar: correct the request</comment>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>&amp;Void request…</source>
        <translation>Өтініштің &amp;күшін жою…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Күшін жою</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>toolbar: close the request with an outcome</comment>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Rep&amp;ort for a period…</source>
        <translation>Кезең бойынша &amp;есеп…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>&amp;Мерзімдерді күнтізбеге экспорттау…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Add &amp;to calendar…</source>
        <translation>Кү&amp;нтізбеге қосу…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Recovery passp&amp;hrase…</source>
        <translation>Қалпына келтіру құпия &amp;фразасы…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Жиынтық</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>P&amp;aste email…</source>
        <translation>Эл. хатты кі&amp;рістіру…</translation>
    </message>
    <message>
        <source>Paste email</source>
        <translation>Эл. хатты кірістіру</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>&amp;About Otinish</source>
        <translation>Otinish &amp;туралы</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Log a request made by phone, while you are on the call</source>
        <translation>Телефон арқылы келген өтінішті қоңырау кезінде тіркеу</translation>
    </message>
    <message>
        <source>Log a request received by post, in person, through eGov, a web form or a messenger</source>
        <translation>Пошта, жеке қабылдау, eGov, сайттағы нысан немесе мессенджер арқылы келген өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Import .eml or .msg files (you can also drop them on the window)</source>
        <translation>.eml немесе .msg файлдарын импорттау (оларды терезеге сүйреп әкелуге де болады)</translation>
    </message>
    <message>
        <source>Paste an email copied from webmail: its headers and text, or the text alone</source>
        <translation>Веб-поштадан көшірілген эл. хатты кірістіру: тақырыптамалары мен мәтінін немесе тек мәтінін</translation>
    </message>
    <message>
        <source>A short illustrated guide: the daily routine, deadlines, letters, backups</source>
        <translation>Суреттері бар қысқа нұсқаулық: күнделікті жұмыс, мерзімдер, хаттар, сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests, to accept or dismiss</source>
        <translation>Пошта жәшігіңіздегі өтінішке ұқсайтын эл. хаттар: қабылдау немесе қабылдамау</translation>
    </message>
    <message>
        <source>Read new messages from the mailbox of Settings, Mail (nothing on the server is changed)</source>
        <translation>Баптаулардың «Пошта» қойындысында көрсетілген пошта жәшігінен жаңа эл. хаттарды оқу (серверде ештеңе өзгертілмейді)</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked</source>
        <translation>Өтініш берушінің жеке басы қалай тексерілгенін тіркеу</translation>
    </message>
    <message>
        <source>Record what was done: data found, corrected, blocked, deleted</source>
        <translation>Не істелгенін тіркеу: деректер табылды, өзгертілді, бұғатталды, жойылды</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of a correction arrived: its period runs from then</source>
        <translation>Өзгертуге қажетті растайтын құжаттардың түскен күнін тіркеу: мерзім содан басталады</translation>
    </message>
    <message>
        <source>Prepare a letter as a Word document and open it; mark it as sent once it has gone</source>
        <translation>Хатты Word құжаты ретінде дайындау және ашу; хат кеткен соң, оны жіберілді деп белгілеу</translation>
    </message>
    <message>
        <source>Record when and how a prepared letter reached the requester: only then does a reply answer</source>
        <translation>Дайындалған хаттың өтініш берушіге қашан және қалай жеткенін тіркеу: жауап тек содан кейін берілді деп саналады</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for</source>
        <translation>Өтініш берушінің деректерін немесе талаптарды түзету</translation>
    </message>
    <message>
        <source>Void a request registered by mistake: it stays listed, but is no longer counted</source>
        <translation>Қате тіркелген өтініштің күшін жою: ол тізімде қалады, бірақ есепке алынбайды</translation>
    </message>
    <message>
        <source>Close the request with an outcome</source>
        <translation>Өтінішті нәтижемен жабу</translation>
    </message>
    <message>
        <source>Export the register to a plain (unencrypted) file</source>
        <translation>Тізілімді қарапайым (шифрланбаған) файлға экспорттау</translation>
    </message>
    <message>
        <source>A ZIP with everything about the request, for an inspection</source>
        <translation>Тексеру үшін өтініштің барлық материалдары бар ZIP мұрағаты</translation>
    </message>
    <message>
        <source>The inspection pack of a period: a Word report and an Excel annex, in Kazakh, Russian or English</source>
        <translation>Кезең бойынша тексеру пакеті: қазақ, орыс немесе ағылшын тіліндегі Word есебі мен Excel қосымшасы</translation>
    </message>
    <message>
        <source>An iCalendar file with the due date of every open right, with alarms, for your own calendar</source>
        <translation>Әр ашық талаптың мерзімі мен еске салулары бар iCalendar файлы — өз күнтізбеңіз үшін</translation>
    </message>
    <message>
        <source>An iCalendar file with this request&apos;s due dates</source>
        <translation>Осы өтініштің мерзімдері бар iCalendar файлы</translation>
    </message>
    <message>
        <source>An encrypted copy of the register, to a file you choose</source>
        <translation>Тізілімнің шифрланған көшірмесі, өзіңіз таңдаған файлға</translation>
    </message>
    <message>
        <source>Replace the register with a backup; a safety copy of the current one is kept</source>
        <translation>Тізілімді сақтық көшірмемен ауыстыру; қазіргі тізілімнің көшірмесі сақталады</translation>
    </message>
    <message>
        <source>A passphrase, shown once, that gets the register&apos;s key back on another computer if the keychain is lost</source>
        <translation>Бір рет көрсетілетін құпия фраза: кілттер қоймасы жоғалса, ол тізілімнің кілтін басқа компьютерде қайтарады</translation>
    </message>
    <message>
        <source>Figures and a chart of the register</source>
        <translation>Тізілім көрсеткіштері мен диаграммасы</translation>
    </message>
    <message>
        <source>Operator, processing profile, letters, deadlines, calendar, keeping data, interface language</source>
        <translation>Оператор, өңдеу профилі, хаттар, мерзімдер, күнтізбе, деректерді сақтау, интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тізілім</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>When</source>
        <extracomment>A letter prepared and not sent yet (the colour of &quot;due soon&quot;).</extracomment>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Тәсіл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Void…</source>
        <comment>mark a record made by mistake as void</comment>
        <translation>Күшін жою…</translation>
    </message>
    <message>
        <source>Mark the selected identity check as recorded by mistake; it stays in the record, struck through</source>
        <translation>Таңдалған жеке басын тексеруді қате енгізілген деп белгілеу; ол тізілімде сызылған күйде қалады</translation>
    </message>
    <message>
        <source>Mark the selected action as recorded by mistake; the rights only it fulfilled open again</source>
        <translation>Таңдалған әрекетті қате енгізілген деп белгілеу; тек сол арқылы орындалған талаптар қайта ашылады</translation>
    </message>
    <message>
        <source>Voided: {0}</source>
        <translation>Күші жойылды: {0}</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Register passphrase</source>
        <translation>Тізілімнің құпия фразасы</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Сол құпия фразаны қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>The two passphrases differ; please type them again.</source>
        <translation>Құпия фразалар сәйкес келмейді; оларды қайта енгізіңіз.</translation>
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
        <translation>Басқа файлды таңдау…</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>The folder {0} could not be shown: open it in your file manager.</source>
        <translation>{0} қалтасын көрсету мүмкін болмады: оны файл менеджерінде ашыңыз.</translation>
    </message>
    <message>
        <source>The folder {0} could not be opened: open it in your file manager.</source>
        <translation>{0} қалтасын ашу мүмкін болмады: оны файл менеджерінде ашыңыз.</translation>
    </message>
    <message>
        <source>{0} could not be opened: no program on this computer opens this kind of file. It is saved; open it from its folder.</source>
        <translation>{0} файлын ашу мүмкін болмады: бұл компьютерде осындай файлдарды ашатын бағдарлама жоқ. Файл сақталды; оны қалтасынан ашыңыз.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Email from the address on file</source>
        <extracomment>The languages the window can be shown in. Each language named in itself, so a user can find their own in any interface. The identity methods, named from the operator&apos;s side (the letters name them to the data subject, &quot;a call back to the number you gave us&quot;, which reads oddly on a button).</extracomment>
        <translation>Белгілі эл. пошта мекенжайынан хат</translation>
    </message>
    <message>
        <source>Call back to the number on file</source>
        <translation>Белгілі нөмірге кері қоңырау</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Бір реттік код</translation>
    </message>
    <message>
        <source>Electronic digital signature (EDS)</source>
        <translation>Электрондық цифрлық қолтаңба (ЭЦҚ)</translation>
    </message>
    <message>
        <source>Identity document seen in person</source>
        <translation>Жеке басын куәландыратын құжат жеке көрсетілді</translation>
    </message>
    <message>
        <source>Notarised power of attorney</source>
        <translation>Нотариаттық сенімхат</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Мемлекеттік сервис</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Өзге тәсіл</translation>
    </message>
    <message>
        <source>Male («{0}»)</source>
        <extracomment>The form of address a letter uses, chosen by the operator (Russian letters need it: «Уважаемый», «Уважаемая», or a neutral «Здравствуйте»); never guessed. {0} is the greeting of the letter&apos;s language, e.g. «Уважаемый …» or «Құрметті …».</extracomment>
        <translation>Ер адамға («{0}»)</translation>
    </message>
    <message>
        <source>Female («{0}»)</source>
        <translation>Әйел адамға («{0}»)</translation>
    </message>
    <message>
        <source>Neutral («{0}»)</source>
        <translation>Бейтарап («{0}»)</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>The requester&apos;s details an edit may change, as the history names them.</extracomment>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>language</source>
        <translation>тіл</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>пошта мекенжайы</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>хаттағы қаратпа сөз</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <extracomment>The fields of the processing profile, as the settings name them (and problems too).</extracomment>
        <translation>Дербес деректер санаттары</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Өңдеу мақсаттары</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Methods of processing</source>
        <translation>Өңдеу тәсілдері</translation>
    </message>
    <message>
        <source>Storage period</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>Трансшекаралық беру</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Closed: {reason}</source>
        <extracomment>The notes the app writes into the record (app/domain/notes.py), in the window&apos;s words.</extracomment>
        <translation>Жабылды: {reason}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Күші жойылды: {reason}</translation>
    </message>
    <message>
        <source>Imported again (already in {number}): {reason}</source>
        <translation>Қайта импортталды ({number} ішінде бар): {reason}</translation>
    </message>
    <message>
        <source>Letter {number} made despite the record: {reason}</source>
        <translation>{number} хаты тізілім жазбаларына қарамастан жасалды: {reason}</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>{path} құлыптау файлын жасау мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is open in another Otinish window or program; close it there first.</source>
        <translation>{path} тізілімі Otinish-тің басқа терезесінде немесе басқа бағдарламада ашық тұр; алдымен оны сол жерде жабыңыз.</translation>
    </message>
    <message>
        <source>The register {path} has another name on this disk (a hard link, {links} names); two names can lose changes, so it is not opened. Remove the other name first.</source>
        <translation>{path} тізілімінің осы дискіде басқа атауы бар (қатаң сілтеме, атаулар саны: {links}); екі атау арқылы өзгерістер жоғалуы мүмкін, сондықтан ол ашылмады. Алдымен басқа атауын өшіріңіз.</translation>
    </message>
    <message>
        <source>{path} is in the way of the register&apos;s lock file and is not one; it was left alone. Move it away and try again.</source>
        <translation>{path} тізілімнің құлыптау файлының орнын алып тұр, бірақ ол құлыптау файлы емес; оған тиіспедік. Оны басқа жерге жылжытып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register (or it is damaged); check the path, or restore the newest backup.</source>
        <translation>{path} файлы Otinish тізілімі емес (немесе зақымдалған); жолды тексеріңіз немесе ең соңғы сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The register {path} was written by a newer version of Otinish; this version cannot read it correctly, so it did not open it (nothing was changed). Install the newer version to open it.</source>
        <translation>{path} тізілімін Otinish-тің жаңарақ нұсқасы жазған; бұл нұсқа оны дұрыс оқи алмайды, сондықтан ашқан жоқ (ештеңе өзгертілмеді). Оны ашу үшін жаңарақ нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>The register {path} was made by an older Otinish; open it once for writing to update it, then read it again.</source>
        <translation>{path} тізілімі Otinish-тің ескірек нұсқасында жасалған; оны жаңарту үшін бір рет жазуға ашыңыз, содан кейін қайта оқыңыз.</translation>
    </message>
    <message>
        <source>The register {path} is damaged, so it was not backed up (such a copy could not be restored); restore the newest backup.</source>
        <translation>{path} тізілімі зақымдалған, сондықтан сақтық көшірме жасалмады (мұндай көшірмені қалпына келтіру мүмкін болмас еді); ең соңғы сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the register&apos;s key cannot be read; unlock it (log in to the desktop session) and open the register again, or set {env} to the register&apos;s passphrase.</source>
        <translation>Жүйелік кілттер қоймасы құлыпталған, сондықтан тізілімнің кілтін оқу мүмкін емес; оны ашыңыз (жұмыс үстелі сеансына кіріңіз) және тізілімді қайта ашыңыз немесе {env} айнымалысына тізілімнің құпия фразасын жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown request type “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз талап түрі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз арна; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown language “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз тіл; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз мәртебе; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown outcome “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз нәтиже; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown action “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз әрекет түрі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity method “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — жеке басын тексерудің белгісіз тәсілі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity result “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — жеке басын тексерудің белгісіз нәтижесі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown kind of calendar day “{value}” for {day}; allowed: {allowed}.</source>
        <translation>Күнтізбеде {day} күніне белгісіз «{value}» күн түрі көрсетілген; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>A period must be at least one working day.</source>
        <translation>Мерзім кемінде бір жұмыс күні болуы керек.</translation>
    </message>
    <message>
        <source>An identity note may hold the document type and at most its last 4 digits; remove the longer number.</source>
        <translation>Жеке басын тексеру ескертпесінде тек құжат түрі мен соңғы 4 цифрға дейін ғана болуы мүмкін; толық нөмірді алып тастаңыз.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ЖСН немесе БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit of this IIN is not 0-6; check the number (since 2013 it need not encode the century).</source>
        <translation>Бұл ЖСН-нің 7-цифры 0–6 емес; нөмірді тексеріңіз (2013 жылдан бері ол ғасырды білдірмеуі мүмкін).</translation>
    </message>
    <message>
        <source>The first 6 digits of this IIN are not a birth date; check the number (since 2013 they need not be one).</source>
        <translation>Бұл ЖСН-нің алғашқы 6 цифры туған күн емес; нөмірді тексеріңіз (2013 жылдан бері олай болмауы мүмкін).</translation>
    </message>
    <message>
        <source>Digits 3-4 of a BIN must be a month, 01-12.</source>
        <translation>БСН-нің 3- және 4-цифрлары айды (01–12) білдіруі керек.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN (attribute) must be 0-3.</source>
        <translation>БСН-нің алтыншы цифры (белгі) 0-ден 3-ке дейін болуы керек.</translation>
    </message>
    <message>
        <source>No valid {kind} can start with these 11 digits.</source>
        <translation>Осы 11 цифрдан басталатын дұрыс {kind} болмайды.</translation>
    </message>
    <message>
        <source>The check digit of this {kind} is wrong.</source>
        <translation>Бұл {kind} нөмірінің бақылау цифры қате.</translation>
    </message>
    <message>
        <source>A request cannot go from “{current}” to “{new}”.</source>
        <translation>Өтініш «{current}» мәртебесінен «{new}» мәртебесіне ауыса алмайды.</translation>
    </message>
    <message>
        <source>The request is closed; reopen it with a reason first.</source>
        <translation>Өтініш жабылған; алдымен оны себебін көрсетіп қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>Өтініш жабылып қойған.</translation>
    </message>
    <message>
        <source>Only a closed request can be reopened.</source>
        <translation>Тек жабық өтінішті қайта ашуға болады.</translation>
    </message>
    <message>
        <source>Give a reason to reopen a closed request.</source>
        <translation>Жабық өтінішті қайта ашу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The processing profile cannot be read; fill it in again in Settings, tab Processing profile.</source>
        <translation>Өңдеу профилін оқу мүмкін болмады; оны қайта толтырыңыз: Баптаулар, «Өңдеу профилі» қойындысы.</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile: one entry per line.</source>
        <translation>Өңдеу профиліндегі «{field}» өрісін толтырыңыз: әр жолға бір тармақ.</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile.</source>
        <translation>Өңдеу профиліндегі «{field}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>The processing profile has an unknown entry “{field}”; allowed: {allowed}.</source>
        <translation>Өңдеу профилінде белгісіз «{field}» өрісі бар; рұқсат етілген өрістер: {allowed}.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Оператордың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>{value} is not a valid IIN or BIN: {reason}</source>
        <translation>«{value}» — дұрыс ЖСН немесе БСН емес: {reason}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s address.</source>
        <translation>Оператордың мекенжайын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open the register {path}; nothing was changed. Check the passphrase and try again.</source>
        <translation>Құпия фраза немесе кілт {path} тізілімін ашпайды; ештеңе өзгертілмеді. Құпия фразаны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened as a register: {reason}.</source>
        <translation>{path} файлын тізілім ретінде ашу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name or open it instead.</source>
        <translation>{path} файлы бұрыннан бар; басқа жолды таңдаңыз немесе осы файлды ашыңыз.</translation>
    </message>
    <message>
        <source>There is no register at {path}.</source>
        <translation>{path} жолында тізілім жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a register file.</source>
        <translation>{path} — тізілім файлы емес, қалта.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register.</source>
        <translation>{path} файлы Otinish тізілімі емес.</translation>
    </message>
    <message>
        <source>The register {path} is damaged ({reason}); restore the newest backup (Register, Restore from backup).</source>
        <translation>{path} тізілімі зақымдалған ({reason}); ең соңғы сақтық көшірмені қалпына келтіріңіз (Тізілім, «Сақтық көшірмеден қалпына келтіру»).</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Жаңа құпия фраза бос болмауы керек.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; restore a backup before changing its key.</source>
        <translation>Тізілім тұтастық тексеруінен өтпеді; оның кілтін өзгертпес бұрын сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The register {path} is read-only; nothing was saved. Check the file&apos;s permissions.</source>
        <translation>{path} тізілімі тек оқу үшін қолжетімді; ештеңе сақталмады. Файлға қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The register is busy in another program; nothing was saved. Try again.</source>
        <translation>Тізілімді басқа бағдарлама пайдаланып жатыр; ештеңе сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>Диск толы; ештеңе сақталмады. Орын босатыңыз.</translation>
    </message>
    <message>
        <source>The system keychain is locked; the key of the register {path} is kept there (it has no passphrase). Unlock the keychain (log in to the desktop session) and start Otinish again.</source>
        <translation>Жүйелік кілттер қоймасы құлыпталған; {path} тізілімінің кілті сонда сақталады (тізілімнің құпия фразасы жоқ). Кілттер қоймасын ашыңыз (жұмыс үстелі сеансына кіріңіз) және Otinish-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain (log in to the desktop session) and start Otinish again, or restore a backup.</source>
        <translation>{path} тізілімінің кілті жүйелік кілттер қоймасында сақталады, ал ол қазір қолжетімсіз (құлыпталған, іске қосылмаған немесе бұл басқа компьютер); бұл тізілімде енгізетін құпия фраза жоқ. Кілттер қоймасын ашыңыз (жұмыс үстелі сеансына кіріңіз) және Otinish-ті қайта іске қосыңыз немесе сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain and start Otinish again, or put the key back with the register&apos;s recovery passphrase.</source>
        <translation>{path} тізілімінің кілті жүйелік кілттер қоймасында сақталады, ал ол қазір қолжетімсіз (құлыпталған, іске қосылмаған немесе бұл басқа компьютер); бұл тізілімде енгізетін құпия фраза жоқ. Кілттер қоймасын ашып, Otinish-ті қайта іске қосыңыз немесе кілтті тізілімді қалпына келтіру құпия фразасымен қайтарыңыз.</translation>
    </message>
    <message>
        <source>The register is being checked after Otinish ended unexpectedly; nothing was saved. Try again when the check has passed (a few seconds).</source>
        <translation>Otinish күтпеген жерден жабылғаннан кейін тізілім тексерілуде; ештеңе сақталмады. Тексеру аяқталғанда қайталап көріңіз (бірнеше секунд).</translation>
    </message>
    <message>
        <source>The register failed its integrity check ({problem}); it is open read-only. Restore the newest backup.</source>
        <translation>Тізілім тұтастық тексеруінен өтпеді ({problem}); ол тек оқу үшін ашылды. Ең соңғы сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Keep closed requests for 1 to 75 years, not {value}.</source>
        <translation>Жабық өтініштердің сақтау мерзімі 1 жылдан 75 жылға дейін болуы керек; «{value}» мәні жарамсыз.</translation>
    </message>
    <message>
        <source>The operator&apos;s details are incomplete; fill them in again in Settings, tab Operator.</source>
        <translation>Оператор туралы мәліметтер толық емес; оларды қайта толтырыңыз: Баптаулар, «Оператор» қойындысы.</translation>
    </message>
    <message>
        <source>Unknown setting “{key}”; allowed: {allowed}.</source>
        <translation>«{key}» — белгісіз баптау; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>The request (id {id}) is no longer in the register; refresh the view.</source>
        <translation>Өтініш (id {id}) тізілімде енді жоқ; тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Кемінде бір талапты белгілеңіз.</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name.</source>
        <translation>Өтініш берушінің атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Describe the action in a note.</source>
        <translation>Әрекетті ескертпеде сипаттаңыз.</translation>
    </message>
    <message>
        <source>The outgoing number {number} was just taken by another letter; make the letter again.</source>
        <translation>{number} шығыс нөмірі жаңа ғана басқа хатқа берілді; хатты қайта жасаңыз.</translation>
    </message>
    <message>
        <source>There is no request {number}.</source>
        <translation>{number} өтініші табылмады.</translation>
    </message>
    <message>
        <source>The letter (id {id}) is no longer in the register.</source>
        <translation>Хат (id {id}) тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>This letter has no copy in the register (it was purged, or it is a demo letter).</source>
        <translation>Бұл хаттың көшірмесі тізілімде жоқ (ол жойылған немесе бұл демо-хат).</translation>
    </message>
    <message>
        <source>The original (id {id}) is no longer in the register.</source>
        <translation>Түпнұсқа (id {id}) тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the backup.</source>
        <translation>{path} файлы бұрыннан бар; сақтық көшірмеге жаңа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist; create it or choose another.</source>
        <translation>{path} қалтасы жоқ; оны жасаңыз немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>This register was opened without its secret; open it again to back it up.</source>
        <translation>Бұл тізілім құпия фразасыз немесе кілтсіз ашылған; сақтық көшірме жасау үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}.</source>
        <translation>{path} қалтасына жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>The backup to {path} failed ({reason}); nothing was written.</source>
        <translation>{path} файлына сақтық көшірме жасалмады ({reason}); ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>{path} сақтық көшірме файлы табылмады.</translation>
    </message>
    <message>
        <source>{path} is not a backup made with this register&apos;s key (or not a register at all); nothing was changed.</source>
        <translation>{path} файлы осы тізілімнің кілтімен жасалған сақтық көшірме емес (немесе мүлдем тізілім емес); ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an Otinish register; nothing was changed.</source>
        <translation>{path} файлы Otinish тізілімінің сақтық көшірмесі емес; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>{path} сақтық көшірмесі зақымдалған; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the register was not changed.</source>
        <translation>Қалпына келтіру сәтсіз аяқталды ({reason}); тізілім өзгертілмеді.</translation>
    </message>
    <message>
        <source>No system keychain is available; set {env} to a passphrase for the register.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз; тізілімнің құпия фразасын {env} орта айнымалысында көрсетіңіз.</translation>
    </message>
    <message>
        <source>The key of this register is not in the system keychain; set {env} to its passphrase.</source>
        <translation>Бұл тізілімнің кілті жүйелік кілттер қоймасында жоқ; оның құпия фразасын {env} орта айнымалысында көрсетіңіз.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a passphrase for the register.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз; тізілімге құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Тізілімнің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Set the operator&apos;s details first: Settings, tab Operator.</source>
        <translation>Алдымен оператор туралы мәліметтерді толтырыңыз: Баптаулар, «Оператор» қойындысы.</translation>
    </message>
    <message>
        <source>Unknown letter kind “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз хат түрі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>An access response lists what you process: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>Танысу туралы сұрау салуға жауапта не өңдейтініңіз көрсетіледі: алдымен өңдеу профилін толтырыңыз (Баптаулар, «Өңдеу профилі» қойындысы).</translation>
    </message>
    <message>
        <source>Record what was done first ({action}), then make the letter “{kind}”.</source>
        <translation>Алдымен не істелгенін тіркеңіз ({action}), содан кейін «{kind}» хатын жасаңыз.</translation>
    </message>
    <message>
        <source>A withdrawal confirmation names the purposes of processing: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>Келісімді кері қайтарып алуды растауда өңдеу мақсаттары көрсетіледі: алдымен өңдеу профилін толтырыңыз (Баптаулар, «Өңдеу профилі» қойындысы).</translation>
    </message>
    <message>
        <source>Unknown refusal ground “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — бас тартудың белгісіз негізі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>The letter “{kind}” needs your own paragraph: write it under “Your paragraph”.</source>
        <translation>«{kind}» хаты үшін өз абзацыңыз қажет: оны «Сіздің абзацыңыз» өрісіне жазыңыз.</translation>
    </message>
    <message>
        <source>The template {path} is missing; reinstall Otinish or restore the file.</source>
        <translation>{path} үлгісі жоқ; Otinish бағдарламасын қайта орнатыңыз немесе файлды қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The template {path} has a syntax error in a field or tag (line {line}): {reason}.</source>
        <translation>{path} үлгісінде өрісте немесе тегте синтаксистік қате бар ({line}-жол): {reason}.</translation>
    </message>
    <message>
        <source>The template {path} cannot be read as a Word document: {reason}.</source>
        <translation>{path} үлгісін Word құжаты ретінде оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The template {path} uses the field “{field}”, which the letter “{kind}” does not have; correct the field&apos;s name.</source>
        <translation>{path} үлгісінде «{kind}» хатында жоқ «{field}» өрісі қолданылған; өрістің атауын түзетіңіз.</translation>
    </message>
    <message>
        <source>The template {path} uses a field that does not exist ({reason}); correct the field&apos;s name.</source>
        <translation>{path} үлгісінде жоқ өріс қолданылған ({reason}); өрістің атауын түзетіңіз.</translation>
    </message>
    <message>
        <source>The template {path} cannot be filled in: {reason}.</source>
        <translation>{path} үлгісін толтыру мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not named &lt;kind&gt;.&lt;{languages}&gt;.docx.</source>
        <translation>{file} файлының атауы &lt;kind&gt;.&lt;{languages}&gt;.docx пішімінде емес.</translation>
    </message>
    <message>
        <source>The file {path} already exists; letters are never overwritten.</source>
        <translation>{path} файлы бұрыннан бар; хаттардың үстінен ешқашан жазылмайды.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: permission denied; choose another letters folder in Settings, tab Letters.</source>
        <translation>{path} қалтасына жазу мүмкін болмады: рұқсат жоқ; хаттар үшін басқа қалтаны таңдаңыз: Баптаулар, «Хаттар» қойындысы.</translation>
    </message>
    <message>
        <source>The disk is full; the letter was not saved in {path}. Free some space and try again.</source>
        <translation>Диск толы; хат {path} қалтасына сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The folder {path} is read-only; choose another letters folder in Settings, tab Letters.</source>
        <translation>{path} қалтасы тек оқуға арналған; хаттар үшін басқа қалтаны таңдаңыз: Баптаулар, «Хаттар» қойындысы.</translation>
    </message>
    <message>
        <source>Cannot write the letter to {path}: {reason}.</source>
        <translation>Хатты {path} файлына жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is on a network folder: it is opened for one program at a time there, without its write-ahead log, and a dropped connection can still damage it. A folder on this computer is safer (keep backups on the network instead).</source>
        <translation>{path} тізілімі желілік қалтада орналасқан: онда ол бір уақытта тек бір бағдарламамен, алдын ала жазу журналынсыз ашылады, ал байланыстың үзілуі бәрібір оны бүлдіруі мүмкін. Осы компьютердегі қалта сенімдірек (желіде сақтық көшірмелерді сақтаған дұрыс).</translation>
    </message>
    <message>
        <source>The register {path} is inside OneDrive, which syncs it while it is open: it can make conflict copies of it, or leave only an online placeholder. Move it to a folder on this computer that OneDrive does not sync.</source>
        <translation>{path} тізілімі OneDrive ішінде орналасқан, ол тізілім ашық тұрғанда оны синхрондайды: OneDrive оның қайшы көшірмелерін жасауы немесе дискіде бұлттағы файлдың орнын басушысын ғана қалдыруы мүмкін. Тізілімді осы компьютердегі OneDrive синхрондамайтын қалтаға көшіріңіз.</translation>
    </message>
    <message>
        <source>{path} is on a network folder, where a register can be damaged and is opened for one program at a time; a folder on this computer is safer.</source>
        <translation>{path} — желілік қалта: онда тізілім бүлінуі мүмкін және бір уақытта тек бір бағдарламамен ашылады; осы компьютердегі қалта сенімдірек.</translation>
    </message>
    <message>
        <source>{path} is inside OneDrive, which syncs a register while it is open (conflict copies, online-only placeholders); a folder on this computer is safer.</source>
        <translation>{path} OneDrive ішінде орналасқан, ол тізілім ашық тұрғанда оны синхрондайды (қайшы көшірмелер, тек бұлттағы файлдар); осы компьютердегі қалта сенімдірек.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another letters folder in Settings, tab Letters.</source>
        <translation>Windows Otinish-ке {path} ішіне жазуға рұқсат бермеді. Онда жазуды «Қалталарға бақыланатын қатынас» (Windows қауіпсіздігі, Төлем талап ететін бағдарламалардан қорғау) бөгеуі мүмкін: онда Otinish-ке рұқсат беріңіз немесе Баптаулардың «Хаттар» қойындысында басқа хаттар қалтасын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is open in Word or Excel, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} Word немесе Excel бағдарламасында ашық, сондықтан оны ауыстыру мүмкін емес; оны сол жерде жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} басқа бағдарламада пайдаланылуда, сондықтан оны ауыстыру мүмкін емес; оны сол жерде жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another folder; nothing was written.</source>
        <translation>Windows Otinish-ке {path} ішіне жазуға рұқсат бермеді. Онда жазуды «Қалталарға бақыланатын қатынас» (Windows қауіпсіздігі, Төлем талап ететін бағдарламалардан қорғау) бөгеуі мүмкін: онда Otinish-ке рұқсат беріңіз немесе басқа қалтаны таңдаңыз; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same {same}.</source>
        <translation>Қайталануы мүмкін: ашық {number} өтінішінде {same} дәл осындай.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} файлын оқу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}: {reason}).</source>
        <translation>{path} файлы жарамды JSON емес ({line}-жол: {reason}).</translation>
    </message>
    <message>
        <source>Set {env} to the register&apos;s passphrase first.</source>
        <translation>Алдымен тізілімнің құпия фразасын {env} орта айнымалысында көрсетіңіз.</translation>
    </message>
    <message>
        <source>The system keychain refused the key; choose a passphrase instead.</source>
        <translation>Жүйелік кілттер қоймасы кілтті қабылдамады; оның орнына құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>Give a passphrase for the register.</source>
        <translation>Тізілімге құпия фраза енгізіңіз.</translation>
    </message>
    <message>
        <source>A register already exists at {path}; nothing was changed.</source>
        <translation>{path} жолында тізілім бұрыннан бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a new passphrase instead.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз; оның орнына жаңа құпия фраза енгізіңіз.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep the keys; nothing was changed and the register still opens with its old key.</source>
        <translation>Жүйелік кілттер қоймасы кілттерді сақтаудан бас тартты; ештеңе өзгерген жоқ, тізілім бұрынғыша ескі кілтпен ашылады.</translation>
    </message>
    <message>
        <source>The backup {path} opens with an earlier key but could not be re-encrypted with the current one ({reason}); nothing was changed.</source>
        <translation>{path} сақтық көшірмесі бұрынғы кілтпен ашылады, бірақ оны ағымдағы кілтпен қайта шифрлау мүмкін болмады ({reason}); ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>A recovery passphrase is for a register whose key is in the system keychain; this computer has none.</source>
        <translation>Қалпына келтіру құпия фразасы кілті жүйелік кілттер қоймасында сақталатын тізілімге арналған; бұл компьютерде ондай қойма жоқ.</translation>
    </message>
    <message>
        <source>Cannot write the recovery file {path}: {reason}.</source>
        <translation>{path} қалпына келтіру файлын жазу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>There is no recovery file {path} beside the register.</source>
        <translation>Тізілімнің жанында {path} қалпына келтіру файлы жоқ.</translation>
    </message>
    <message>
        <source>That recovery passphrase does not open {path}.</source>
        <translation>Бұл қалпына келтіру құпия фразасы {path} файлын ашпайды.</translation>
    </message>
    <message>
        <source>The recovery file {path} holds a key that no longer opens the register (it was changed since without renewing it).</source>
        <translation>{path} қалпына келтіру файлындағы кілт тізілімді енді ашпайды (кілт содан бері ауыстырылған, ал файл жаңартылмаған).</translation>
    </message>
    <message>
        <source>Give the recovery passphrase.</source>
        <translation>Қалпына келтіру құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the register&apos;s recovery passphrase.</source>
        <translation>Тізілімді қалпына келтіру құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>The backup {path} was changed after it was made: its audit trail differs from the witness written beside it. Nothing was changed; choose another backup.</source>
        <translation>{path} сақтық көшірмесі жасалғаннан кейін өзгертілген: оның аудит журналы жанына жазылған куәлікпен сәйкес келмейді. Ештеңе өзгерген жоқ; басқа сақтық көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <source>Not enough free disk space beside {path} for its re-encrypted copy; nothing was changed and the register still opens with its old key.</source>
        <translation>{path} жанында қайта шифрланған көшірмеге дискіде орын жетпейді; ештеңе өзгерген жоқ, тізілім бұрынғыша ескі кілтпен ашылады.</translation>
    </message>
    <message>
        <source>The register {path} could not be re-encrypted ({reason}); nothing was changed and it still opens with its old key.</source>
        <translation>{path} тізілімін қайта шифрлау мүмкін болмады ({reason}); ештеңе өзгерген жоқ, ол бұрынғыша ескі кілтпен ашылады.</translation>
    </message>
    <message>
        <source>The keychain did not take the new key as the register&apos;s entry; it is kept there as the pending key and the next opening finishes the change.</source>
        <translation>Кілттер қоймасы жаңа кілтті тізілімнің жазбасы ретінде қабылдамады; ол онда күтудегі кілт ретінде сақталды, келесі ашу ауыстыруды аяқтайды.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail is shorter than its witness outside the file ({events} events, {witnessed} witnessed): events were deleted. Compare it with a backup.</source>
        <translation>Тізілімнің аудит журналы файлдан тыс куәлігінен қысқа (оқиғалар: {events}, куәландырылғаны: {witnessed}): оқиғалар өшірілген. Оны сақтық көшірмемен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail differs from its witness outside the file from event {event} on: it was rewritten. Compare it with a backup.</source>
        <translation>Тізілімнің аудит журналы {event} оқиғасынан бастап файлдан тыс куәлігімен сәйкес келмейді: ол қайта жазылған. Оны сақтық көшірмемен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The register&apos;s counter {counter} is {value}, below the {witnessed} witnessed outside the file: it was wound back. Compare it with a backup.</source>
        <translation>Тізілімнің {counter} санауышы {value}, бұл файлдан тыс куәландырылған {witnessed} мәнінен аз: ол кері бұралған. Тізілімді сақтық көшірмемен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The witness of the register {path} outside the file is missing.</source>
        <translation>{path} тізілімінің файлдан тыс куәлігі жоқ.</translation>
    </message>
    <message>
        <source>Another register was witnessed at {path}: this file was put in its place.</source>
        <translation>{path} жолында басқа тізілім куәландырылған: бұл файл соның орнына қойылған.</translation>
    </message>
    <message>
        <source>Give the new passphrase of the register.</source>
        <translation>Жаңа құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — қалта; файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}; choose another folder.</source>
        <translation>{path} қалтасына жазу мүмкін болмады: {reason}; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}; nothing was written.</source>
        <translation>{path} файлын жазу мүмкін болмады: {reason}; ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The disk holding the register is full or cannot be written ({reason}); free some space and try again.</source>
        <translation>Тізілім тұрған диск толы немесе оған жазу мүмкін емес ({reason}); орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to {path}. Free some space or choose another drive.</source>
        <translation>Диск толы; {path} файлына ештеңе жазылмады. Орын босатыңыз немесе басқа дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a register, a backup or one of their files; an export never replaces it: choose another name.</source>
        <translation>{path} — тізілім, сақтық көшірме немесе олардың бір файлы; экспорт оны ешқашан алмастырмайды: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a link or something else); choose another name.</source>
        <translation>{path} — қарапайым файл емес (құрылғы, сілтеме немесе басқа нәрсе); басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} — UTF-8 мәтіні емес; оны UTF-8 түрінде сақтап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The template {path} tries something a letter template may not do ({reason}); fix or remove it.</source>
        <translation>{path} үлгісі хат үлгісіне рұқсат етілмеген әрекетті жасамақ ({reason}); оны түзетіңіз немесе өшіріңіз.</translation>
    </message>
    <message>
        <source>The template {path} makes a letter larger than {limit} characters (a runaway loop?); fix or remove it.</source>
        <translation>{path} үлгісі {limit} таңбадан ұзын хат жасайды (шексіз цикл ме?); оны түзетіңіз немесе өшіріңіз.</translation>
    </message>
    <message>
        <source>The template {path} took longer than {seconds} seconds to fill in (a runaway loop?); fix or remove it.</source>
        <translation>{path} үлгісін толтыру {seconds} секундтан ұзаққа созылды (шексіз цикл ме?); оны түзетіңіз немесе өшіріңіз.</translation>
    </message>
    <message>
        <source>Unknown export format “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» — белгісіз экспорт пішімі; мүмкін мәндер: {allowed}.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Кезеңнің басы оның соңынан кейін тұр.</translation>
    </message>
    <message>
        <source>The register already holds requests; demo data goes into a new or empty register.</source>
        <translation>Тізілімде өтініштер бар; демо-деректер тек жаңа немесе бос тізілімге жазылады.</translation>
    </message>
    <message>
        <source>Message {id} was already accepted as a request.</source>
        <extracomment>Where one template cannot fit every value of a field (Russian says &quot;та же почта&quot; but &quot;тот же телефон&quot;), a sentence per value; `CATALOG` stays the fallback.</extracomment>
        <translation>{id} хабарламасы өтініш ретінде бұрын қабылданған.</translation>
    </message>
    <message>
        <source>Message {id} was already dismissed.</source>
        <translation>{id} хабарламасы бұрын қабылданбаған.</translation>
    </message>
    <message>
        <source>The file {file} is not an email file: only .eml and .msg files can be imported.</source>
        <translation>{file} файлы эл. хат файлы емес: тек .eml және .msg файлдарын импорттауға болады.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>{file} файлы табылмады.</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened: {reason}.</source>
        <translation>{file} файлын ашу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The file name {file} is not valid.</source>
        <translation>«{file}» файл атауы жарамсыз.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an email file.</source>
        <translation>{file} — эл. хат файлы емес, қалта.</translation>
    </message>
    <message>
        <source>{file} is not a regular file and cannot be imported.</source>
        <translation>{file} — қарапайым файл емес, оны импорттауға болмайды.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>{file} файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>{file} файлы бос.</translation>
    </message>
    <message>
        <source>The file {file} is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.</source>
        <translation>{file} файлының көлемі {size_mb:.1f} МБ; көлемі {limit_mb} МБ шегінен асатын эл. хаттар импортталмайды.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an email message: it is damaged or in a format Otinish does not understand.</source>
        <translation>{file} файлын эл. хат ретінде оқу мүмкін болмады: ол зақымдалған немесе Otinish түсінбейтін пішімде.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an Outlook message: it is damaged or in a format Otinish does not understand.</source>
        <translation>{file} файлын Outlook хабарламасы ретінде оқу мүмкін болмады: ол зақымдалған немесе Otinish түсінбейтін пішімде.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has no sender and no readable text.</source>
        <translation>{file} файлы эл. хат емес: онда жіберуші де, оқылатын мәтін де жоқ.</translation>
    </message>
    <message>
        <source>The email {file} has nothing to read: its text and subject are both empty.</source>
        <translation>{file} эл. хатында оқитын ештеңе жоқ: мәтіні де, тақырыбы да бос.</translation>
    </message>
    <message>
        <source>The file {file} is an Outlook .msg message saved with an .eml extension; rename it to .msg and import it again.</source>
        <translation>{file} файлы — .eml кеңейтімімен сақталған Outlook .msg хабарламасы; оның кеңейтімін .msg деп өзгертіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: its MIME headers are nested too deeply to read.</source>
        <translation>{file} файлы зақымдалған: оның MIME тақырыптамалары оқу мүмкін болмайтындай тым терең кірістірілген.</translation>
    </message>
    <message>
        <source>The file {file} is not an Outlook message: a .msg file must be saved by Outlook.</source>
        <translation>{file} файлы Outlook хабарламасы емес: .msg файлы Outlook бағдарламасында сақталған болуы керек.</translation>
    </message>
    <message>
        <source>The file {file} is not a readable Outlook message: it is damaged or another kind of Office file.</source>
        <translation>{file} файлы оқылатын Outlook хабарламасы емес: ол зақымдалған немесе Office-тің басқа түрдегі файлы.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» — эл. пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» — телефон нөмірі емес.</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: {reason}</source>
        <translation>ЖСН «{value}» дұрыс емес: {reason}</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: A requester is identified by an IIN, not a BIN.</source>
        <translation>ЖСН «{value}» дұрыс емес: өтініш беруші БСН бойынша емес, ЖСН бойынша сәйкестендіріледі.</translation>
    </message>
    <message>
        <source>The email has no valid date; the file&apos;s modification time is used.</source>
        <translation>Эл. хатта жарамды күн жоқ; файлдың өзгертілген уақыты алынды.</translation>
    </message>
    <message>
        <source>The email has no valid date; the time of import is used.</source>
        <translation>Эл. хатта жарамды күн жоқ; импорттау уақыты алынды.</translation>
    </message>
    <message>
        <source>The email&apos;s date is in the future; check the time it was received.</source>
        <translation>Эл. хаттың күні болашақта тұр; оның келіп түскен уақытын тексеріңіз.</translation>
    </message>
    <message>
        <source>The email has no sender address.</source>
        <translation>Эл. хатта жіберушінің мекенжайы жоқ.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the email&apos;s text, with its headers if you have them.</source>
        <translation>Ештеңе кірістірілмеді: эл. хаттың мәтінін, бар болса тақырыптамаларымен бірге кірістіріңіз.</translation>
    </message>
    <message>
        <source>The pasted text is over {limit_mb} MB, more than an email holds.</source>
        <translation>Кірістірілген мәтін {limit_mb} МБ шегінен асады — эл. хаттың көлемі мұндай болмайды.</translation>
    </message>
    <message>
        <source>The pasted text is not readable text: copy the email&apos;s text again.</source>
        <translation>Кірістірілген мазмұн оқылатын мәтін емес: эл. хаттың мәтінін қайта көшіріңіз.</translation>
    </message>
    <message>
        <source>The pasted text does not say who wrote it: type the sender&apos;s email address or name.</source>
        <translation>Кірістірілген мәтінде оны кім жазғаны көрсетілмеген: жіберушінің эл. пошта мекенжайын немесе атын жазыңыз.</translation>
    </message>
    <message>
        <source>The pasted text has no date: type when the email was received.</source>
        <translation>Кірістірілген мәтінде күн жоқ: эл. хаттың қашан келіп түскенін жазыңыз.</translation>
    </message>
    <message>
        <source>The pasted text has no date; the received time is the one you typed.</source>
        <translation>Кірістірілген мәтінде күн жоқ; түскен уақыты ретінде сіз жазған уақыт алынды.</translation>
    </message>
    <message>
        <source>The date “{value}” in the pasted text could not be read; the received time is the one you typed.</source>
        <translation>Кірістірілген мәтіндегі «{value}» күнін оқу мүмкін болмады; түскен уақыты ретінде сіз жазған уақыт алынды.</translation>
    </message>
    <message>
        <source>The email has no body text; its subject is used as the text.</source>
        <translation>Эл. хатта мәтін жоқ; мәтін ретінде оның тақырыбы алынды.</translation>
    </message>
    <message>
        <source>The email declares an unknown character set ({charset}); unreadable characters were replaced.</source>
        <translation>Эл. хатта белгісіз кодтау ({charset}) көрсетілген; оқылмайтын таңбалар ауыстырылды.</translation>
    </message>
    <message>
        <source>Part of the text was not valid in its character set and was replaced.</source>
        <translation>Мәтіннің бір бөлігі өз кодтауына сәйкес келмеді, сондықтан ауыстырылды.</translation>
    </message>
    <message>
        <source>The email’s HTML is nested too deeply to lay out; its text was kept without the layout.</source>
        <translation>Эл. хаттың HTML-і пішімдеу үшін тым терең салынған; оның мәтіні пішімсіз сақталды.</translation>
    </message>
    <message>
        <source>The email&apos;s formatted (RTF) text could not be read.</source>
        <translation>Эл. хаттың пішімделген (RTF) мәтінін оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Unknown way of sending “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» жіберу тәсілі белгісіз; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>There is no letter {number} in the register.</source>
        <translation>Тізілімде {number} хаты жоқ.</translation>
    </message>
    <message>
        <source>The letter {number} is already recorded as sent.</source>
        <translation>{number} хаты жіберілген деп тіркеліп қойған.</translation>
    </message>
    <message>
        <source>The letter {number} cannot have been sent before it was made; check the date.</source>
        <translation>{number} хаты жасалмай тұрып жіберілуі мүмкін емес; күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>The sending time of {number} is in the future; check the date.</source>
        <translation>{number} хатының жіберілген уақыты болашақта тұр; күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Түзетудің себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This was already voided.</source>
        <translation>Мұның күші бұрын жойылған.</translation>
    </message>
    <message>
        <source>This request has no identity check {id}; refresh the view.</source>
        <translation>Бұл өтініште {id} жеке басын тексеру жоқ; тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>This request has no action {id}; refresh the view.</source>
        <translation>Бұл өтініште {id} әрекеті жоқ; тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>Unknown field “{field}”.</source>
        <translation>«{field}» өрісі белгісіз.</translation>
    </message>
    <message>
        <source>Unknown form of address “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» қаратпа түрі белгісіз; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>The request already asks for this right ({type}).</source>
        <translation>Өтініште бұл талап ({type}) бар.</translation>
    </message>
    <message>
        <source>The request does not ask for this right ({type}).</source>
        <translation>Өтініште бұл талап ({type}) жоқ.</translation>
    </message>
    <message>
        <source>A request keeps at least one right; void the whole request instead.</source>
        <translation>Өтініште кемінде бір талап қалуы керек; оның орнына бүкіл өтініштің күшін жойыңыз.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has neither a sender nor a date.</source>
        <translation>{file} файлы эл. хат емес: онда жіберуші де, күн де жоқ.</translation>
    </message>
    <message>
        <source>The message {file} is already in the register as {number}.</source>
        <translation>{file} эл. хаты тізілімде {number} ретінде бар.</translation>
    </message>
    <message>
        <source>This letter would contradict the record: {reason}</source>
        <translation>Бұл хат тізілімдегі жазбаға қайшы келеді: {reason}</translation>
    </message>
    <message>
        <source>the data were recorded as destroyed on {date}.</source>
        <translation>деректердің жойылғаны {date} тіркелген.</translation>
    </message>
    <message>
        <source>the processing was recorded as stopped on {date}.</source>
        <translation>өңдеудің тоқтатылғаны {date} тіркелген.</translation>
    </message>
    <message>
        <source>The requester of {number} has no email and no postal address: hand the letter over or read it out, or add the address (Request, Edit).</source>
        <translation>{number} өтініш берушісінің эл. поштасы да, пошта мекенжайы да жоқ: хатты қолма-қол беріңіз не оқып беріңіз, немесе мекенжайды қосыңыз (Өтініш, Өзгерту).</translation>
    </message>
    <message>
        <source>The letter promises an answer on this right ({type}) by {date}, a day already past: make the reply itself instead, or explain the delay in your paragraph.</source>
        <translation>Хат бұл талап ({type}) бойынша жауапты {date} күнінен кешіктірмей беруге уәде етеді, ал бұл күн өтіп кетті: жауаптың өзін дайындаңыз немесе кешігу себебін өз абзацыңызда түсіндіріңіз.</translation>
    </message>
    <message>
        <source>The period for this right ({type}) ended on {date}: this reply is late. If you make it, explain the delay in your paragraph.</source>
        <translation>Бұл талаптың ({type}) мерзімі {date} аяқталды: жауап кешігіп беріледі. Хатты жасасаңыз, кешігу себебін өз абзацыңызда түсіндіріңіз.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same {same}.</source>
        <translation>Қайталануы мүмкін: жақында жабылған {number} өтінішінде {same} дәл осындай.</translation>
    </message>
    <message>
        <source>Give the reason for removing the right.</source>
        <translation>Талапты алып тастау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the reason for importing the message again.</source>
        <translation>Эл. хатты қайта импорттау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The record says no personal data of the requester were found ({date}): an access reply saying that we process them cannot be made; answer with the letter that no data are held. If data were found since, record the action “data found” (a request already answered so is first closed and reopened, giving the reason).</source>
        <translation>Тізілімде өтініш берушінің дербес деректері табылмағаны жазылған ({date}): оларды өңдейтінімізді айтатын танысу туралы жауапты жасауға болмайды; дербес деректердің болмауы туралы хатпен жауап беріңіз. Егер кейін деректер табылса, «деректер табылды» әрекетін тіркеңіз (осылай жауап берілген өтінішті алдымен жауып, себебін көрсетіп қайта ашыңыз).</translation>
    </message>
    <message>
        <source>{date} is before the request was received.</source>
        <translation>{date} – өтініш келіп түскенге дейінгі күн.</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} – болашақтағы күн.</translation>
    </message>
    <message>
        <source>an act on the requester&apos;s data was recorded on {date}.</source>
        <translation>өтініш берушінің деректерімен жасалған әрекет {date} тіркелген.</translation>
    </message>
    <message>
        <source>letter {number}, already made, says the opposite.</source>
        <translation>бұрын жасалған {number} хатында керісінше айтылған.</translation>
    </message>
    <message>
        <source>No open right of this request waits for that ({event}).</source>
        <translation>Бұл өтініштің ашық талаптарының ешқайсысы мұны ({event}) күтпейді.</translation>
    </message>
    <message>
        <source>Your paragraph seems to be in another language ({written}) than the letter ({lang}): translate it, or make the letter in that language.</source>
        <translation>Сіздің абзацыңыз хаттан ({lang}) басқа тілде ({written}) жазылған сияқты: оны аударыңыз немесе хатты сол тілде жасаңыз.</translation>
    </message>
    <message>
        <source>The letter prints the incident&apos;s text «{text}», which seems to be in another language ({written}) than the letter ({lang}): correct it in the letter&apos;s language, or make the letter in that language.</source>
        <translation>Хатта оқиғаның «{text}» мәтіні келтірілген, ол хаттың тілінен ({lang}) басқа тілде ({written}) жазылған сияқты: оны хаттың тілінде түзетіңіз немесе хатты сол тілде жасаңыз.</translation>
    </message>
    <message>
        <source>The letter quotes the action note «{text}», which seems to be in another language ({written}) than the letter ({lang}): void the action and record it again in the letter&apos;s language.</source>
        <translation>Хат «{text}» әрекет жазбасын сөзбе-сөз келтіреді, ол хаттан ({lang}) басқа тілде ({written}) жазылған сияқты: әрекетті күшін жойып, оны хаттың тілінде қайта жазыңыз.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s IIN or BIN, email and phone.</source>
        <translation>Оператордың ЖСН-ін немесе БСН-ін, эл. поштасын және телефонын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The processing profile is not filled in for this language ({lang}) yet: the letter uses the one in another language ({used}).</source>
        <translation>Өңдеу профилі бұл тілде ({lang}) әлі толтырылмаған: хат басқа тілдегі профильді ({used}) пайдаланады.</translation>
    </message>
    <message>
        <source>A refusal states its legal ground: tick at least one ground.</source>
        <translation>Бас тартуда оның заңды негізі көрсетіледі: кемінде бір негізді белгілеңіз.</translation>
    </message>
    <message>
        <source>Every right in this request has already been answered: there is nothing left to refuse.</source>
        <translation>Бұл өтініштің барлық талаптарына жауап берілді: бас тартатын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>The operator&apos;s requisites are not filled in for this language ({lang}) yet: the letter uses those in another language ({used}).</source>
        <translation>Оператордың деректемелері бұл тілде ({lang}) әлі толтырылмаған: хат басқа тілдегі деректемелерді ({used}) пайдаланады.</translation>
    </message>
    <message>
        <source>Give the rule&apos;s citation in this language too ({lang}).</source>
        <translation>Ереженің осы тілдегі ({lang}) сілтемесін де көрсетіңіз.</translation>
    </message>
    <message>
        <source>The rule is incomplete: give its right, period, unit and start date.</source>
        <translation>Ереже толық емес: оның талабын, мерзімін, өлшем бірлігін және басталу күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A period is 1 to 365 days, not {value}.</source>
        <translation>Мерзім 1-ден 365 күнге дейін болады, {value} емес.</translation>
    </message>
    <message>
        <source>The setting needs a text; it was empty.</source>
        <translation>Бұл баптауға мәтін қажет; ол бос қалды.</translation>
    </message>
    <message>
        <source>The setting is on or off, not “{value}”.</source>
        <translation>Бұл баптау не қосулы, не өшірулі болады, «{value}» емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: write it as HH:MM, e.g. 09:00.</source>
        <translation>«{value}» — тәулік уақыты емес: оны СС:ММ түрінде жазыңыз, мысалы 09:00.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; nothing was written. Choose another name.</source>
        <translation>{path} бар және ол күнтізбе файлы емес; ештеңе жазылмады. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is the register itself; nothing was written. Choose another file.</source>
        <translation>{path} — тізілімнің өзі; ештеңе жазылмады. Басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>Unknown basis “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» негізі белгісіз; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown unit “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» өлшем бірлігі белгісіз; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>The operator&apos;s signatory has no name: the letter leaves the name line blank for a handwritten one (Settings, tab Operator).</source>
        <translation>Оператордың қол қоятын адамының аты-жөні көрсетілмеген: хатта аты-жөні жолы қолмен жазу үшін бос қалдырылады (Баптаулар, «Оператор» қойындысы).</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose in the processing profile of the letter&apos;s language.</source>
        <translation>«{value}» хат тіліндегі өңдеу профилінің мақсаттарының бірі емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a number format: use {{year}} and the counter {{seq}}, e.g. {{seq}}/{{year}} or {{year}}-{{seq:04d}}.</source>
        <translation>«{value}» нөмір пішімі емес: {{year}} мен {{seq}} санауышын қолданыңыз, мысалы: {{seq}}/{{year}} немесе {{year}}-{{seq:04d}}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Құпия фразалар сәйкес келмейді; ештеңе жасалмады.</translation>
    </message>
    <message>
        <source>The limit must be zero or more.</source>
        <translation>Көрсетілетін өтініштер саны нөлден кем болмауы керек.</translation>
    </message>
    <message>
        <source>The size must be zero or more.</source>
        <translation>Демо-өтініштер саны нөлден кем болмауы керек.</translation>
    </message>
    <message>
        <source>Choose the new passphrase of the register.</source>
        <translation>Тізілімнің жаңа құпия фразасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Say what happened: an incident needs a description.</source>
        <translation>Не болғанын жазыңыз: инцидентке сипаттама қажет.</translation>
    </message>
    <message>
        <source>A text of an incident may hold at most {limit} characters.</source>
        <translation>Инциденттегі мәтін {limit} таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of subjects (a whole number, 0 or more).</source>
        <translation>«{value}» — субъектілер саны емес (0 немесе одан көп бүтін сан болуы керек).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here; allowed: {allowed}.</source>
        <translation>«{value}» — мұнда жарамсыз жауап; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>Give the reason for the decision on notifying (why or why not).</source>
        <translation>Хабардар ету туралы шешімнің себебін көрсетіңіз (неге иә немесе неге жоқ).</translation>
    </message>
    <message>
        <source>The detection time {value} is in the future.</source>
        <translation>Анықталған уақыты {value} болашақта тұр.</translation>
    </message>
    <message>
        <source>Give the subject&apos;s full name, IIN or mobile number (at least one).</source>
        <translation>Субъектінің аты-жөнін, ЖСН-ін немесе ұялы телефон нөмірін көрсетіңіз (кемінде біреуін).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid IIN.</source>
        <translation>«{value}» — жарамсыз ЖСН.</translation>
    </message>
    <message>
        <source>There is no incident {number} in the register.</source>
        <translation>Тізілімде {number} инциденті жоқ.</translation>
    </message>
    <message>
        <source>The incident {number} is closed; nothing in it can change.</source>
        <translation>{number} инциденті жабық; онда ештеңені өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The notice must state the measures taken: record them for the incident {number} first.</source>
        <translation>Хабарламада қабылданған шаралар көрсетілуі керек: алдымен оларды {number} инцидентіне жазыңыз.</translation>
    </message>
    <message>
        <source>This letter is made in {allowed}, not in &apos;{lang}&apos;.</source>
        <translation>Бұл хат {allowed} тілдерінде жасалады, «{lang}» тілінде емес.</translation>
    </message>
    <message>
        <source>The notice names no affected subjects yet; it says they will be reported later.</source>
        <translation>Хабарламада зардап шеккен субъектілер әлі аталмаған; онда олар туралы кейінірек хабарланатыны айтылады.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a format incidents are exported to; use .csv or .xlsx.</source>
        <translation>Инциденттер «{value}» пішіміне экспортталмайды; .csv немесе .xlsx пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The responsible person&apos;s details are not valid.</source>
        <translation>Жауапты адамның деректері жарамсыз.</translation>
    </message>
    <message>
        <source>Give the name of the person responsible for organising the processing.</source>
        <translation>Дербес деректерді өңдеуді ұйымдастыруға жауапты адамның аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give a phone or an email of the person responsible for organising the processing.</source>
        <translation>Дербес деректерді өңдеуді ұйымдастыруға жауапты адамның телефонын немесе эл. поштасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>No person responsible for organising the processing is set: the letter says none is appointed.</source>
        <translation>Дербес деректерді өңдеуді ұйымдастыруға жауапты адам көрсетілмеген: хатта ол тағайындалмағаны айтылады.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {limit} rows and this export has more; nothing was written. Export a shorter period, or as CSV.</source>
        <translation>Excel парағы ең көбі {limit} жолды сыйғызады, ал бұл экспортта жолдар одан көп; ештеңе жазылған жоқ. Қысқарақ кезеңді немесе CSV пішімінде экспорттаңыз.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same email.</source>
        <translation>Қайталануы мүмкін: жақында жабылған {number} өтінішінде эл. пошта дәл осындай.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same phone.</source>
        <translation>Қайталануы мүмкін: жақында жабылған {number} өтінішінде телефон дәл осындай.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same email.</source>
        <translation>Қайталануы мүмкін: ашық {number} өтінішінде эл. пошта дәл осындай.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same phone.</source>
        <translation>Қайталануы мүмкін: ашық {number} өтінішінде телефон дәл осындай.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Бірдеңе дұрыс болмады ({error}); толығырақ журналда жазылған.</translation>
    </message>
    <message>
        <source>The mail server setting is not a record of host, port, TLS and user.</source>
        <translation>Пошта серверінің баптауы хост, порт, TLS және пайдаланушыдан тұратын жазба емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a server name; give the host, e.g. imap.gmail.com.</source>
        <translation>«{value}» — сервер атауы емес; хостты көрсетіңіз, мысалы: imap.gmail.com.</translation>
    </message>
    <message>
        <source>Unknown TLS mode “{value}”; allowed: {allowed}.</source>
        <translation>«{value}» TLS режимі белгісіз; рұқсат етілгендері: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a port; give a number from 1 to 65535.</source>
        <translation>«{value}» — порт емес; 1-ден 65535-ке дейінгі санды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the user name, usually the full mail address.</source>
        <translation>Пайдаланушы атын көрсетіңіз, әдетте бұл толық эл. пошта мекенжайы.</translation>
    </message>
    <message>
        <source>Give one to {most} folders to read.</source>
        <translation>Оқылатын 1–{most} қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>The check interval must be 0 to {most} minutes.</source>
        <translation>Тексеру аралығы 0–{most} минут болуы керек.</translation>
    </message>
    <message>
        <source>“{value}” is not a mail address replies can come from.</source>
        <translation>«{value}» жауаптар жіберілетін эл. пошта мекенжайы бола алмайды.</translation>
    </message>
    <message>
        <source>The server {host} refused the user {user} with this password; check the password (Gmail, Yandex and mail.ru want an app password).</source>
        <translation>{host} сервері {user} пайдаланушысын осы құпия сөзбен қабылдамады; құпия сөзді тексеріңіз (Gmail, Яндекс және mail.ru үшін қолданба құпия сөзі қажет).</translation>
    </message>
    <message>
        <source>The server {host}:{port} did not answer in time; nothing was changed. Try again later or check the port.</source>
        <translation>{host}:{port} сервері уақытында жауап бермеді; ештеңе өзгертілмеді. Кейінірек қайталап көріңіз немесе портты тексеріңіз.</translation>
    </message>
    <message>
        <source>The server {host}:{port} showed a certificate this computer does not trust; nothing was sent. Check the host name.</source>
        <translation>{host}:{port} сервері бұл компьютер сенбейтін сертификат көрсетті; ештеңе жіберілмеді. Хост атауын тексеріңіз.</translation>
    </message>
    <message>
        <source>TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 are implicit TLS, 143 and 587 STARTTLS).</source>
        <translation>{host}:{port} серверімен TLS байланысы орнатылмады; TLS режимі мен портты тексеріңіз (993 және 465 — бірден TLS, 143 және 587 — STARTTLS).</translation>
    </message>
    <message>
        <source>The server name {host} is not known; check its spelling and the network.</source>
        <translation>{host} сервер атауы табылмады; оның жазылуын және желіні тексеріңіз.</translation>
    </message>
    <message>
        <source>Cannot reach the server {host}:{port}; check the network, the host and the port.</source>
        <translation>{host}:{port} серверіне қосылу мүмкін болмады; желіні, хост пен портты тексеріңіз.</translation>
    </message>
    <message>
        <source>The server {host}:{port} stopped the exchange; nothing was changed. Try again later.</source>
        <translation>{host}:{port} сервері деректер алмасуын тоқтатты; ештеңе өзгертілмеді. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The server {host}:{port} does not offer STARTTLS; choose implicit TLS and its port instead.</source>
        <translation>{host}:{port} сервері STARTTLS ұсынбайды; оның орнына бірден TLS режимін және оның портын таңдаңыз.</translation>
    </message>
    <message>
        <source>The server {host}:{port} offers no login; check the port and the TLS mode.</source>
        <translation>{host}:{port} сервері тіркелгіге кіруді ұсынбайды; портты және TLS режимін тексеріңіз.</translation>
    </message>
    <message>
        <source>The server refused the recipient {recipient}; check the requester&apos;s email; the letter was not sent.</source>
        <translation>Сервер {recipient} алушысын қабылдамады; өтініш берушінің эл. поштасын тексеріңіз; хат жіберілмеді.</translation>
    </message>
    <message>
        <source>The server refused the sender {sender}; use the address of the SMTP account.</source>
        <translation>Сервер {sender} жіберушісін қабылдамады; SMTP тіркелгісінің мекенжайын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The server {host} refused the message (code {code}); the letter was not sent.</source>
        <translation>{host} сервері хабарды қабылдамады (код {code}); хат жіберілмеді.</translation>
    </message>
    <message>
        <source>No password for {user} at {host}: enter it in Settings, Mail.</source>
        <translation>{host} серверіндегі {user} үшін құпия сөз жоқ: оны Баптаулардың «Пошта» қойындысында енгізіңіз.</translation>
    </message>
    <message>
        <source>No SMTP server is set up (Settings, Mail); save a draft instead.</source>
        <translation>SMTP сервері бапталмаған (Баптаулар, «Пошта» қойындысы); оның орнына жобаны сақтаңыз.</translation>
    </message>
    <message>
        <source>Request {number} has no email address to reply to; add one with Edit or send the letter another way.</source>
        <translation>{number} өтінішінде жауап жіберетін эл. пошта мекенжайы жоқ; оны «Өзгерту» арқылы қосыңыз немесе хатты басқа тәсілмен жіберіңіз.</translation>
    </message>
    <message>
        <source>No PDF was made for {number} (LibreOffice is not installed or failed); the .docx goes alone.</source>
        <translation>{number} хаты үшін PDF жасалмады (LibreOffice орнатылмаған немесе қатемен аяқталды); тек .docx жіберіледі.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>{path} файлы бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} файлын жазу мүмкін болмады: {reason}.</translation>
    </message>
    <message>
        <source>No mailbox is set up (Settings, Mail).</source>
        <translation>Пошта жәшігі бапталмаған (Баптаулар, «Пошта» қойындысы).</translation>
    </message>
    <message>
        <source>The mailbox has no folder “{folder}”; check the folder&apos;s name (Gmail: “[Gmail]/All Mail”).</source>
        <translation>Пошта жәшігінде «{folder}» қалтасы жоқ; қалтаның атауын тексеріңіз (Gmail: «[Gmail]/All Mail»).</translation>
    </message>
    <message>
        <source>A message of {size_mb} MB in “{folder}” is over the {limit_mb} MB limit and was not fetched; save it from the mail client if it is a request.</source>
        <translation>«{folder}» қалтасындағы {size_mb} МБ эл. хат {limit_mb} МБ шегінен асады және жүктелмеді; егер ол өтініш болса, оны пошта бағдарламасынан сақтаңыз.</translation>
    </message>
    <message>
        <source>The server renumbered the folder “{folder}”; it was read again from the start (messages already seen are skipped).</source>
        <translation>Сервер «{folder}» қалтасын қайта нөмірледі; ол басынан бастап қайта оқылды (бұрын қаралған эл. хаттар өткізіп жіберілді).</translation>
    </message>
    <message>
        <source>Message {id} is no longer in the mail queue.</source>
        <translation>{id} эл. хаты енді кіріс пошта кезегінде жоқ.</translation>
    </message>
    <message>
        <source>Message {id} was already {status}.</source>
        <translation>{id} эл. хаты бұрын қаралған ({status}).</translation>
    </message>
    <message>
        <source>Give the reason for dismissing the message.</source>
        <translation>Эл. хатты қабылдамау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the mail password, and Otinish never writes it to a file: leave it empty and set the environment variable OTINISH_MAIL_PASSWORD instead.</source>
        <translation>Бұл компьютерде пошта құпия сөзін сақтайтын кілттер қоймасы жоқ, ал Otinish оны ешқашан файлға жазбайды: өрісті бос қалдырып, оның орнына OTINISH_MAIL_PASSWORD орта айнымалысын орнатыңыз.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Алдымен тізімнен өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>This request is closed; reopen it first.</source>
        <translation>Өтініш жабық; алдымен оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This request is open.</source>
        <translation>Өтініш жабылмаған.</translation>
    </message>
    <message>
        <source>No right of this request is waiting for supporting documents.</source>
        <translation>Бұл өтініштің бірде-бір талабы растайтын құжаттарды күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>No letter has been prepared for this request yet.</source>
        <translation>Бұл өтініш бойынша әлі бірде-бір хат дайындалған жоқ.</translation>
    </message>
    <message>
        <source>Every letter of this request is already recorded as sent.</source>
        <translation>Бұл өтініш бойынша барлық хат жіберілді деп белгіленген.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>The passphrase does not open the register {0}; nothing was changed. Check it and type it again.</source>
        <translation>Құпия фраза {0} тізілімін ашпайды; ештеңе өзгертілмеді. Оны тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>Use the recovery passphrase…</source>
        <extracomment>A keychain register whose keychain cannot be reached: said, never asked a passphrase.</extracomment>
        <translation>Қалпына келтіру құпия фразасын енгізу…</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:</source>
        <translation>{0} тізілімін қалпына келтіру құпия фразасы:</translation>
    </message>
    <message>
        <source>Something went wrong inside Otinish ({0}). What was saved before is kept; check that the last step shows in the register. Where it happened is written, without personal data, to the log for support: {1}</source>
        <translation>Otinish ішінде қате болды ({0}). Бұрын сақталғанның бәрі орнында; соңғы қадамның тізілімде көрінетінін тексеріңіз. Қайда болғаны дербес деректерсіз қолдау көрсету журналына жазылды: {1}</translation>
    </message>
    <message>
        <source>Otinish already has this register open; its window was brought to the front.</source>
        <translation>Бұл тізілім Otinish-те ашық тұр; оның терезесі алдыңғы жоспарға шығарылды.</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Due today</source>
        <extracomment>Columns shown as an icon (with the name as tooltip), to leave room for the long names. Rows fetched per page.</extracomment>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Мерзімі 3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Жеке басын растау күтілуде</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>view: every request not closed yet</comment>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Барлық өтініштер</translation>
    </message>
    <message>
        <source>Open requests whose answer is due today</source>
        <translation>Жауап бүгін берілуге тиіс ашық өтініштер</translation>
    </message>
    <message>
        <source>Open requests due today or within the next three working days</source>
        <translation>Мерзімі бүгін немесе алдағы үш жұмыс күні ішінде келетін ашық өтініштер</translation>
    </message>
    <message>
        <source>Open requests past their due date</source>
        <translation>Мерзімі өтіп кеткен ашық өтініштер</translation>
    </message>
    <message>
        <source>Requests waiting for the requester&apos;s identity to be confirmed</source>
        <translation>Өтініш берушінің жеке басын растауды күтіп тұрған өтініштер</translation>
    </message>
    <message>
        <source>Every request not closed yet</source>
        <translation>Әлі жабылмаған барлық өтініштер</translation>
    </message>
    <message>
        <source>Requests closed with an outcome</source>
        <translation>Нәтижемен жабылған өтініштер</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>Бүкіл тізілім</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Create the register there anyway?</source>
        <extracomment>A new register&apos;s folder is on a network or inside OneDrive (services/registers.py).</extracomment>
        <translation>Тізілімді бәрібір сонда құру керек пе?</translation>
    </message>
    <message>
        <source>Create it there</source>
        <translation>Сонда құру</translation>
    </message>
</context>
</TS>
