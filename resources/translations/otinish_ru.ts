<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>Otinish {0} — a register of personal-data subject requests under Law No. 94-V of the Republic of Kazakhstan.</source>
        <translation>Otinish {0} — реестр обращений субъектов персональных данных по Закону Республики Казахстан № 94-V.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Свободное программное обеспечение по лицензии GNU General Public License версии 3 или более поздней (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Реестр: {0}</translation>
    </message>
    <message>
        <source>Data folder: {0}</source>
        <translation>Папка данных: {0}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Record action</source>
        <translation>Записать действие</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Кто выполнил</translation>
    </message>
    <message>
        <source>What was found, e.g. name, email and order history in the CRM</source>
        <translation>Что найдено, например: ФИО, эл. почта и история заказов в CRM</translation>
    </message>
    <message>
        <source>Where you searched, e.g. the CRM, the mailing list and the accounting system</source>
        <translation>Где искали, например: CRM, список рассылки и учётная система</translation>
    </message>
    <message>
        <source>e.g. Account and order history erased in the CRM and the mailing list</source>
        <translation>например: аккаунт и история заказов удалены из CRM и из списка рассылки</translation>
    </message>
    <message>
        <source>The access reply lists this note as the data held about the requester: write it in the language of the letter.</source>
        <translation>Ответ о предоставлении сведений приводит эту запись как перечень данных заявителя, которые у нас есть: пишите её на языке письма.</translation>
    </message>
    <message>
        <source>An access reply can no longer be made: answer with the letter “{0}”.</source>
        <translation>Ответ об ознакомлении составить уже нельзя: ответьте письмом «{0}».</translation>
    </message>
    <message>
        <source>The confirmation letter quotes this note to the requester: write it in the language of the letter.</source>
        <translation>Письмо-подтверждение приводит эту запись заявителю дословно: пишите её на языке письма.</translation>
    </message>
    <message>
        <source>This marks as done: {0}.</source>
        <translation>Будет отмечено как исполненное: {0}.</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add a deadline rule</source>
        <translation>Добавление правила о сроке</translation>
    </message>
    <message>
        <source>For a right, a period that applies to requests received from a date on: a stricter reading, or a new law. Where it gives an earlier date than the app&apos;s rule it binds, and letters cite both. It is kept in the register&apos;s history.</source>
        <translation>Срок по требованию для обращений, поступивших начиная с определённой даты: более строгое толкование или новый закон. Если он даёт более раннюю дату, чем правило программы, действует он, а в письмах указываются оба. Правило сохраняется в истории реестра.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Citation ({0})</source>
        <translation>Ссылка на норму ({0})</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>например: {0}</translation>
    </message>
    <message>
        <source>Where the rule comes from: the act, its date, where you read it</source>
        <translation>Откуда правило: акт, его дата, где вы его прочитали</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <source>Letters in this language greet everyone alike: «{0}». The choice matters for letters in Russian.</source>
        <extracomment>The hint under the form of address when letters are in Kazakh or English.</extracomment>
        <translation>Письма на этом языке обращаются ко всем одинаково: «{0}». Выбор важен для писем на русском языке.</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Приветствие в письме</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>How a Russian letter greets the requester: «Уважаемый …!», «Уважаемая …!» or «Здравствуйте, …!». Chosen by you, never guessed from the name.</source>
        <translation>Как письмо на русском языке обращается к заявителю: «Уважаемый …!», «Уважаемая …!» или «Здравствуйте, …!». Выбираете вы; по имени это никогда не угадывается.</translation>
    </message>
    <message>
        <source>Optional: where a letter by post goes</source>
        <translation>Необязательно: куда отправлять письмо почтой</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>Сроки в календарь</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deadline(s) written to {0}. Open it with your calendar; importing a newer file updates the same events.</source>
        <translation>
            <numerusform>%Ln срок записан в {0}. Откройте файл в своём календаре; импорт более нового файла обновит те же события.</numerusform>
            <numerusform>%Ln срока записаны в {0}. Откройте файл в своём календаре; импорт более нового файла обновит те же события.</numerusform>
            <numerusform>%Ln сроков записано в {0}. Откройте файл в своём календаре; импорт более нового файла обновит те же события.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close request</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason or comment</source>
        <translation>Причина или комментарий</translation>
    </message>
    <message>
        <source>Optional; kept with the request</source>
        <translation>Необязательно; сохраняется вместе с обращением</translation>
    </message>
    <message>
        <source>Still open: {0}. Closing gives them this outcome.</source>
        <translation>Ещё не рассмотрено: {0}. При закрытии им будет присвоен этот результат.</translation>
    </message>
</context>
<context>
    <name>CorrectionActions</name>
    <message>
        <source>{0} corrected: {1}.</source>
        <translation>Обращение {0} исправлено: {1}.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Void request</source>
        <translation>Аннулирование обращения</translation>
    </message>
    <message>
        <source>Void {0} as registered by mistake? It stays listed under “All requests” and in its history, but no statistic or on-time rate counts it any more.

Why is it voided?</source>
        <translation>Аннулировать обращение {0} как зарегистрированное ошибочно? Оно останется в списке «Все обращения» и в своей истории, но больше не будет учитываться ни в статистике, ни в доле ответов в срок.

Почему оно аннулируется?</translation>
    </message>
    <message>
        <source>{0} voided: {1}</source>
        <translation>Обращение {0} аннулировано: {1}</translation>
    </message>
    <message>
        <source>the identity check of {0} ({1})</source>
        <translation>проверка личности от {0} ({1})</translation>
    </message>
    <message>
        <source>the action of {0} ({1})</source>
        <translation>действие от {0} ({1})</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулирование</translation>
    </message>
    <message>
        <source>Void {0} as recorded by mistake? It stays in the record, struck through, with your reason.

Why is it voided?</source>
        <translation>Аннулировать запись «{0}» как сделанную ошибочно? Она останется в реестре зачёркнутой, с указанной вами причиной.

Почему она аннулируется?</translation>
    </message>
    <message>
        <source>{0}: voided {1}.</source>
        <translation>Обращение {0}: запись «{1}» аннулирована.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — {0}</source>
        <extracomment>One colour per request type, distinguishable and calm.</extracomment>
        <translation>Сводка — {0}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Срок в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message numerus="yes">
        <source>Answered on time, last 12 months (%Ln answered)</source>
        <translation>
            <numerusform>Ответ в срок за последние 12 месяцев (всего ответов: %Ln)</numerusform>
            <numerusform>Ответ в срок за последние 12 месяцев (всего ответов: %Ln)</numerusform>
            <numerusform>Ответ в срок за последние 12 месяцев (всего ответов: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open incidents (%Ln in all)</source>
        <translation>
            <numerusform>Открытые инциденты (всего: %Ln)</numerusform>
            <numerusform>Открытые инциденты (всего: %Ln)</numerusform>
            <numerusform>Открытые инциденты (всего: %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>A request counts as answered on time when every right in it was answered by its own due date; withdrawn requests are left out.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>Обращение считается рассмотренным в срок, если каждое требование в нём рассмотрено до своего срока; отозванные обращения не учитываются.</translation>
    </message>
    <message>
        <source>{0}: {1} % ({2} of {3})</source>
        <translation>{0}: {1} % ({2} из {3})</translation>
    </message>
    <message>
        <source>Replies sent by the due date, by right, last 12 months: {0}</source>
        <translation>Ответы, отправленные в срок, по требованиям, за последние 12 месяцев: {0}</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Медиана рабочих дней до ответа</translation>
    </message>
    <message>
        <source>Requests per month by right requested, {0}</source>
        <translation>Обращения по месяцам и требованиям, {0}</translation>
    </message>
</context>
<context>
    <name>DayChecks</name>
    <message>
        <source>The register passed its check: it can be changed again.</source>
        <extracomment>The day&apos;s checks start this long after the window opens (it is drawn first). The daily backup waits a little longer: the checks go first. How often the window looks whether the day changed (due dates move at midnight).</extracomment>
        <translation>Реестр прошёл проверку: его снова можно изменять.</translation>
    </message>
    <message>
        <source>The register failed its integrity check.</source>
        <translation>Реестр не прошёл проверку целостности.</translation>
    </message>
    <message>
        <source>Checking the register&apos;s integrity…</source>
        <translation>Проверка целостности реестра…</translation>
    </message>
    <message numerus="yes">
        <source>The demo register holds %Ln invented request(s).</source>
        <translation>
            <numerusform>В демонстрационном реестре %Ln вымышленное обращение.</numerusform>
            <numerusform>В демонстрационном реестре %Ln вымышленных обращения.</numerusform>
            <numerusform>В демонстрационном реестре %Ln вымышленных обращений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filling the demo register with invented requests…</source>
        <translation>Демонстрационный реестр заполняется вымышленными обращениями…</translation>
    </message>
    <message>
        <source>Filling the demo register…</source>
        <translation>Заполнение демонстрационного реестра…</translation>
    </message>
    <message>
        <source>Daily backup saved: {0}</source>
        <translation>Ежедневная резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Резервное копирование реестра…</translation>
    </message>
</context>
<context>
    <name>DeadlineBasis</name>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln рабочий день</numerusform>
            <numerusform>%Ln рабочих дня</numerusform>
            <numerusform>%Ln рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calendar day(s)</source>
        <translation>
            <numerusform>%Ln календарный день</numerusform>
            <numerusform>%Ln календарных дня</numerusform>
            <numerusform>%Ln календарных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>the request received</source>
        <translation>со дня поступления обращения</translation>
    </message>
    <message>
        <source>the supporting documents received</source>
        <translation>со дня получения подтверждающих документов</translation>
    </message>
    <message>
        <source>the breach found not confirmed</source>
        <translation>со дня, когда нарушение не подтвердилось</translation>
    </message>
    <message>
        <source>The Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <source>A by-law</source>
        <translation>Подзаконный акт</translation>
    </message>
    <message>
        <source>Our own period</source>
        <translation>Наш собственный срок</translation>
    </message>
    <message>
        <source>set by the Law</source>
        <translation>установлен Законом</translation>
    </message>
    <message>
        <source>set by a by-law</source>
        <translation>установлен подзаконным актом</translation>
    </message>
    <message>
        <source>the operator&apos;s own period</source>
        <translation>собственный срок оператора</translation>
    </message>
    <message>
        <source>counted from the day the supporting documents are received</source>
        <translation>отсчитывается со дня получения подтверждающих документов</translation>
    </message>
    <message>
        <source>counted from the day the breach is found not confirmed</source>
        <translation>отсчитывается со дня, когда нарушение не подтвердилось</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Every period in force, the app&apos;s and yours. A rule you add binds where it gives an earlier date than the app&apos;s, and letters then cite both.</source>
        <extracomment>The table&apos;s columns, left to right. Pixels added to each row&apos;s height, so wrapped lines do not touch the grid. The background of a rule the operator added.</extracomment>
        <translation>Все действующие сроки: программы и ваши. Добавленное вами правило действует, если даёт более раннюю дату, чем правило программы, и тогда письма ссылаются на оба.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Отсчёт</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка на норму</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Добавить правило…</translation>
    </message>
    <message>
        <source>Rules you added are shaded. Requests already registered keep their dates.</source>
        <translation>Добавленные вами правила выделены цветом. Уже зарегистрированные обращения сохраняют свои сроки.</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>добавлено вами</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>с {0}</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Supporting documents received</source>
        <translation>Получены подтверждающие документы</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>The period of {0} runs from the day after this date; until it is recorded, the date is counted from the receipt of the request.</source>
        <translation>Срок ({0}) отсчитывается со дня, следующего за этой датой; пока она не записана, срок считается со дня поступления обращения.</translation>
    </message>
</context>
<context>
    <name>DuePreview</name>
    <message>
        <source>Tick at least one right to see its due date.</source>
        <translation>Отметьте хотя бы одно требование, чтобы увидеть срок.</translation>
    </message>
    <message>
        <source>Due dates (working days, Kazakh calendar):</source>
        <translation>Сроки (рабочие дни, календарь РК):</translation>
    </message>
</context>
<context>
    <name>EditRequestDialog</name>
    <message>
        <source>Edit request {0}</source>
        <extracomment>The requester&apos;s details, in the order of the form (the services&apos; names). Which field a refused value belongs to, to put the cursor there. What was written, named for the status bar (&quot;email&quot;, &quot;right added: access&quot;).</extracomment>
        <translation>Изменение обращения {0}</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Приветствие в письме</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>ФИО так, как его указал заявитель</translation>
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
        <translation>Куда отправлять письмо почтой</translation>
    </message>
    <message>
        <source>The greeting of a Russian letter: chosen by you, never guessed from the name or the IIN.</source>
        <translation>Приветствие в письме на русском языке: выбирается вами и никогда не угадывается по имени или ИИН.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Исключить…</translation>
    </message>
    <message>
        <source>Remove a right registered by mistake; it stays in the record with your reason</source>
        <translation>Исключить требование, зарегистрированное ошибочно; оно останется в реестре с указанной вами причиной</translation>
    </message>
    <message>
        <source>The rights of a closed request cannot be changed; reopen it first.</source>
        <translation>Требования закрытого обращения изменить нельзя; сначала возобновите его.</translation>
    </message>
    <message>
        <source>{0} (to be added)</source>
        <translation>{0} (будет добавлено)</translation>
    </message>
    <message>
        <source>{0} (to be removed: {1})</source>
        <translation>{0} (будет исключено: {1})</translation>
    </message>
    <message>
        <source>{0} (removed: {1})</source>
        <translation>{0} (исключено: {1})</translation>
    </message>
    <message>
        <source>Remove a right</source>
        <translation>Исключение требования</translation>
    </message>
    <message>
        <source>Why is “{0}” removed? It stays in the record, struck through, with your reason.</source>
        <translation>Почему исключается требование «{0}»? Оно останется в реестре зачёркнутым, с указанной вами причиной.</translation>
    </message>
    <message>
        <source>right added: {0}</source>
        <translation>добавлено требование: {0}</translation>
    </message>
    <message>
        <source>right removed: {0}</source>
        <translation>исключено требование: {0}</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>Import an email file…</source>
        <translation>Импорт файла эл. письма…</translation>
    </message>
    <message>
        <source>An .eml or .msg file saved from your mail program (you can also drop it here)</source>
        <translation>Файл .eml или .msg, сохранённый из почтовой программы (его можно и перетащить сюда)</translation>
    </message>
    <message>
        <source>Paste an email…</source>
        <translation>Вставить эл. письмо…</translation>
    </message>
    <message>
        <source>Copy the email&apos;s text (and its headers) from your webmail and paste it</source>
        <translation>Скопируйте текст эл. письма (и его заголовки) в веб-почте и вставьте его</translation>
    </message>
    <message>
        <source>Log a phone call…</source>
        <translation>Телефонный звонок…</translation>
    </message>
    <message>
        <source>While you are on the call</source>
        <translation>Прямо во время разговора</translation>
    </message>
    <message>
        <source>A letter or a visit: Register → New written or in-person request. Help → Guide (F1) shows the daily routine.</source>
        <translation>Письмо по почте или личный визит: Реестр → Новое письменное или личное обращение. Справка → Руководство (F1) описывает ежедневную работу.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <extracomment>The service&apos;s formats, the workbook first.</extracomment>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <source>Word journal (.docx)</source>
        <translation>Журнал Word (.docx)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Only requests received in the period</source>
        <translation>Только поступившие за период</translation>
    </message>
    <message>
        <source>The export is a plain file, not encrypted: anyone who gets it can read the personal data in it. Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Экспорт — обычный файл без шифрования: любой, кто его получит, сможет прочитать персональные данные. Храните его в надёжном месте и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Otinish — first start</source>
        <translation>Otinish — первый запуск</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Otinish guide</source>
        <translation>Руководство Otinish</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Record identity check</source>
        <translation>Записать проверку личности</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Кто проверил</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. ID card, last digits 4821</source>
        <translation>например: удостоверение личности, последние цифры 4821</translation>
    </message>
    <message>
        <source>Never keep a copy of an identity document: write at most its type and the last 4 digits of its number.</source>
        <translation>Не храните копию документа, удостоверяющего личность: укажите только вид документа и не более 4 последних цифр его номера.</translation>
    </message>
</context>
<context>
    <name>ImportEmailDialog</name>
    <message>
        <source>Import email — {0}</source>
        <translation>Импорт эл. письма — {0}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
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
        <translation>имя {0}</translation>
    </message>
    <message>
        <source>the phone {0}</source>
        <translation>телефон {0}</translation>
    </message>
    <message>
        <source>The text gives {0}: check the fields above.</source>
        <translation>В тексте найдено: {0}. Проверьте поля выше.</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>ФИО так, как его указал заявитель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>(no sender)</source>
        <translation>(отправитель не указан)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Определено по тексту: {0}. Проверьте и при необходимости исправьте отметки.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>По тексту не удалось определить требование; отметьте запрошенные требования.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Отметьте хотя бы одно требование.</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>not decided yet</source>
        <translation>ещё не решено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Инцидент {0}</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Время обнаружения</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Data categories affected</source>
        <translation>Затронутые категории данных</translation>
    </message>
    <message>
        <source>Subjects affected</source>
        <translation>Затронуто субъектов</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Notify the authorized body</source>
        <translation>Уведомить уполномоченный орган</translation>
    </message>
    <message>
        <source>Why (or why not)</source>
        <translation>Обоснование решения</translation>
    </message>
    <message>
        <source>Notify the subjects</source>
        <translation>Уведомить субъектов</translation>
    </message>
    <message>
        <source>Why (or why not) for the subjects</source>
        <translation>Обоснование решения по субъектам</translation>
    </message>
    <message>
        <source>The notice to the authorized body is due on {0}: one working day after the day of detection.</source>
        <translation>Срок уведомления уполномоченного органа — {0}: один рабочий день после дня обнаружения.</translation>
    </message>
    <message>
        <source>Send it today.</source>
        <translation>Отправьте его сегодня.</translation>
    </message>
</context>
<context>
    <name>IncidentSentDialog</name>
    <message>
        <source>Mark a letter as sent</source>
        <translation>Отметить отправку письма</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата и время отправки</translation>
    </message>
</context>
<context>
    <name>IncidentsEntry</name>
    <message>
        <source>Incidents ({0})</source>
        <translation>Инциденты ({0})</translation>
    </message>
    <message>
        <source>Breaches of personal-data security: the notice to the authorized body is due one working day after detection</source>
        <translation>Нарушения безопасности персональных данных: срок уведомления уполномоченного органа — один рабочий день после обнаружения</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents — breaches of personal-data security</source>
        <translation>Инциденты — нарушения безопасности персональных данных</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Время обнаружения</translation>
    </message>
    <message>
        <source>Notice to the authorized body</source>
        <translation>Уведомление уполномоченному органу</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новый инцидент…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Add affected subject…</source>
        <translation>Добавить затронутого субъекта…</translation>
    </message>
    <message>
        <source>Make the notice to the authorized body</source>
        <translation>Составить уведомление уполномоченному органу</translation>
    </message>
    <message>
        <source>Make the letter to the subjects</source>
        <translation>Составить письмо субъектам</translation>
    </message>
    <message>
        <source>Mark a letter as sent…</source>
        <translation>Отметить отправку письма…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Закрыть инцидент</translation>
    </message>
    <message>
        <source>Responsible person…</source>
        <translation>Ответственное лицо…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation>уведомление не требуется</translation>
    </message>
    <message>
        <source>notice sent</source>
        <translation>уведомление отправлено</translation>
    </message>
    <message>
        <source>notice overdue since {0}</source>
        <translation>уведомление просрочено с {0}</translation>
    </message>
    <message>
        <source>notice due TODAY</source>
        <translation>срок уведомления — СЕГОДНЯ</translation>
    </message>
    <message>
        <source>notice due {0}</source>
        <translation>срок уведомления — {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body today: {0}. The notice is due one working day after the day of detection.</source>
        <translation>Уведомите уполномоченный орган сегодня: {0}. Срок уведомления — один рабочий день после дня обнаружения.</translation>
    </message>
    <message>
        <source>No incident yet. When a breach of personal-data security is detected, register it here at once.</source>
        <translation>Инцидентов пока нет. Когда обнаружится нарушение безопасности персональных данных, сразу зарегистрируйте его здесь.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>Detected: {0}</source>
        <translation>Обнаружено: {0}</translation>
    </message>
    <message>
        <source>Notice due: {0} ({1})</source>
        <translation>Срок уведомления: {0} ({1})</translation>
    </message>
    <message>
        <source>Cause: {0}</source>
        <translation>Причина: {0}</translation>
    </message>
    <message>
        <source>Data affected: {0}; subjects: {1}</source>
        <translation>Затронутые данные: {0}; субъектов: {1}</translation>
    </message>
    <message>
        <source>Measures taken: {0}</source>
        <translation>Принятые меры: {0}</translation>
    </message>
    <message>
        <source>Notify the authorized body: {0} — {1}</source>
        <translation>Уведомить уполномоченный орган: {0} — {1}</translation>
    </message>
    <message>
        <source>Notify the subjects: {0} — {1}</source>
        <translation>Уведомить субъектов: {0} — {1}</translation>
    </message>
    <message>
        <source>Affected subjects named: {0}</source>
        <translation>Указано затронутых субъектов: {0}</translation>
    </message>
    <message>
        <source>Letter {0} ({1}): {2}</source>
        <translation>Письмо {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>отправлено {0}</translation>
    </message>
    <message>
        <source>prepared, not sent</source>
        <translation>подготовлено, не отправлено</translation>
    </message>
    <message>
        <source>The notice to the authorized body is made in Kazakh or Russian.</source>
        <translation>Уведомление уполномоченному органу составляется на казахском или русском языке.</translation>
    </message>
    <message>
        <source>Every letter of this incident is recorded as sent.</source>
        <translation>Все письма по этому инциденту отмечены как отправленные.</translation>
    </message>
    <message>
        <source>Close the incident {0}? Its personal data are erased when the retention period is over.</source>
        <translation>Закрыть инцидент {0}? Его персональные данные будут уничтожены по истечении срока хранения.</translation>
    </message>
    <message>
        <source>Export incidents (a plain, unencrypted file)</source>
        <translation>Экспорт инцидентов (обычный незашифрованный файл)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) written to {0}.</source>
        <translation>
            <numerusform>%Ln инцидент записан в {0}.</numerusform>
            <numerusform>%Ln инцидента записаны в {0}.</numerusform>
            <numerusform>%Ln инцидентов записано в {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncomingMailDialog</name>
    <message>
        <source>Arrived</source>
        <translation>Время поступления</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Incoming mail (%Ln)</source>
        <translation>
            <numerusform>Входящая почта (%Ln)</numerusform>
            <numerusform>Входящая почта (%Ln)</numerusform>
            <numerusform>Входящая почта (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests. Accept one to register it, received when it arrived on the server; dismiss the others with a reason. Nothing on the server is changed.</source>
        <translation>Эл. письма из вашего почтового ящика, похожие на обращения. Примите эл. письмо, чтобы зарегистрировать его как обращение: временем поступления станет время, когда письмо пришло на сервер; остальные отклоните, указав причину. На сервере ничего не изменяется.</translation>
    </message>
    <message>
        <source>No message waits. Check now reads the mailbox of Settings, Mail.</source>
        <translation>Ожидающих эл. писем нет. Кнопка «Проверить сейчас» читает почтовый ящик, указанный в настройках на вкладке «Почта».</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Why is this message not a request? (e.g. spam, a reply to our letter)</source>
        <translation>Почему это эл. письмо не является обращением? (например: спам, ответ на наше письмо)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>Request {0} logged.</source>
        <translation>Обращение {0} зарегистрировано.</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Импорт эл. писем</translation>
    </message>
    <message>
        <source>Email files (*.eml *.msg *.EML *.MSG)</source>
        <translation>Файлы эл. писем (*.eml *.msg *.EML *.MSG)</translation>
    </message>
    <message>
        <source>Only .eml and .msg email files can be imported.</source>
        <translation>Импортировать можно только файлы эл. писем .eml и .msg.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are already in the register:</source>
        <translation>
            <numerusform>%Ln эл. письмо уже есть в реестре:</numerusform>
            <numerusform>%Ln эл. письма уже есть в реестре:</numerusform>
            <numerusform>%Ln эл. писем уже есть в реестре:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import again?</source>
        <translation>Импортировать повторно?</translation>
    </message>
    <message>
        <source>To import again as a new request, give the reason (its history keeps it); otherwise it is skipped.</source>
        <translation>Чтобы импортировать повторно как новое обращение, укажите причину (она сохранится в его истории); иначе письмо будет пропущено.</translation>
    </message>
    <message>
        <source>{0} was not imported: it is already in the register as {1}.</source>
        <translation>Файл {0} не импортирован: это письмо уже есть в реестре как {1}.</translation>
    </message>
    <message>
        <source>imported again</source>
        <translation>импортировано повторно</translation>
    </message>
    <message numerus="yes">
        <source>%Ln email(s) imported.</source>
        <translation>
            <numerusform>Импортировано %Ln эл. письмо.</numerusform>
            <numerusform>Импортировано %Ln эл. письма.</numerusform>
            <numerusform>Импортировано %Ln эл. писем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already in the register, not imported again:</source>
        <translation>
            <numerusform>%Ln эл. письмо уже есть в реестре и повторно не импортировано:</numerusform>
            <numerusform>%Ln эл. письма уже есть в реестре и повторно не импортированы:</numerusform>
            <numerusform>%Ln эл. писем уже есть в реестре и повторно не импортированы:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be imported:</source>
        <translation>
            <numerusform>%Ln файл не удалось импортировать:</numerusform>
            <numerusform>%Ln файла не удалось импортировать:</numerusform>
            <numerusform>%Ln файлов не удалось импортировать:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing emails…</source>
        <translation>Импорт эл. писем…</translation>
    </message>
    <message>
        <source>Drop to import the email(s).</source>
        <translation>Отпустите, чтобы импортировать эл. письма.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <extracomment>Runs first however a job ended (&quot;done&quot;, &quot;failed&quot;, &quot;cancelled&quot;); False stops there (the window has no register to show). Emitted when a job ends: &quot;done&quot;, &quot;failed&quot; or &quot;cancelled&quot;.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Starting when the current check ends…</source>
        <translation>Начнётся, когда закончится текущая проверка…</translation>
    </message>
    <message>
        <source>Wait for the current task to finish, or cancel it.</source>
        <translation>Дождитесь завершения текущей задачи или отмените её.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена операции…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was left half-written.</source>
        <translation>Отменено; недописанных файлов не осталось.</translation>
    </message>
</context>
<context>
    <name>KeepingActions</name>
    <message>
        <source>Export register (a plain, unencrypted file)</source>
        <translation>Экспорт реестра (обычный незашифрованный файл)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) exported to {0}. It is a plain file, not encrypted: keep it safe.</source>
        <translation>
            <numerusform>%Ln обращение экспортировано в {0}. Это обычный незашифрованный файл: храните его надёжно.</numerusform>
            <numerusform>%Ln обращения экспортированы в {0}. Это обычный незашифрованный файл: храните его надёжно.</numerusform>
            <numerusform>%Ln обращений экспортировано в {0}. Это обычный незашифрованный файл: храните его надёжно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Экспорт реестра…</translation>
    </message>
    <message>
        <source>Back up the register</source>
        <translation>Резервная копия реестра</translation>
    </message>
    <message>
        <source>Otinish backups (*{0})</source>
        <translation>Резервные копии Otinish (*{0})</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <source>Backing up the register…</source>
        <translation>Резервное копирование реестра…</translation>
    </message>
    <message>
        <source>A recovery passphrase gets the register&apos;s key back when this computer&apos;s keychain is lost (a new computer, a reset profile, a reinstalled system), for the register and its backups. Otinish shows it once: write it down and keep it apart from the computer. A new one replaces the one made before. Make it now?</source>
        <translation>Парольная фраза восстановления возвращает ключ реестра, если хранилище ключей этого компьютера утрачено (новый компьютер, сброшенный профиль, переустановленная система), — для реестра и его резервных копий. Otinish покажет её один раз: запишите её и храните отдельно от компьютера. Новая фраза заменяет созданную ранее. Создать её сейчас?</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Otinish backups (*{0});;All files (*)</source>
        <translation>Резервные копии Otinish (*{0});;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the register {0} with the backup {1} of {2}, which holds %Ln request(s)? A safety copy of the register as it is now is kept next to it first; everything recorded after that backup is then lost from the register, and only the safety copy keeps it.</source>
        <translation>
            <numerusform>Заменить реестр {0} резервной копией {1} от {2}, в которой %Ln обращение? Сначала рядом сохраняется страховочная копия реестра в нынешнем виде; всё, что записано после этой резервной копии, исчезнет из реестра и останется только в страховочной копии.</numerusform>
            <numerusform>Заменить реестр {0} резервной копией {1} от {2}, в которой %Ln обращения? Сначала рядом сохраняется страховочная копия реестра в нынешнем виде; всё, что записано после этой резервной копии, исчезнет из реестра и останется только в страховочной копии.</numerusform>
            <numerusform>Заменить реестр {0} резервной копией {1} от {2}, в которой %Ln обращений? Сначала рядом сохраняется страховочная копия реестра в нынешнем виде; всё, что записано после этой резервной копии, исчезнет из реестра и останется только в страховочной копии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register was restored from {0} (%Ln request(s)). The register as it was before is kept in {1}.</source>
        <translation>
            <numerusform>Реестр восстановлен из {0} (%Ln обращение). Реестр в прежнем виде сохранён в {1}.</numerusform>
            <numerusform>Реестр восстановлен из {0} (%Ln обращения). Реестр в прежнем виде сохранён в {1}.</numerusform>
            <numerusform>Реестр восстановлен из {0} (%Ln обращений). Реестр в прежнем виде сохранён в {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0} ({1})? Names, contacts, texts, originals and copies of letters are erased; numbers, dates, rights and outcomes stay for the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Уничтожить персональные данные %Ln обращения, закрытого до {0} ({1})? Имена, контакты, тексты, оригиналы и копии писем уничтожаются; номера, даты, требования и результаты остаются для статистики. Это действие необратимо.</numerusform>
            <numerusform>Уничтожить персональные данные %Ln обращений, закрытых до {0} ({1})? Имена, контакты, тексты, оригиналы и копии писем уничтожаются; номера, даты, требования и результаты остаются для статистики. Это действие необратимо.</numerusform>
            <numerusform>Уничтожить персональные данные %Ln обращений, закрытых до {0} ({1})? Имена, контакты, тексты, оригиналы и копии писем уничтожаются; номера, даты, требования и результаты остаются для статистики. Это действие необратимо.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %Ln request(s) was erased.</source>
        <translation>
            <numerusform>Персональные данные %Ln обращения уничтожены.</numerusform>
            <numerusform>Персональные данные %Ln обращений уничтожены.</numerusform>
            <numerusform>Персональные данные %Ln обращений уничтожены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:

{1}

Write it down now: it is not shown again. The key it unlocks is in {2}; keep a copy of that file with your backups. On another computer, “Use the recovery passphrase…” at the start (or the command line&apos;s recover) puts the key back.</source>
        <translation>Парольная фраза восстановления реестра {0}:

{1}

Запишите её сейчас: больше она не будет показана. Ключ, который она открывает, хранится в {2}; держите копию этого файла вместе с резервными копиями. На другом компьютере кнопка «Ввести парольную фразу восстановления…» при запуске (или команда recover) вернёт ключ.</translation>
    </message>
    <message>
        <source>The register cannot be opened again ({0}); start Otinish again.</source>
        <translation>Не удаётся снова открыть реестр ({0}); запустите Otinish заново.</translation>
    </message>
    <message>
        <source>Restoring the register…</source>
        <translation>Восстановление реестра…</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <source>Erasing old personal data…</source>
        <translation>Уничтожение устаревших персональных данных…</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Введите одну и ту же парольную фразу дважды.</translation>
    </message>
    <message>
        <source>The two entries match.</source>
        <translation>Парольные фразы совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Не менее %Ln символа.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>Выберите парольную фразу не короче %Ln символа.</numerusform>
            <numerusform>Выберите парольную фразу не короче %Ln символов.</numerusform>
            <numerusform>Выберите парольную фразу не короче %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Парольные фразы не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
        <source>The register&apos;s key</source>
        <translation>Ключ реестра</translation>
    </message>
    <message>
        <source>The register is one encrypted file; this is how it is unlocked.</source>
        <translation>Реестр — один зашифрованный файл; здесь выбирается, чем он открывается.</translation>
    </message>
    <message>
        <source>The passphrase is taken from the OTINISH_PASSPHRASE environment variable; nothing to choose here.</source>
        <translation>Парольная фраза берётся из переменной окружения OTINISH_PASSPHRASE; выбирать ничего не нужно.</translation>
    </message>
    <message>
        <source>This computer has a system keychain. Otinish can keep a random key there and unlock the register when you log in, with nothing to remember. Or you can choose a passphrase to type at every start.</source>
        <translation>На этом компьютере есть системное хранилище ключей. Otinish может хранить там случайный ключ и открывать реестр при входе в систему — запоминать ничего не нужно. Или выберите парольную фразу, которую будете вводить при каждом запуске.</translation>
    </message>
    <message>
        <source>This computer has no system keychain Otinish can use, so the register is locked with a passphrase you type at every start. Choose one you will remember: if it is lost, nobody can open the register, not even us.</source>
        <translation>На этом компьютере нет системного хранилища ключей, доступного Otinish, поэтому реестр защищается парольной фразой, которую вы вводите при каждом запуске. Выберите такую, которую не забудете: если её забыть или потерять, открыть реестр не сможет никто, даже мы.</translation>
    </message>
    <message>
        <source>Keep a random key in the system keychain (recommended)</source>
        <translation>Хранить случайный ключ в системном хранилище (рекомендуется)</translation>
    </message>
    <message>
        <source>Use a passphrase I type at every start</source>
        <translation>Использовать парольную фразу, которую я буду вводить при каждом запуске</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Ещё раз</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Letter {0} prepared, not sent yet: {1}. Mark it as sent once it has gone.</source>
        <translation>Письмо {0} подготовлено, но ещё не отправлено: {1}. Отметьте отправку, когда оно уйдёт.</translation>
    </message>
    <message>
        <source>{0} is already recorded as sent on {1}.</source>
        <translation>Письмо {0} уже отмечено как отправленное {1}.</translation>
    </message>
    <message>
        <source>{0} recorded as sent on {1} ({2}).</source>
        <translation>Письмо {0} отмечено как отправленное {1} ({2}).</translation>
    </message>
    <message>
        <source>There is no letter {0} in this request.</source>
        <translation>В этом обращении нет письма {0}.</translation>
    </message>
    <message>
        <source>No letter of {0} is waiting to be recorded as sent.</source>
        <translation>У обращения {0} нет писем, ожидающих отметки об отправке.</translation>
    </message>
    <message>
        <source>The file of letter {0} is no longer in {1}. Save a copy from the register?</source>
        <translation>Файла письма {0} больше нет в {1}. Сохранить копию из реестра?</translation>
    </message>
    <message>
        <source>Save a copy of the letter</source>
        <translation>Сохранить копию письма</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Сохранить оригинал</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Generate letter</source>
        <extracomment>The warnings Settings can put right: the tab where the missing language is filled in. The problems that keep a letter from being made until Settings are filled in: the tab (at the register&apos;s own language, the record every other language falls back to). The problems of a letters folder that refuses letters: another folder is offered. Settings at the tab that puts the problem right, when Settings can. The warning shown for each code, and its Settings button where there is one.</extracomment>
        <translation>Составить письмо</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Your paragraph</source>
        <translation>Ваш абзац</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Make and open</source>
        <translation>Создать и открыть</translation>
    </message>
    <message>
        <source>The .docx is saved in {0} and opened in your word processor; a copy stays in the register. It is only prepared: mark it as sent once it has gone.</source>
        <translation>Файл .docx сохраняется в {0} и открывается в текстовом редакторе; копия остаётся в реестре. Письмо только подготовлено: отметьте отправку, когда оно уйдёт.</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Letters made</source>
        <translation>Подготовленные письма</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>рассмотрено</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <source>sent {0}</source>
        <translation>отправлено {0}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Tick at least one purpose this withdrawal concerns.</source>
        <translation>Отметьте хотя бы одну цель, которой касается отзыв согласия.</translation>
    </message>
    <message>
        <source>Required for this letter: explain in your own words.</source>
        <translation>Обязательно для этого письма: изложите своими словами.</translation>
    </message>
    <message>
        <source>Optional: a paragraph of your own for the letter.</source>
        <translation>Необязательно: ваш собственный абзац для письма.</translation>
    </message>
    <message>
        <source>You will be asked for the reason to make it anyway.</source>
        <translation>Чтобы всё же составить его, нужно будет указать причину.</translation>
    </message>
    <message>
        <source>Fill in the requisites…</source>
        <translation>Заполнить реквизиты…</translation>
    </message>
    <message>
        <source>Fill in the profile…</source>
        <translation>Заполнить профиль…</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Выбрать другую папку…</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Папка писем</translation>
    </message>
    <message>
        <source>Settings, at this language&apos;s tab</source>
        <translation>Настройки, вкладка этого языка</translation>
    </message>
    <message>
        <source>The letter contradicts the record</source>
        <translation>Письмо противоречит записям реестра</translation>
    </message>
    <message>
        <source>Make it anyway? Give the reason; the request&apos;s history keeps it.</source>
        <translation>Всё же составить письмо? Укажите причину — она сохранится в истории обращения.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Out. No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Mark as sent…</source>
        <translation>Отметить отправку…</translation>
    </message>
    <message>
        <source>Record when and how the selected letter reached the requester: only then does a reply answer</source>
        <translation>Отметить, когда и как выбранное письмо дошло до заявителя: только тогда ответ считается данным</translation>
    </message>
    <message>
        <source>Reply by email…</source>
        <translation>Ответить по эл. почте…</translation>
    </message>
    <message>
        <source>Send the selected letter to the requester by email, or save it as a draft for your mail client</source>
        <translation>Отправить выбранное письмо заявителю по эл. почте или сохранить его как черновик для почтовой программы</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>button: open the letter&apos;s file</comment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Originals kept in the register</source>
        <translation>Оригиналы, хранящиеся в реестре</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date saved</source>
        <translation>Дата сохранения</translation>
    </message>
    <message>
        <source>Save the original…</source>
        <translation>Сохранить оригинал…</translation>
    </message>
    <message>
        <source>sent on {0} ({1})</source>
        <translation>отправлено {0} ({1})</translation>
    </message>
    <message>
        <source>prepared on {0}</source>
        <comment>a letter made, not sent yet</comment>
        <translation>подготовлено {0}</translation>
    </message>
    <message>
        <source>Sent on {0} ({1}); prepared on {2}.</source>
        <translation>Отправлено {0} ({1}); подготовлено {2}.</translation>
    </message>
    <message>
        <source>Prepared on {0}; not recorded as sent yet: mark it as sent once it has gone.</source>
        <translation>Подготовлено {0}; отправка ещё не отмечена: отметьте её, когда письмо уйдёт.</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Язык писем по умолчанию</translation>
    </message>
    <message>
        <source>Letters folder</source>
        <translation>Папка писем</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Ваши шаблоны</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Copy the defaults there</source>
        <translation>Скопировать стандартные шаблоны</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Вернуть стандартные шаблоны</translation>
    </message>
    <message>
        <source>A template in this folder replaces the default of the same name (e.g. refusal.ru.docx). Edit it in Word; keep the fields in {{ }} as they are.</source>
        <translation>Шаблон в этой папке заменяет стандартный с тем же именем (например, refusal.ru.docx). Редактируйте его в Word; поля в {{ }} оставляйте как есть.</translation>
    </message>
    <message>
        <source>Outgoing number and executor</source>
        <translation>Исходящий номер и исполнитель</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Executor&apos;s phone</source>
        <translation>Телефон исполнителя</translation>
    </message>
    <message>
        <source>{year} is the year and {seq} the letter&apos;s count within it; {seq:04d} writes the count with four digits (0012). The register keeps its own numbers (OUT-2026-0012) whatever the format.</source>
        <translation>{year} — год, {seq} — порядковый номер письма в этом году; {seq:04d} записывает его четырьмя цифрами (0012). Реестр при любом формате хранит свои номера (OUT-2026-0012).</translation>
    </message>
    <message>
        <source>e.g. Zhumabayeva D.K.</source>
        <translation>например: Жумабаева Д.К.</translation>
    </message>
    <message>
        <source>e.g. +7 7172 79 00 12</source>
        <translation>например: +7 7172 79 00 12</translation>
    </message>
    <message>
        <source>Printed under the signature of every letter: “Prepared by: name, tel. phone”. Leave the name empty for no such line.</source>
        <translation>Печатается под подписью каждого письма: «Исп.: имя, тел. телефон». Оставьте имя пустым, чтобы этой строки не было.</translation>
    </message>
    <message>
        <source>Authorized body named in refusals</source>
        <translation>Уполномоченный орган, указываемый в отказах</translation>
    </message>
    <message>
        <source>A refusal tells the requester they may appeal to the authorized body for personal data protection (also through e-Otinish) or to a court. When the body is renamed, write its new name here; an empty field uses the name shown in grey.</source>
        <translation>В отказе заявителю сообщается, что он может обжаловать его в уполномоченном органе в сфере защиты персональных данных (в том числе через e-Otinish) или в суде. Если орган переименован, впишите здесь его новое название; пустое поле использует название, показанное серым.</translation>
    </message>
    <message>
        <source>Next letter: Ref. {0}</source>
        <translation>Следующее письмо: Исх. № {0}</translation>
    </message>
    <message>
        <source>Letters go to {0}, the folder you chose, in a folder per year and request.</source>
        <translation>Письма сохраняются в {0} — выбранную вами папку, в папку для каждого года и обращения.</translation>
    </message>
    <message>
        <source>Letters go to {0} in your Documents folder, in a folder per year and request.</source>
        <translation>Письма сохраняются в {0} в папке «Документы», в папку для каждого года и обращения.</translation>
    </message>
    <message>
        <source>Letters go to {0}, on this computer: your Documents folder is in OneDrive, which would copy the letters (personal data) to the cloud. Choose a folder to change it.</source>
        <translation>Письма сохраняются в {0} на этом компьютере: ваша папка «Документы» находится в OneDrive, который скопировал бы письма (персональные данные) в облако. Чтобы изменить, выберите папку.</translation>
    </message>
    <message>
        <source>Letters go to {0}, inside OneDrive (your Documents folder is there), which copies them (personal data) to the cloud. Choose a folder on this computer to change it.</source>
        <translation>Письма сохраняются в {0} внутри OneDrive (там ваша папка «Документы»), который копирует их (персональные данные) в облако. Чтобы изменить, выберите папку на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln template(s) copied; your own were kept.</source>
        <translation>
            <numerusform>Скопирован %Ln шаблон; ваши собственные сохранены.</numerusform>
            <numerusform>Скопировано %Ln шаблона; ваши собственные сохранены.</numerusform>
            <numerusform>Скопировано %Ln шаблонов; ваши собственные сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no templates of your own; the defaults are in use.</source>
        <translation>Собственных шаблонов нет; используются стандартные.</translation>
    </message>
    <message numerus="yes">
        <source>Use the default templates again? Your %Ln template(s) are moved into a folder named “replaced” next to them, not deleted.</source>
        <translation>
            <numerusform>Снова использовать стандартные шаблоны? Ваш %Ln шаблон будет перемещён в папку «replaced» рядом, а не удалён.</numerusform>
            <numerusform>Снова использовать стандартные шаблоны? Ваши %Ln шаблона будут перемещены в папку «replaced» рядом, а не удалены.</numerusform>
            <numerusform>Снова использовать стандартные шаблоны? Ваши %Ln шаблонов будут перемещены в папку «replaced» рядом, а не удалены.</numerusform>
        </translation>
    </message>
    <message>
        <source>These templates could not be moved and are still in use: {0}. Close them in Word and try again.</source>
        <translation>Эти шаблоны не удалось переместить, они по-прежнему используются: {0}. Закройте их в Word и повторите.</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message numerus="yes">
        <source>Incoming mail: %Ln message(s) to review</source>
        <translation>
            <numerusform>Входящая почта: %Ln эл. письмо ожидает проверки</numerusform>
            <numerusform>Входящая почта: %Ln эл. письма ожидают проверки</numerusform>
            <numerusform>Входящая почта: %Ln эл. писем ожидают проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new message(s) in Incoming mail.</source>
        <translation>
            <numerusform>%Ln новое эл. письмо в разделе «Входящая почта».</numerusform>
            <numerusform>%Ln новых эл. письма в разделе «Входящая почта».</numerusform>
            <numerusform>%Ln новых эл. писем в разделе «Входящая почта».</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the mailbox…</source>
        <translation>Проверка почтового ящика…</translation>
    </message>
    <message>
        <source>The draft of {0} opened in your mail client. Once you have sent it, record the letter as sent.</source>
        <translation>Черновик письма {0} открыт в почтовой программе. Когда отправите его, отметьте отправку письма.</translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation>Отметить отправку…</translation>
    </message>
    <message>
        <source>{0} sent to {1} and recorded as sent.</source>
        <translation>Письмо {0} отправлено на адрес {1} и отмечено как отправленное.</translation>
    </message>
    <message>
        <source>Sending {0}…</source>
        <translation>Отправка письма {0}…</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>Optional. Nothing goes over the network until you fill in a server. The mailbox is only read: nothing on the server is marked as read, moved or deleted. New messages that look like requests wait under Incoming mail for you to accept or dismiss. Gmail, Yandex and mail.ru need an app password, not your usual one.</source>
        <translation>Необязательно. Пока вы не укажете сервер, ничего не передаётся по сети. Почтовый ящик только читается: на сервере ничего не отмечается как прочитанное, не перемещается и не удаляется. Новые эл. письма, похожие на обращения, ждут в разделе «Входящая почта», пока вы их не примете или не отклоните. Для Gmail, Яндекса и mail.ru нужен пароль приложения, а не ваш обычный пароль.</translation>
    </message>
    <message>
        <source>Mailbox requests arrive in (IMAP)</source>
        <translation>Почтовый ящик, куда приходят обращения (IMAP)</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <translation>Отправка ответов (SMTP)</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Only messages</source>
        <translation>Только эл. письма</translation>
    </message>
    <message>
        <source>Check every</source>
        <translation>Проверять каждые</translation>
    </message>
    <message>
        <source>INBOX, or several separated by commas</source>
        <translation>INBOX или несколько через запятую</translation>
    </message>
    <message>
        <source>to an alias or with these words in the subject, e.g. privacy@ | Персональные данные | Дербес деректер</source>
        <translation>на адрес-псевдоним или с этими словами в теме, например: privacy@ | Персональные данные | Дербес деректер</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>only when I click Check now</source>
        <translation>только по кнопке «Проверить сейчас»</translation>
    </message>
    <message>
        <source>Replies come from</source>
        <translation>Адрес отправителя ответов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>my register</source>
        <translation>мой реестр</translation>
    </message>
    <message>
        <source>Otinish — {0}</source>
        <translation>Otinish — {0}</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Drop .eml or .msg files anywhere on the window to import them.</source>
        <translation>Перетащите файлы .eml или .msg в любое место окна, чтобы импортировать их.</translation>
    </message>
    <message>
        <source>Search name, email, phone, number or text</source>
        <translation>Поиск: имя, почта, телефон, номер или текст</translation>
    </message>
    <message>
        <source>Register: {0}</source>
        <translation>Реестр: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>найдено: %Ln</numerusform>
            <numerusform>найдено: %Ln</numerusform>
            <numerusform>найдено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this view matches “{0}”.</source>
        <translation>В этом представлении ничего не найдено по запросу «{0}».</translation>
    </message>
    <message>
        <source>The register is empty. How did the first request come in?</source>
        <translation>Реестр пуст. Как поступило первое обращение?</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>Обращений со сроком сегодня нет.</translation>
    </message>
    <message>
        <source>Nothing is due within the next three working days.</source>
        <translation>В ближайшие три рабочих дня сроков нет.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Просроченных обращений нет.</translation>
    </message>
    <message>
        <source>No request is waiting for an identity check.</source>
        <translation>Нет обращений, ожидающих подтверждения личности.</translation>
    </message>
    <message>
        <source>No requests in this view.</source>
        <translation>В этом представлении нет обращений.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Сначала выберите обращение.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New phone request</source>
        <translation>Новое обращение по телефону</translation>
    </message>
    <message>
        <source>New written or in-person request</source>
        <translation>Новое письменное или личное обращение</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>IIN (optional)</source>
        <translation>ИИН (необязательно)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Full name as the person gave it</source>
        <translation>ФИО так, как его указал заявитель</translation>
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
        <translation>Суть обращения словами заявителя</translation>
    </message>
    <message>
        <source>What the caller asked, in their words</source>
        <translation>Что просил позвонивший, его словами</translation>
    </message>
    <message>
        <source>Detected from the text: {0}. Check and correct the ticks if needed.</source>
        <translation>Определено по тексту: {0}. Проверьте и при необходимости исправьте отметки.</translation>
    </message>
    <message>
        <source>No right could be recognised in the text; tick the rights requested.</source>
        <translation>По тексту не удалось определить требование; отметьте запрошенные требования.</translation>
    </message>
    <message>
        <source>A valid IIN.</source>
        <translation>ИИН корректен.</translation>
    </message>
    <message>
        <source>This is a BIN; a person is identified by an IIN.</source>
        <translation>Это БИН; физическое лицо идентифицируется по ИИН.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>Not a valid IIN: check the digits.</source>
        <translation>ИИН некорректен: проверьте цифры.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Отметьте хотя бы одно требование.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Hide this notice</source>
        <translation>Скрыть это уведомление</translation>
    </message>
    <message>
        <source>Otinish ended unexpectedly last time, so the register is being checked. Until the check passes (seconds; longer for a large register) it can be read but not changed.</source>
        <translation>В прошлый раз Otinish завершился неожиданно, поэтому реестр проверяется. Пока проверка не пройдёт (несколько секунд; для большого реестра дольше), его можно читать, но нельзя изменять.</translation>
    </message>
    <message>
        <source>The register failed its integrity check, so it is open read-only and nothing can be changed. Restore the newest backup.</source>
        <translation>Реестр не прошёл проверку целостности, поэтому открыт только для чтения и изменить ничего нельзя. Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) overdue</source>
        <translation>
            <numerusform>%Ln обращение просрочено</numerusform>
            <numerusform>%Ln обращения просрочены</numerusform>
            <numerusform>%Ln обращений просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due by the next working day</source>
        <translation>
            <numerusform>у %Ln обращения срок до следующего рабочего дня</numerusform>
            <numerusform>у %Ln обращений срок до следующего рабочего дня</numerusform>
            <numerusform>у %Ln обращений срок до следующего рабочего дня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) to the authorized body due today or overdue</source>
        <translation>
            <numerusform>у %Ln уведомления о нарушении уполномоченному органу срок сегодня или истёк</numerusform>
            <numerusform>у %Ln уведомлений о нарушениях уполномоченному органу срок сегодня или истёк</numerusform>
            <numerusform>у %Ln уведомлений о нарушениях уполномоченному органу срок сегодня или истёк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln год</numerusform>
            <numerusform>%Ln года</numerusform>
            <numerusform>%Ln лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) are past the retention period ({0}): their personal data should now be erased.</source>
        <translation>
            <numerusform>У %Ln закрытого обращения истёк срок хранения ({0}): его персональные данные подлежат уничтожению.</numerusform>
            <numerusform>У %Ln закрытых обращений истёк срок хранения ({0}): их персональные данные подлежат уничтожению.</numerusform>
            <numerusform>У %Ln закрытых обращений истёк срок хранения ({0}): их персональные данные подлежат уничтожению.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the address…</source>
        <translation>Добавить адрес…</translation>
    </message>
    <message>
        <source>The key of this register is kept only in this computer&apos;s keychain: if the keychain is lost (a new computer, a reset profile), nobody can open the register or its backups. A recovery passphrase, written down and kept apart, gets the key back.</source>
        <translation>Ключ этого реестра хранится только в хранилище ключей этого компьютера: если хранилище будет утрачено (новый компьютер, сброшенный профиль), никто не сможет открыть ни реестр, ни его резервные копии. Парольная фраза восстановления, записанная и хранимая отдельно, вернёт ключ.</translation>
    </message>
    <message>
        <source>Make a recovery passphrase…</source>
        <translation>Создать парольную фразу восстановления…</translation>
    </message>
    <message>
        <source>Needs attention: {0}.</source>
        <translation>Требует внимания: {0}.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Review and purge…</source>
        <translation>Просмотреть и уничтожить…</translation>
    </message>
    <message>
        <source>This is the demo register: invented requests in a separate file ({0}), locked with the passphrase “{1}”. Nothing you do here touches your own register.</source>
        <translation>Это демонстрационный реестр: вымышленные обращения в отдельном файле ({0}), защищённом парольной фразой «{1}». Что бы вы здесь ни делали, ваш собственный реестр это не затронет.</translation>
    </message>
    <message>
        <source>Set up my own register…</source>
        <translation>Создать свой реестр…</translation>
    </message>
</context>
<context>
    <name>OperatorForm</name>
    <message>
        <source>Name</source>
        <extracomment>The signatory&apos;s full name; the position has a field of its own.</extracomment>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>IIN or BIN</source>
        <translation>ИИН или БИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>ФИО подписанта</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>With the legal form, e.g. ИП Жумабаев Е.К. or ТОО «Ромашка»</source>
        <translation>С организационно-правовой формой, например: ИП Жумабаев Е.К. или ТОО «Ромашка»</translation>
    </message>
    <message>
        <source>e.g. А.А. Ахметов</source>
        <translation>например: А.А. Ахметов</translation>
    </message>
    <message>
        <source>e.g. Директор; a sole proprietor may leave it empty</source>
        <translation>например: Директор; ИП может оставить пустым</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name as the signatory.</source>
        <translation>Индивидуальный предприниматель подписывает письма сам: укажите ФИО владельца как подписанта.</translation>
    </message>
    <message>
        <source>Give the owner&apos;s full name as the signatory, not the trade name.</source>
        <translation>Укажите как подписанта ФИО владельца, а не коммерческое название.</translation>
    </message>
    <message>
        <source>A sole proprietor signs in person: the owner&apos;s full name. A company: the name and position of who signs.</source>
        <translation>ИП подписывает сам: ФИО владельца. Организация: ФИО и должность того, кто подписывает.</translation>
    </message>
    <message>
        <source>Postal address for the letterhead</source>
        <translation>Почтовый адрес для бланка письма</translation>
    </message>
    <message>
        <source>12 digits: the IIN of a sole proprietor or the BIN of a company.</source>
        <translation>12 цифр: ИИН индивидуального предпринимателя или БИН организации.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ИИН или БИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>A valid IIN: the operator is a sole proprietor.</source>
        <translation>ИИН корректен: оператор — индивидуальный предприниматель.</translation>
    </message>
    <message>
        <source>A valid BIN: the operator is a legal entity.</source>
        <translation>БИН корректен: оператор — юридическое лицо.</translation>
    </message>
    <message>
        <source>Not a valid IIN or BIN: check the digits.</source>
        <translation>ИИН или БИН некорректен: проверьте цифры.</translation>
    </message>
</context>
<context>
    <name>OperatorPage</name>
    <message>
        <source>You, the operator</source>
        <translation>Вы — оператор</translation>
    </message>
    <message>
        <source>These details head every letter you send.</source>
        <translation>Эти сведения указываются в бланке каждого вашего письма.</translation>
    </message>
    <message>
        <source>You may leave the page empty and fill it in later; letters cannot be made until you do.</source>
        <translation>Страницу можно оставить пустой и заполнить позже; до этого письма составить нельзя.</translation>
    </message>
</context>
<context>
    <name>OperatorTab</name>
    <message>
        <source>These details head every letter, in the letter&apos;s language.</source>
        <translation>Эти сведения стоят в шапке каждого письма, на языке письма.</translation>
    </message>
    <message>
        <source>The register&apos;s own record: the IIN/BIN, email and phone are the same in every language, and letters in a language not filled in use these details.</source>
        <translation>Основные сведения реестра: ИИН/БИН, эл. почта и телефон одинаковы на всех языках, а письма на незаполненном языке используют эти сведения.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will use the Russian requisites.</source>
        <translation>Ещё не заполнено: письма на этом языке будут использовать русские реквизиты.</translation>
    </message>
    <message>
        <source>Letters in this language carry these requisites; the IIN/BIN, email and phone are those of the Russian tab.</source>
        <translation>Письма на этом языке содержат эти реквизиты; ИИН/БИН, эл. почта и телефон берутся со вкладки «Русский».</translation>
    </message>
    <message>
        <source>Fill in the Russian tab first: the IIN/BIN, email and phone of every letter come from it.</source>
        <translation>Сначала заполните вкладку «Русский»: ИИН/БИН, эл. почта и телефон каждого письма берутся из неё.</translation>
    </message>
</context>
<context>
    <name>PasteEmailDialog</name>
    <message>
        <source>Paste an email</source>
        <translation>Вставка эл. письма</translation>
    </message>
    <message>
        <source>Copy the email in your webmail and paste it below: best with its headers (From, Date, Subject), as “Show original” or a forward shows them; the text alone will do if you type the sender and the time it arrived.</source>
        <translation>Скопируйте эл. письмо в веб-почте и вставьте его ниже — лучше с заголовками (От, Дата, Тема), как их показывают «Показать оригинал» или пересылка; подойдёт и один текст, если вы укажете отправителя и время поступления.</translation>
    </message>
    <message>
        <source>From: …
Date: …
Subject: …

The text of the email</source>
        <translation>От: …
Дата: …
Тема: …

Текст эл. письма</translation>
    </message>
    <message>
        <source>Paste from the clipboard</source>
        <translation>Вставить из буфера обмена</translation>
    </message>
    <message>
        <source>From, if not in the text</source>
        <translation>Отправитель, если его нет в тексте</translation>
    </message>
    <message>
        <source>name@example.kz or the sender&apos;s name</source>
        <translation>name@example.kz или имя отправителя</translation>
    </message>
    <message>
        <source>Received on, if not in the text</source>
        <translation>Дата поступления, если её нет в тексте</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Далее…</translation>
    </message>
    <message>
        <source>This does not read as an email yet.</source>
        <translation>Пока это не похоже на эл. письмо.</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>от {0}</translation>
    </message>
    <message>
        <source>received {0}</source>
        <translation>поступило {0}</translation>
    </message>
    <message>
        <source>Found in the text: {0}.</source>
        <translation>Найдено в тексте: {0}.</translation>
    </message>
    <message>
        <source>No headers found in the text.</source>
        <translation>Заголовков в тексте не найдено.</translation>
    </message>
    <message>
        <source>Type the sender below.</source>
        <translation>Укажите отправителя ниже.</translation>
    </message>
    <message>
        <source>The time received typed below is used.</source>
        <translation>Используется время поступления, указанное ниже.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>What you process, as an access response lists it. Write one entry per line in the lists.</source>
        <translation>Что вы обрабатываете — так, как это перечисляется в ответе на запрос об ознакомлении. В списках — по одному пункту в строке.</translation>
    </message>
    <message>
        <source>The register&apos;s own profile: letters in a language not filled in list this one.</source>
        <translation>Основной профиль реестра: письма на незаполненном языке приводят этот профиль.</translation>
    </message>
    <message>
        <source>Not filled in yet: letters in this language will list the Russian profile.</source>
        <translation>Ещё не заполнено: письма на этом языке будут приводить русский профиль.</translation>
    </message>
    <message>
        <source>Access replies and withdrawal confirmations in this language list this profile.</source>
        <translation>Ответы на запрос об ознакомлении и подтверждения отзыва согласия на этом языке приводят этот профиль.</translation>
    </message>
</context>
<context>
    <name>PurposesChooser</name>
    <message>
        <source>Name only the purposes this withdrawal concerns (usually those based on consent).</source>
        <extracomment>The list is as tall as its purposes, up to this; more scroll.</extracomment>
        <translation>Отметьте только те цели, которых касается отзыв согласия (обычно основанные на согласии).</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open Otinish</source>
        <extracomment>QSettings keys: this computer&apos;s user&apos;s choices (not the register&apos;s). How often the running app looks for rights that became overdue (and the new day). The longest single wait of the daily timer (a timer is an int of ms; re-planned after).</extracomment>
        <translation>Открыть Otinish</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message numerus="yes">
        <source>%Ln breach notice(s) due</source>
        <translation>
            <numerusform>%Ln уведомление о нарушении к сроку</numerusform>
            <numerusform>%Ln уведомления о нарушении к сроку</numerusform>
            <numerusform>%Ln уведомлений о нарушении к сроку</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due today</source>
        <translation>на сегодня сроков нет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due today</source>
        <translation>
            <numerusform>%Ln со сроком сегодня</numerusform>
            <numerusform>%Ln со сроком сегодня</numerusform>
            <numerusform>%Ln со сроком сегодня</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln просрочено</numerusform>
            <numerusform>%Ln просрочено</numerusform>
            <numerusform>%Ln просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due next working day</source>
        <translation>
            <numerusform>%Ln со сроком в следующий рабочий день</numerusform>
            <numerusform>%Ln со сроком в следующий рабочий день</numerusform>
            <numerusform>%Ln со сроком в следующий рабочий день</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue now</source>
        <translation>
            <numerusform>теперь просрочено: %Ln</numerusform>
            <numerusform>теперь просрочено: %Ln</numerusform>
            <numerusform>теперь просрочено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>breach notice</source>
        <translation>уведомление о нарушении</translation>
    </message>
    <message>
        <source>Otinish keeps running in the tray to remind you of deadlines. The register stays open and locked. To quit, use Quit in the tray icon&apos;s menu.</source>
        <translation>Otinish продолжает работать в области уведомлений, чтобы напоминать о сроках. Реестр остаётся открытым и заблокированным для других программ. Чтобы выйти, выберите «Выход» в меню значка.</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Daily reminder at</source>
        <translation>Ежедневное напоминание в</translation>
    </message>
    <message>
        <source>On each working day of the Kazakh calendar (weekends and public holidays have none), and whenever Otinish starts: what is due today, overdue, or due by the next working day.</source>
        <translation>В каждый рабочий день по казахстанскому календарю (в выходные и праздники напоминаний нет) и при каждом запуске Otinish: что нужно сделать сегодня, что просрочено и что — к следующему рабочему дню.</translation>
    </message>
    <message>
        <source>Name the requester in notifications and calendar events (a lock screen or a shared calendar is not private)</source>
        <translation>Указывать заявителя в уведомлениях и событиях календаря (экран блокировки и общий календарь видны другим)</translation>
    </message>
    <message>
        <source>Closing the window keeps Otinish running in the tray (the register stays open and locked)</source>
        <translation>При закрытии окна Otinish продолжает работать в области уведомлений (реестр остаётся открытым и заблокированным)</translation>
    </message>
    <message>
        <source>Start Otinish at login, minimised</source>
        <translation>Запускать Otinish при входе в систему, свёрнутым</translation>
    </message>
    <message>
        <source>A scheduled task can remind you without Otinish running: the command “otinish-cli remind” (see the README).</source>
        <translation>Напоминать может и задача по расписанию, без запущенного Otinish: команда «otinish-cli remind» (см. README).</translation>
    </message>
    <message>
        <source>This desktop has no system tray: Otinish cannot keep running in it. The reminder comes when Otinish starts (start it at login), and a scheduled task can run “otinish-cli remind”.</source>
        <translation>На этом рабочем столе нет области уведомлений: Otinish не может продолжать работать в ней. Напоминание приходит при запуске Otinish (запускайте его при входе в систему), а задача по расписанию может выполнять «otinish-cli remind».</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply by email — {0}</source>
        <translation>Ответить по эл. почте — {0}</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attach a PDF too (made by {0})</source>
        <translation>Приложить также PDF (создаётся в {0})</translation>
    </message>
    <message>
        <source>No PDF: LibreOffice is not installed; the .docx goes alone</source>
        <translation>Без PDF: LibreOffice не установлен; отправляется только .docx</translation>
    </message>
    <message>
        <source>Attach the original request</source>
        <translation>Приложить оригинал обращения</translation>
    </message>
    <message>
        <source>The reply threads under the requester&apos;s message.</source>
        <translation>Ответ попадёт в одну цепочку с эл. письмом заявителя.</translation>
    </message>
    <message>
        <source>The requester&apos;s message is not kept in the register: the reply answers its subject but may not thread under it.</source>
        <translation>Эл. письмо заявителя не хранится в реестре: ответ повторяет его тему, но может не попасть с ним в одну цепочку.</translation>
    </message>
    <message>
        <source>The request did not come by email: the subject is in the letter&apos;s language.</source>
        <translation>Обращение поступило не по эл. почте: тема написана на языке письма.</translation>
    </message>
    <message>
        <source>Save draft and open…</source>
        <translation>Сохранить черновик и открыть…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Set up the SMTP server in Settings, Mail, to send from here.</source>
        <translation>Чтобы отправлять отсюда, настройте SMTP-сервер: Настройки, вкладка «Почта».</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Эл. письмо (*.eml)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for a period</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Обращения, поступившие</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>A Word report and an Excel annex for an inspection: the journal, counts, deadlines met, late rights, refusals, incidents, the rules in force and the register&apos;s check. They are plain files, not encrypted: keep them safe.</source>
        <translation>Отчёт Word и приложение Excel для проверки: журнал, сводные цифры, соблюдение сроков, требования с нарушением срока, отказы, инциденты, действующие правила и проверка реестра. Это обычные незашифрованные файлы: храните их надёжно.</translation>
    </message>
    <message>
        <source>Make report…</source>
        <translation>Составить отчёт…</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Папка для отчёта</translation>
    </message>
    <message>
        <source>A report of this period in this language is already in that folder. Replace it?</source>
        <translation>Отчёт за этот период на этом языке уже есть в этой папке. Заменить его?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>The report is in {0} and {1}. The audit trail&apos;s head is {2} ({3} entries). They are plain files, not encrypted: keep them safe.</source>
        <translation>Отчёт сохранён в {0} и {1}. Вершина журнала аудита — {2} (записей: {3}). Это обычные незашифрованные файлы: храните их надёжно.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Составление отчёта…</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Identity check of {0} recorded.</source>
        <translation>Проверка личности по обращению {0} записана.</translation>
    </message>
    <message>
        <source>Action for {0} recorded.</source>
        <translation>Действие по обращению {0} записано.</translation>
    </message>
    <message>
        <source>No right of {0} waits for supporting documents.</source>
        <translation>Ни одно требование обращения {0} не ждёт подтверждающих документов.</translation>
    </message>
    <message>
        <source>Supporting documents of {0} recorded as received on {1}; due {2}.</source>
        <translation>Подтверждающие документы по обращению {0} записаны как полученные {1}; срок — {2}.</translation>
    </message>
    <message>
        <source>{0} closed.</source>
        <translation>Обращение {0} закрыто.</translation>
    </message>
    <message>
        <source>Reopen request</source>
        <translation>Возобновить обращение</translation>
    </message>
    <message>
        <source>Why is {0} reopened?</source>
        <translation>Почему обращение {0} возобновляется?</translation>
    </message>
    <message>
        <source>{0} reopened.</source>
        <translation>Обращение {0} возобновлено.</translation>
    </message>
    <message>
        <source>The evidence pack is a plain ZIP file, not encrypted, with the request&apos;s personal data, letters and history. Continue?</source>
        <translation>Пакет доказательств — обычный незашифрованный ZIP-файл с персональными данными, письмами и историей обращения. Продолжить?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Сохранить пакет доказательств</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Архивы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Evidence pack of {0} saved: {1}</source>
        <translation>Пакет доказательств по обращению {0} сохранён: {1}</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Формирование пакета доказательств…</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>{channel} · received {when}</source>
        <extracomment>The values that are one word, elided where the panel is too narrow (an email address keeps its start and its domain). (step, letter kind or number or &quot;&quot;) — a next-step button was pressed. The supporting documents of a correction arrived: record the day.</extracomment>
        <translation>{channel} · получено {when}</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a right registered by mistake</comment>
        <translation>исключено</translation>
    </message>
    <message>
        <source>done {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>рассмотрено {0}</translation>
    </message>
    <message>
        <source>waiting for the supporting documents</source>
        <translation>ожидаются подтверждающие документы</translation>
    </message>
    <message>
        <source>open</source>
        <comment>state of a requested right: not answered yet</comment>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>Deadline basis: {0}</source>
        <translation>Основание срока: {0}</translation>
    </message>
    <message>
        <source>Until the documents arrive, the date is counted from the receipt of the request.</source>
        <translation>Пока документы не получены, срок считается со дня поступления обращения.</translation>
    </message>
    <message>
        <source>Removed: {0}</source>
        <translation>Исключено: {0}</translation>
    </message>
    <message>
        <source>No text was recorded for this request.</source>
        <translation>Текст обращения не записан.</translation>
    </message>
    <message>
        <source>Select a request to see who asked, what for, by when, and everything done since.</source>
        <translation>Выберите обращение, чтобы увидеть, кто обратился, с каким требованием, в какой срок и что уже сделано.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Приветствие в письме</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What the requester wrote or said</source>
        <translation>Что написал или сказал заявитель</translation>
    </message>
    <message>
        <source>Documents received…</source>
        <translation>Документы получены…</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of the correction arrived: its period runs from then (Ctrl+Shift+D)</source>
        <translation>Записать день получения подтверждающих документов для изменения: срок отсчитывается от него (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>button: correct the request&apos;s details</comment>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for (Ctrl+E)</source>
        <translation>Исправить данные заявителя или требования (Ctrl+E)</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Проверки личности</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Every requested right is answered.</source>
        <comment>handled, including by a reasoned refusal</comment>
        <translation>Все требования рассмотрены.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue since {0} — %Ln working day(s) late</source>
        <translation>
            <numerusform>Просрочено с {0} — на %Ln рабочий день</numerusform>
            <numerusform>Просрочено с {0} — на %Ln рабочих дня</numerusform>
            <numerusform>Просрочено с {0} — на %Ln рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due {0} — %Ln working day(s) left</source>
        <translation>
            <numerusform>Срок {0} — остался %Ln рабочий день</numerusform>
            <numerusform>Срок {0} — осталось %Ln рабочих дня</numerusform>
            <numerusform>Срок {0} — осталось %Ln рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Уведомить о получении</translation>
    </message>
    <message>
        <source>Ask to confirm identity</source>
        <translation>Запросить подтверждение личности</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Closed {0}: {1}</source>
        <translation>Закрыто {0}: {1}</translation>
    </message>
    <message>
        <source>Due today, {0}</source>
        <translation>Срок сегодня, {0}</translation>
    </message>
    <message>
        <source>Send the reply prepared on {0}</source>
        <translation>Отправить ответ, подготовленный {0}</translation>
    </message>
    <message>
        <source>Mark {0} as sent</source>
        <translation>Отметить отправку {0}</translation>
    </message>
    <message>
        <source>Write the reply</source>
        <translation>Подготовить ответ</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Составить письмо</translation>
    </message>
    <message>
        <source>Record identity check</source>
        <translation>Записать проверку личности</translation>
    </message>
    <message>
        <source>Record action</source>
        <translation>Записать действие</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Пакет доказательств</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>In. No.</source>
        <extracomment>The views whose count is a warning when it is not zero.</extracomment>
        <translation>Вх. №</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Rights requested</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>column: the result of the latest identity check</comment>
        <translation>Личность</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>column: working days left until the due date</comment>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Inbound number of the request</source>
        <translation>Входящий номер обращения</translation>
    </message>
    <message>
        <source>How the request came in</source>
        <translation>Как поступило обращение</translation>
    </message>
    <message>
        <source>The latest identity check</source>
        <translation>Последняя проверка личности</translation>
    </message>
    <message>
        <source>When the first open right is due</source>
        <translation>Срок ближайшего неисполненного требования</translation>
    </message>
    <message>
        <source>Working days left (negative: overdue)</source>
        <translation>Осталось рабочих дней (минус — просрочено)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Identity: {0}</source>
        <translation>Личность: {0}</translation>
    </message>
    <message>
        <source>Identity not checked yet</source>
        <translation>Личность ещё не проверена</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln working day(s)</source>
        <translation>
            <numerusform>Просрочено на %Ln рабочий день</numerusform>
            <numerusform>Просрочено на %Ln рабочих дня</numerusform>
            <numerusform>Просрочено на %Ln рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>Остался %Ln рабочий день</numerusform>
            <numerusform>Осталось %Ln рабочих дня</numerusform>
            <numerusform>Осталось %Ln рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>Name with its legal form</source>
        <extracomment>The letter languages, the register&apos;s own first (its record is the one the others fall back to). Examples of requisites as letters in each language write them (glossary), shown in the empty fields: they are letter text, not interface text, so they are not translated.</extracomment>
        <translation>Наименование с организационно-правовой формой</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Signatory&apos;s full name</source>
        <translation>ФИО подписанта</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>например: {0}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name and address in {0} too, or leave that tab empty.</source>
        <translation>Укажите наименование и адрес оператора и на этом языке ({0}) или оставьте эту вкладку пустой.</translation>
    </message>
    <message>
        <source>A sole proprietor signs letters in person: give the owner&apos;s full name in {0} too.</source>
        <translation>Индивидуальный предприниматель подписывает письма сам: укажите ФИО владельца и на этом языке ({0}).</translation>
    </message>
</context>
<context>
    <name>ResponsibleDialog</name>
    <message>
        <source>Person responsible for organising the processing</source>
        <translation>Лицо, ответственное за организацию обработки</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>A breach notice gives this person&apos;s contacts to the authorized body, and the subjects&apos; letter to them.</source>
        <translation>Уведомление о нарушении сообщает контакты этого лица уполномоченному органу, а письмо субъектам — самим субъектам.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark {0} as sent</source>
        <translation>Отметить отправку {0}</translation>
    </message>
    <message>
        <source>{0} — {1}, prepared on {2}</source>
        <translation>{0} — {1}, подготовлено {2}</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата и время отправки</translation>
    </message>
    <message>
        <source>From this moment the letter counts as sent: a reply answers its rights on this date, and the request is answered once no reply is owed.</source>
        <translation>С этого момента письмо считается отправленным: ответ на требования считается данным в эту дату, а обращение получает статус «ответ направлен», когда не остаётся требований без ответа.</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Отметить отправку</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>TLS (ports 993, 465)</source>
        <translation>TLS (порты 993, 465)</translation>
    </message>
    <message>
        <source>STARTTLS (ports 143, 587)</source>
        <translation>STARTTLS (порты 143, 587)</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>Нет: без шифрования</translation>
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
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>стандартный</translation>
    </message>
    <message>
        <source>usually the full mail address</source>
        <translation>обычно полный адрес эл. почты</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>хранится в системном хранилище ключей; пустое поле — без изменений</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Day off</source>
        <extracomment>The tabs, in order, by the names `SettingsDialog(tab=...)` takes.</extracomment>
        <translation>Выходной</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Processing profile</source>
        <translation>Профиль обработки</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Keeping data</source>
        <translation>Хранение данных</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>The public holidays of Kazakhstan and the days moved by government decree are built into the app and counted without being listed here. This table lists only the days you add yourself: next year&apos;s transferred days once the decree is published, or a religious holiday&apos;s corrected date. Open requests keep their dates.</source>
        <translation>Государственные праздники Казахстана и дни, перенесённые постановлением Правительства, встроены в программу и учитываются, хотя здесь не перечислены. В этой таблице только дни, которые вы добавили сами: переносы следующего года, когда будет опубликовано постановление, или исправленная дата религиозного праздника. Открытые обращения сохраняют свои сроки.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. Government decree of 20.12</source>
        <translation>например: постановление Правительства от 20.12</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Retention period for closed requests</source>
        <translation>Срок хранения закрытых обращений</translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>unit after the number in a spin box</comment>
        <translation>
            <numerusform>год</numerusform>
            <numerusform>года</numerusform>
            <numerusform>лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln closed request(s) past the period.</source>
        <translation>
            <numerusform>%Ln закрытое обращение с истёкшим сроком хранения.</numerusform>
            <numerusform>%Ln закрытых обращения с истёкшим сроком хранения.</numerusform>
            <numerusform>%Ln закрытых обращений с истёкшим сроком хранения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %Ln request(s) closed before {0}? This cannot be undone.</source>
        <translation>
            <numerusform>Уничтожить персональные данные %Ln обращения, закрытого до {0}? Это действие необратимо.</numerusform>
            <numerusform>Уничтожить персональные данные %Ln обращений, закрытых до {0}? Это действие необратимо.</numerusform>
            <numerusform>Уничтожить персональные данные %Ln обращений, закрытых до {0}? Это действие необратимо.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>After this period the personal data of closed requests is erased; numbers, dates and outcomes stay for the statistics.</source>
        <translation>По истечении этого срока персональные данные закрытых обращений уничтожаются; номера, даты и результаты остаются для статистики.</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Уничтожить сейчас…</translation>
    </message>
    <message>
        <source>Once a day, at start, an encrypted copy of the register is made here; the last 14 are kept. Choose a folder on another disk.</source>
        <translation>Раз в день при запуске здесь создаётся зашифрованная копия реестра; хранятся последние 14. Выберите папку на другом диске.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Affected subject — {0}</source>
        <translation>Затронутый субъект — {0}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>The notice to the authorized body gives what is needed to notify each subject: the full name and/or IIN and/or mobile number. Kept encrypted; erased by retention.</source>
        <translation>Уведомление уполномоченному органу содержит сведения, нужные для уведомления каждого субъекта: ФИО и (или) ИИН и (или) номер мобильного телефона. Хранятся в зашифрованном виде; уничтожаются по истечении срока хранения.</translation>
    </message>
</context>
<context>
    <name>Switching</name>
    <message>
        <source>There is no register at {0}.</source>
        <translation>Реестр не найден: {0}.</translation>
    </message>
    <message>
        <source>Finish what is open in the window first, then open {0} again.</source>
        <translation>Сначала завершите то, что открыто в окне, затем снова откройте {0}.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Открыт {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged ({0})</source>
        <translation>Обращение зарегистрировано ({0})</translation>
    </message>
    <message>
        <source>Request voided</source>
        <translation>Обращение аннулировано</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <source>Right requested: {0}, due {1}</source>
        <translation>Требование: {0}, срок {1}</translation>
    </message>
    <message>
        <source>Right added: {0}, due {1}</source>
        <translation>Требование добавлено: {0}, срок {1}</translation>
    </message>
    <message>
        <source>Right answered: {0}</source>
        <comment>handled, including by a reasoned refusal</comment>
        <extracomment>The details kept beside the request row, by their own column names. The order of an import&apos;s lines told at the same moment: the request, its rights, the day their clock started, identity, actions, letters, sendings, rights answered, closing.</extracomment>
        <translation>Требование рассмотрено: {0}</translation>
    </message>
    <message>
        <source>Imported into the register; the dates above come from the imported records</source>
        <translation>Импортировано в реестр; даты выше взяты из импортированных записей</translation>
    </message>
    <message>
        <source>Breach found not confirmed on {0}: {1}, due {2}</source>
        <translation>Нарушение признано неподтверждённым {0}: {1}, срок {2}</translation>
    </message>
    <message>
        <source>Supporting documents received on {0}: {1}, due {2}</source>
        <translation>Подтверждающие документы получены {0}: {1}, срок {2}</translation>
    </message>
    <message>
        <source>Right open again: {0}</source>
        <translation>Требование снова открыто: {0}</translation>
    </message>
    <message>
        <source>Identity check: {0} — {1}</source>
        <translation>Проверка личности: {0} — {1}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Действие: {0}</translation>
    </message>
    <message>
        <source>Letter {0} prepared: {1}</source>
        <translation>Письмо {0} подготовлено: {1}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a detail empty before or after an edit</comment>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Edited: {0}</source>
        <translation>Изменено: {0}</translation>
    </message>
    <message>
        <source>Sent {0} ({1})</source>
        <translation>Отправлено {0} ({1})</translation>
    </message>
    <message>
        <source>on {0}</source>
        <comment>sent on a date</comment>
        <translation>дата отправки: {0}</translation>
    </message>
    <message>
        <source>Right removed: {0} — {1}</source>
        <translation>Требование исключено: {0} — {1}</translation>
    </message>
    <message>
        <source>identity check ({0})</source>
        <translation>проверка личности ({0})</translation>
    </message>
    <message>
        <source>action ({0})</source>
        <translation>действие ({0})</translation>
    </message>
    <message>
        <source>Voided: {0} — {1}</source>
        <translation>Аннулировано: {0} — {1}</translation>
    </message>
    <message>
        <source>Original kept: {0}</source>
        <translation>Сохранён оригинал: {0}</translation>
    </message>
</context>
<context>
    <name>TypesChooser</name>
    <message>
        <source>Rights requested</source>
        <translation>Требования</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Otinish</source>
        <translation>Добро пожаловать в Otinish</translation>
    </message>
    <message>
        <source>A register of personal-data requests that keeps every deadline.</source>
        <translation>Реестр обращений по персональным данным, который следит за каждым сроком.</translation>
    </message>
    <message>
        <source>Three short steps set up your register: the languages, your details as the operator, and where the register&apos;s key is kept. You can change all of it later in Settings.</source>
        <translation>Три коротких шага настроят реестр: языки, ваши сведения как оператора и место хранения ключа реестра. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Usual language of letters</source>
        <translation>Основной язык писем</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invented request(s) over ten years, in a separate file locked with the passphrase “{0}”. Your own register is not touched; set it up whenever you are ready.</source>
        <translation>
            <numerusform>%Ln вымышленное обращение за десять лет в отдельном файле, защищённом парольной фразой «{0}». Ваш собственный реестр не затрагивается; создайте его, когда будете готовы.</numerusform>
            <numerusform>%Ln вымышленных обращения за десять лет в отдельном файле, защищённом парольной фразой «{0}». Ваш собственный реестр не затрагивается; создайте его, когда будете готовы.</numerusform>
            <numerusform>%Ln вымышленных обращений за десять лет в отдельном файле, защищённом парольной фразой «{0}». Ваш собственный реестр не затрагивается; создайте его, когда будете готовы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look around in a demo register first</source>
        <translation>Сначала осмотреться в демонстрационном реестре</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>New &amp;phone request…</source>
        <translation>Новое обращение по &amp;телефону…</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>New &amp;written or in-person request…</source>
        <translation>Новое &amp;письменное или личное обращение…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменное</translation>
    </message>
    <message>
        <source>&amp;Import email…</source>
        <translation>&amp;Импорт эл. писем…</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Импорт эл. писем</translation>
    </message>
    <message>
        <source>Record &amp;identity check…</source>
        <translation>Записать проверку &amp;личности…</translation>
    </message>
    <message>
        <source>Record &amp;action…</source>
        <translation>Записать &amp;действие…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Generate &amp;letter…</source>
        <translation>Составить п&amp;исьмо…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>&amp;Close request…</source>
        <translation>&amp;Закрыть обращение…</translation>
    </message>
    <message>
        <source>&amp;Reopen request…</source>
        <translation>&amp;Возобновить обращение…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>&amp;Экспорт реестра…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>E&amp;vidence pack…</source>
        <translation>Пакет &amp;доказательств…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>toolbar: record an identity check</comment>
        <translation>Личность</translation>
    </message>
    <message numerus="yes">
        <source>Incoming &amp;mail (%Ln)…</source>
        <extracomment>The toolbar, left to right (None: a separator).</extracomment>
        <translation>
            <numerusform>Входящая п&amp;очта (%Ln)…</numerusform>
            <numerusform>Входящая п&amp;очта (%Ln)…</numerusform>
            <numerusform>Входящая п&amp;очта (%Ln)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Входящая почта</translation>
    </message>
    <message>
        <source>Chec&amp;k mailbox now</source>
        <translation>Проверить почтовый &amp;ящик сейчас</translation>
    </message>
    <message>
        <source>Check mail</source>
        <translation>Проверить почту</translation>
    </message>
    <message>
        <source>Supporting &amp;documents received…</source>
        <translation>Получены &amp;подтверждающие документы…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Mark letter as &amp;sent…</source>
        <translation>Отметить &amp;отправку письма…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>toolbar: correct the request</comment>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>&amp;Void request…</source>
        <translation>&amp;Аннулировать обращение…</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>toolbar: close the request with an outcome</comment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Rep&amp;ort for a period…</source>
        <translation>Отчёт за п&amp;ериод…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Export deadlines to &amp;calendar…</source>
        <translation>Сроки в &amp;календарь…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Add &amp;to calendar…</source>
        <translation>Добавить в &amp;календарь…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Во&amp;сстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Recovery passp&amp;hrase…</source>
        <translation>Парольная &amp;фраза восстановления…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>P&amp;aste email…</source>
        <translation>&amp;Вставить эл. письмо…</translation>
    </message>
    <message>
        <source>Paste email</source>
        <translation>Вставить эл. письмо</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>&amp;About Otinish</source>
        <translation>&amp;О программе Otinish</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Log a request made by phone, while you are on the call</source>
        <translation>Зарегистрировать обращение по телефону прямо во время звонка</translation>
    </message>
    <message>
        <source>Log a request received by post, in person, through eGov, a web form or a messenger</source>
        <translation>Зарегистрировать обращение, поступившее почтой, на личном приёме, через eGov, форму на сайте или мессенджер</translation>
    </message>
    <message>
        <source>Import .eml or .msg files (you can also drop them on the window)</source>
        <translation>Импорт файлов .eml или .msg (их можно и перетащить на окно)</translation>
    </message>
    <message>
        <source>Paste an email copied from webmail: its headers and text, or the text alone</source>
        <translation>Вставить эл. письмо, скопированное из веб-почты: заголовки и текст или только текст</translation>
    </message>
    <message>
        <source>A short illustrated guide: the daily routine, deadlines, letters, backups</source>
        <translation>Краткое руководство с иллюстрациями: ежедневная работа, сроки, письма, резервные копии</translation>
    </message>
    <message>
        <source>Messages from your mailbox that look like requests, to accept or dismiss</source>
        <translation>Эл. письма из вашего почтового ящика, похожие на обращения: принять или отклонить</translation>
    </message>
    <message>
        <source>Read new messages from the mailbox of Settings, Mail (nothing on the server is changed)</source>
        <translation>Прочитать новые эл. письма из почтового ящика, указанного в настройках на вкладке «Почта» (на сервере ничего не изменяется)</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked</source>
        <translation>Записать, как проверена личность заявителя</translation>
    </message>
    <message>
        <source>Record what was done: data found, corrected, blocked, deleted</source>
        <translation>Записать, что сделано: данные найдены, изменены, заблокированы, уничтожены</translation>
    </message>
    <message>
        <source>Record the day the supporting documents of a correction arrived: its period runs from then</source>
        <translation>Записать день получения подтверждающих документов для изменения: срок отсчитывается от него</translation>
    </message>
    <message>
        <source>Prepare a letter as a Word document and open it; mark it as sent once it has gone</source>
        <translation>Подготовить письмо как документ Word и открыть его; отметить отправку, когда оно уйдёт</translation>
    </message>
    <message>
        <source>Record when and how a prepared letter reached the requester: only then does a reply answer</source>
        <translation>Отметить, когда и как подготовленное письмо дошло до заявителя: только тогда ответ считается данным</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details or the rights asked for</source>
        <translation>Исправить данные заявителя или требования</translation>
    </message>
    <message>
        <source>Void a request registered by mistake: it stays listed, but is no longer counted</source>
        <translation>Аннулировать ошибочно зарегистрированное обращение: оно останется в списке, но перестанет учитываться</translation>
    </message>
    <message>
        <source>Close the request with an outcome</source>
        <translation>Закрыть обращение с результатом</translation>
    </message>
    <message>
        <source>Export the register to a plain (unencrypted) file</source>
        <translation>Экспортировать реестр в обычный (незашифрованный) файл</translation>
    </message>
    <message>
        <source>A ZIP with everything about the request, for an inspection</source>
        <translation>ZIP-архив со всеми материалами обращения для проверки</translation>
    </message>
    <message>
        <source>The inspection pack of a period: a Word report and an Excel annex, in Kazakh, Russian or English</source>
        <translation>Пакет для проверки за период: отчёт Word и приложение Excel на казахском, русском или английском</translation>
    </message>
    <message>
        <source>An iCalendar file with the due date of every open right, with alarms, for your own calendar</source>
        <translation>Файл iCalendar со сроком каждого открытого требования и напоминаниями — для вашего календаря</translation>
    </message>
    <message>
        <source>An iCalendar file with this request&apos;s due dates</source>
        <translation>Файл iCalendar со сроками этого обращения</translation>
    </message>
    <message>
        <source>An encrypted copy of the register, to a file you choose</source>
        <translation>Зашифрованная копия реестра в выбранный вами файл</translation>
    </message>
    <message>
        <source>Replace the register with a backup; a safety copy of the current one is kept</source>
        <translation>Заменить реестр резервной копией; страховочная копия текущего реестра сохраняется</translation>
    </message>
    <message>
        <source>A passphrase, shown once, that gets the register&apos;s key back on another computer if the keychain is lost</source>
        <translation>Парольная фраза, показываемая один раз, которая вернёт ключ реестра на другом компьютере, если хранилище ключей утрачено</translation>
    </message>
    <message>
        <source>Figures and a chart of the register</source>
        <translation>Показатели и диаграмма по реестру</translation>
    </message>
    <message>
        <source>Operator, processing profile, letters, deadlines, calendar, keeping data, interface language</source>
        <translation>Оператор, профиль обработки, письма, сроки, календарь, хранение данных, язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>When</source>
        <extracomment>A letter prepared and not sent yet (the colour of &quot;due soon&quot;).</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Void…</source>
        <comment>mark a record made by mistake as void</comment>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>Mark the selected identity check as recorded by mistake; it stays in the record, struck through</source>
        <translation>Отметить выбранную проверку личности как записанную ошибочно; она останется в реестре зачёркнутой</translation>
    </message>
    <message>
        <source>Mark the selected action as recorded by mistake; the rights only it fulfilled open again</source>
        <translation>Отметить выбранное действие как записанное ошибочно; требования, исполненные только им, снова откроются</translation>
    </message>
    <message>
        <source>Voided: {0}</source>
        <translation>Аннулировано: {0}</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Register passphrase</source>
        <translation>Парольная фраза реестра</translation>
    </message>
    <message>
        <source>Type the same passphrase again.</source>
        <translation>Введите ту же парольную фразу ещё раз.</translation>
    </message>
    <message>
        <source>The two passphrases differ; please type them again.</source>
        <translation>Парольные фразы не совпадают; введите их ещё раз.</translation>
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
        <translation>Выбрать другой файл…</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>The folder {0} could not be shown: open it in your file manager.</source>
        <translation>Не удалось показать папку {0}: откройте её в файловом менеджере.</translation>
    </message>
    <message>
        <source>The folder {0} could not be opened: open it in your file manager.</source>
        <translation>Не удалось открыть папку {0}: откройте её в файловом менеджере.</translation>
    </message>
    <message>
        <source>{0} could not be opened: no program on this computer opens this kind of file. It is saved; open it from its folder.</source>
        <translation>Не удалось открыть {0}: на этом компьютере нет программы для файлов такого типа. Файл сохранён; откройте его из папки.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Email from the address on file</source>
        <extracomment>The languages the window can be shown in. Each language named in itself, so a user can find their own in any interface. The identity methods, named from the operator&apos;s side (the letters name them to the data subject, &quot;a call back to the number you gave us&quot;, which reads oddly on a button).</extracomment>
        <translation>Письмо с известного адреса эл. почты</translation>
    </message>
    <message>
        <source>Call back to the number on file</source>
        <translation>Обратный звонок на известный номер</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Electronic digital signature (EDS)</source>
        <translation>Электронная цифровая подпись (ЭЦП)</translation>
    </message>
    <message>
        <source>Identity document seen in person</source>
        <translation>Документ, удостоверяющий личность, предъявлен лично</translation>
    </message>
    <message>
        <source>Notarised power of attorney</source>
        <translation>Нотариальная доверенность</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Государственный сервис</translation>
    </message>
    <message>
        <source>Other method</source>
        <translation>Иной способ</translation>
    </message>
    <message>
        <source>Male («{0}»)</source>
        <extracomment>The form of address a letter uses, chosen by the operator (Russian letters need it: «Уважаемый», «Уважаемая», or a neutral «Здравствуйте»); never guessed. {0} is the greeting of the letter&apos;s language, e.g. «Уважаемый …» or «Құрметті …».</extracomment>
        <translation>Мужчине («{0}»)</translation>
    </message>
    <message>
        <source>Female («{0}»)</source>
        <translation>Женщине («{0}»)</translation>
    </message>
    <message>
        <source>Neutral («{0}»)</source>
        <translation>Нейтральное («{0}»)</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>The requester&apos;s details an edit may change, as the history names them.</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>почтовый адрес</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>приветствие в письме</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <extracomment>The fields of the processing profile, as the settings name them (and problems too).</extracomment>
        <translation>Категории персональных данных</translation>
    </message>
    <message>
        <source>Purposes of processing</source>
        <translation>Цели обработки</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Methods of processing</source>
        <translation>Способы обработки</translation>
    </message>
    <message>
        <source>Storage period</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <source>Cross-border transfer</source>
        <translation>Трансграничная передача</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>Closed: {reason}</source>
        <extracomment>The notes the app writes into the record (app/domain/notes.py), in the window&apos;s words.</extracomment>
        <translation>Закрыто: {reason}</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>Аннулировано: {reason}</translation>
    </message>
    <message>
        <source>Imported again (already in {number}): {reason}</source>
        <translation>Импортировано повторно (уже есть в {number}): {reason}</translation>
    </message>
    <message>
        <source>Letter {number} made despite the record: {reason}</source>
        <translation>Письмо {number} составлено вопреки записям реестра: {reason}</translation>
    </message>
</context>
<context>
    <name>problem</name>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Не удалось создать файл блокировки {path}: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is open in another Otinish window or program; close it there first.</source>
        <translation>Реестр {path} открыт в другом окне Otinish или в другой программе; сначала закройте его там.</translation>
    </message>
    <message>
        <source>The register {path} has another name on this disk (a hard link, {links} names); two names can lose changes, so it is not opened. Remove the other name first.</source>
        <translation>У реестра {path} есть другое имя на этом диске (жёсткая ссылка, имён: {links}); через два имени можно потерять изменения, поэтому он не открыт. Сначала удалите другое имя.</translation>
    </message>
    <message>
        <source>{path} is in the way of the register&apos;s lock file and is not one; it was left alone. Move it away and try again.</source>
        <translation>{path} занимает место файла блокировки реестра, но им не является; он не тронут. Переместите его и повторите.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register (or it is damaged); check the path, or restore the newest backup.</source>
        <translation>Файл {path} не является реестром Otinish (или повреждён); проверьте путь или восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The register {path} was written by a newer version of Otinish; this version cannot read it correctly, so it did not open it (nothing was changed). Install the newer version to open it.</source>
        <translation>Реестр {path} записан более новой версией Otinish; эта версия не может прочитать его правильно, поэтому не открыла его (ничего не изменено). Чтобы открыть его, установите более новую версию.</translation>
    </message>
    <message>
        <source>The register {path} was made by an older Otinish; open it once for writing to update it, then read it again.</source>
        <translation>Реестр {path} создан более старой версией Otinish; откройте его один раз для записи, чтобы обновить, и затем прочитайте снова.</translation>
    </message>
    <message>
        <source>The register {path} is damaged, so it was not backed up (such a copy could not be restored); restore the newest backup.</source>
        <translation>Реестр {path} повреждён, поэтому резервная копия не создана (такую копию нельзя было бы восстановить); восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the register&apos;s key cannot be read; unlock it (log in to the desktop session) and open the register again, or set {env} to the register&apos;s passphrase.</source>
        <translation>Системное хранилище ключей заблокировано, поэтому ключ реестра не прочитать; разблокируйте его (войдите в сеанс рабочего стола) и откройте реестр снова, или задайте в {env} парольную фразу реестра.</translation>
    </message>
    <message>
        <source>Unknown request type “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный вид требования «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown channel “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный канал «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown language “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный язык «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown status “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный статус «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown outcome “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный результат «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown action “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный вид действия «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity method “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный способ проверки личности «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown identity result “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный результат проверки личности «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown kind of calendar day “{value}” for {day}; allowed: {allowed}.</source>
        <translation>В календаре для {day} указан неизвестный вид дня «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>A period must be at least one working day.</source>
        <translation>Срок должен составлять не менее одного рабочего дня.</translation>
    </message>
    <message>
        <source>An identity note may hold the document type and at most its last 4 digits; remove the longer number.</source>
        <translation>В примечании о проверке личности допускаются только вид документа и не более 4 последних цифр; уберите полный номер.</translation>
    </message>
    <message>
        <source>An IIN or BIN has exactly 12 digits.</source>
        <translation>ИИН или БИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>The 7th digit of this IIN is not 0-6; check the number (since 2013 it need not encode the century).</source>
        <translation>7-я цифра этого ИИН — не 0–6; проверьте номер (с 2013 года она может не означать век).</translation>
    </message>
    <message>
        <source>The first 6 digits of this IIN are not a birth date; check the number (since 2013 they need not be one).</source>
        <translation>Первые 6 цифр этого ИИН — не дата рождения; проверьте номер (с 2013 года это не обязательно).</translation>
    </message>
    <message>
        <source>Digits 3-4 of a BIN must be a month, 01-12.</source>
        <translation>Цифры 3–4 БИН должны обозначать месяц (от 01 до 12).</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN (attribute) must be 0-3.</source>
        <translation>Шестая цифра БИН (признак) должна быть от 0 до 3.</translation>
    </message>
    <message>
        <source>No valid {kind} can start with these 11 digits.</source>
        <translation>Корректный {kind} не может начинаться с этих 11 цифр.</translation>
    </message>
    <message>
        <source>The check digit of this {kind} is wrong.</source>
        <translation>Контрольная цифра этого {kind} неверна.</translation>
    </message>
    <message>
        <source>A request cannot go from “{current}” to “{new}”.</source>
        <translation>Обращение не может перейти из статуса «{current}» в статус «{new}».</translation>
    </message>
    <message>
        <source>The request is closed; reopen it with a reason first.</source>
        <translation>Обращение закрыто; сначала возобновите его с указанием причины.</translation>
    </message>
    <message>
        <source>The request is already closed.</source>
        <translation>Обращение уже закрыто.</translation>
    </message>
    <message>
        <source>Only a closed request can be reopened.</source>
        <translation>Возобновить можно только закрытое обращение.</translation>
    </message>
    <message>
        <source>Give a reason to reopen a closed request.</source>
        <translation>Укажите причину возобновления закрытого обращения.</translation>
    </message>
    <message>
        <source>The processing profile cannot be read; fill it in again in Settings, tab Processing profile.</source>
        <translation>Не удалось прочитать профиль обработки; заполните его заново: Настройки, вкладка «Профиль обработки».</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile: one entry per line.</source>
        <translation>Заполните поле «{field}» в профиле обработки: по одному пункту в строке.</translation>
    </message>
    <message>
        <source>Fill in “{field}” in the processing profile.</source>
        <translation>Заполните поле «{field}» в профиле обработки.</translation>
    </message>
    <message>
        <source>The processing profile has an unknown entry “{field}”; allowed: {allowed}.</source>
        <translation>В профиле обработки есть неизвестное поле «{field}»; допустимые поля: {allowed}.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s name.</source>
        <translation>Укажите наименование оператора.</translation>
    </message>
    <message>
        <source>{value} is not a valid IIN or BIN: {reason}</source>
        <translation>«{value}» не является корректным ИИН или БИН: {reason}</translation>
    </message>
    <message>
        <source>Give the operator&apos;s address.</source>
        <translation>Укажите адрес оператора.</translation>
    </message>
    <message>
        <source>The passphrase or key does not open the register {path}; nothing was changed. Check the passphrase and try again.</source>
        <translation>Парольная фраза или ключ не открывает реестр {path}; ничего не изменено. Проверьте парольную фразу и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened as a register: {reason}.</source>
        <translation>Файл {path} не удаётся открыть как реестр: {reason}.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name or open it instead.</source>
        <translation>Файл {path} уже существует; выберите другой путь или откройте этот файл.</translation>
    </message>
    <message>
        <source>There is no register at {path}.</source>
        <translation>Реестр не найден: {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a register file.</source>
        <translation>{path} — это папка, а не файл реестра.</translation>
    </message>
    <message>
        <source>The file {path} is not an Otinish register.</source>
        <translation>Файл {path} не является реестром Otinish.</translation>
    </message>
    <message>
        <source>The register {path} is damaged ({reason}); restore the newest backup (Register, Restore from backup).</source>
        <translation>Реестр {path} повреждён ({reason}); восстановите последнюю резервную копию (Реестр, «Восстановить из резервной копии»).</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Новая парольная фраза не должна быть пустой.</translation>
    </message>
    <message>
        <source>The register failed its integrity check; restore a backup before changing its key.</source>
        <translation>Реестр не прошёл проверку целостности; прежде чем менять его ключ, восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The register {path} is read-only; nothing was saved. Check the file&apos;s permissions.</source>
        <translation>Реестр {path} доступен только для чтения; ничего не сохранено. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The register is busy in another program; nothing was saved. Try again.</source>
        <translation>Реестр занят другой программой; ничего не сохранено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space.</source>
        <translation>Диск заполнен; ничего не сохранено. Освободите место.</translation>
    </message>
    <message>
        <source>The system keychain is locked; the key of the register {path} is kept there (it has no passphrase). Unlock the keychain (log in to the desktop session) and start Otinish again.</source>
        <translation>Системное хранилище ключей заблокировано; ключ реестра {path} хранится в нём (парольной фразы у реестра нет). Разблокируйте хранилище ключей (войдите в сеанс рабочего стола) и запустите Otinish снова.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain (log in to the desktop session) and start Otinish again, or restore a backup.</source>
        <translation>Ключ реестра {path} хранится в системном хранилище ключей, а оно сейчас недоступно (заблокировано, не запущено или это другой компьютер); парольной фразы для ввода у этого реестра нет. Разблокируйте хранилище ключей (войдите в сеанс рабочего стола) и запустите Otinish снова или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The key of the register {path} is kept in the system keychain, which cannot be reached now (locked, not running, or another computer); it has no passphrase to type. Unlock the keychain and start Otinish again, or put the key back with the register&apos;s recovery passphrase.</source>
        <translation>Ключ реестра {path} хранится в системном хранилище ключей, а оно сейчас недоступно (заблокировано, не запущено или это другой компьютер); парольной фразы для ввода у этого реестра нет. Разблокируйте хранилище ключей и запустите Otinish снова или верните ключ с помощью парольной фразы восстановления реестра.</translation>
    </message>
    <message>
        <source>The register is being checked after Otinish ended unexpectedly; nothing was saved. Try again when the check has passed (a few seconds).</source>
        <translation>Реестр проверяется после неожиданного завершения Otinish; ничего не сохранено. Повторите, когда проверка завершится (через несколько секунд).</translation>
    </message>
    <message>
        <source>The register failed its integrity check ({problem}); it is open read-only. Restore the newest backup.</source>
        <translation>Реестр не прошёл проверку целостности ({problem}); он открыт только для чтения. Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <source>Keep closed requests for 1 to 75 years, not {value}.</source>
        <translation>Срок хранения закрытых обращений — от 1 до 75 лет; значение «{value}» недопустимо.</translation>
    </message>
    <message>
        <source>The operator&apos;s details are incomplete; fill them in again in Settings, tab Operator.</source>
        <translation>Сведения об операторе неполные; заполните их заново: Настройки, вкладка «Оператор».</translation>
    </message>
    <message>
        <source>Unknown setting “{key}”; allowed: {allowed}.</source>
        <translation>Неизвестная настройка «{key}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>The request (id {id}) is no longer in the register; refresh the view.</source>
        <translation>Обращения (id {id}) больше нет в реестре; обновите список.</translation>
    </message>
    <message>
        <source>Tick at least one right requested.</source>
        <translation>Отметьте хотя бы одно требование.</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name.</source>
        <translation>Укажите имя заявителя.</translation>
    </message>
    <message>
        <source>Describe the action in a note.</source>
        <translation>Опишите действие в примечании.</translation>
    </message>
    <message>
        <source>The outgoing number {number} was just taken by another letter; make the letter again.</source>
        <translation>Исходящий номер {number} только что присвоен другому письму; составьте письмо заново.</translation>
    </message>
    <message>
        <source>There is no request {number}.</source>
        <translation>Обращение {number} не найдено.</translation>
    </message>
    <message>
        <source>The letter (id {id}) is no longer in the register.</source>
        <translation>Письма (id {id}) больше нет в реестре.</translation>
    </message>
    <message>
        <source>This letter has no copy in the register (it was purged, or it is a demo letter).</source>
        <translation>Копии этого письма нет в реестре (она уничтожена или это демонстрационное письмо).</translation>
    </message>
    <message>
        <source>The original (id {id}) is no longer in the register.</source>
        <translation>Оригинала (id {id}) больше нет в реестре.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the backup.</source>
        <translation>Файл {path} уже существует; выберите другое имя для резервной копии.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist; create it or choose another.</source>
        <translation>Папка {path} не существует; создайте её или выберите другую.</translation>
    </message>
    <message>
        <source>This register was opened without its secret; open it again to back it up.</source>
        <translation>Этот реестр открыт без парольной фразы или ключа; чтобы создать резервную копию, откройте его заново.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}.</source>
        <translation>Не удаётся записать в папку {path}: {reason}.</translation>
    </message>
    <message>
        <source>The backup to {path} failed ({reason}); nothing was written.</source>
        <translation>Не удалось создать резервную копию в файле {path} ({reason}); ничего не записано.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Файл резервной копии {path} не найден.</translation>
    </message>
    <message>
        <source>{path} is not a backup made with this register&apos;s key (or not a register at all); nothing was changed.</source>
        <translation>Файл {path} — не резервная копия, созданная с ключом этого реестра (или вовсе не реестр); ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is not a backup of an Otinish register; nothing was changed.</source>
        <translation>Файл {path} не является резервной копией реестра Otinish; ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>Резервная копия {path} повреждена; выберите другую.</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the register was not changed.</source>
        <translation>Восстановить реестр не удалось ({reason}); реестр не изменён.</translation>
    </message>
    <message>
        <source>No system keychain is available; set {env} to a passphrase for the register.</source>
        <translation>Системное хранилище ключей недоступно; задайте парольную фразу реестра в переменной окружения {env}.</translation>
    </message>
    <message>
        <source>The key of this register is not in the system keychain; set {env} to its passphrase.</source>
        <translation>Ключа этого реестра нет в системном хранилище ключей; задайте его парольную фразу в переменной окружения {env}.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a passphrase for the register.</source>
        <translation>Системное хранилище ключей недоступно; выберите парольную фразу для реестра.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the register.</source>
        <translation>Введите парольную фразу реестра.</translation>
    </message>
    <message>
        <source>Set the operator&apos;s details first: Settings, tab Operator.</source>
        <translation>Сначала заполните сведения об операторе: Настройки, вкладка «Оператор».</translation>
    </message>
    <message>
        <source>Unknown letter kind “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный вид письма «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>An access response lists what you process: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>Ответ на запрос об ознакомлении перечисляет, что вы обрабатываете: сначала заполните профиль обработки (Настройки, вкладка «Профиль обработки»).</translation>
    </message>
    <message>
        <source>Record what was done first ({action}), then make the letter “{kind}”.</source>
        <translation>Сначала запишите, что сделано ({action}), затем составьте письмо «{kind}».</translation>
    </message>
    <message>
        <source>A withdrawal confirmation names the purposes of processing: fill in the processing profile first (Settings, tab Processing profile).</source>
        <translation>В подтверждении отзыва согласия указываются цели обработки: сначала заполните профиль обработки (Настройки, вкладка «Профиль обработки»).</translation>
    </message>
    <message>
        <source>Unknown refusal ground “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестное основание отказа «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>The letter “{kind}” needs your own paragraph: write it under “Your paragraph”.</source>
        <translation>Для письма «{kind}» нужен ваш абзац: напишите его в поле «Ваш абзац».</translation>
    </message>
    <message>
        <source>The template {path} is missing; reinstall Otinish or restore the file.</source>
        <translation>Шаблон {path} отсутствует; переустановите Otinish или восстановите файл.</translation>
    </message>
    <message>
        <source>The template {path} has a syntax error in a field or tag (line {line}): {reason}.</source>
        <translation>В шаблоне {path} синтаксическая ошибка в поле или теге (строка {line}): {reason}.</translation>
    </message>
    <message>
        <source>The template {path} cannot be read as a Word document: {reason}.</source>
        <translation>Шаблон {path} не удаётся прочитать как документ Word: {reason}.</translation>
    </message>
    <message>
        <source>The template {path} uses the field “{field}”, which the letter “{kind}” does not have; correct the field&apos;s name.</source>
        <translation>В шаблоне {path} используется поле «{field}», которого нет в письме «{kind}»; исправьте имя поля.</translation>
    </message>
    <message>
        <source>The template {path} uses a field that does not exist ({reason}); correct the field&apos;s name.</source>
        <translation>В шаблоне {path} используется несуществующее поле ({reason}); исправьте имя поля.</translation>
    </message>
    <message>
        <source>The template {path} cannot be filled in: {reason}.</source>
        <translation>Не удаётся заполнить шаблон {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not named &lt;kind&gt;.&lt;{languages}&gt;.docx.</source>
        <translation>Имя файла {file} не соответствует образцу &lt;kind&gt;.&lt;{languages}&gt;.docx.</translation>
    </message>
    <message>
        <source>The file {path} already exists; letters are never overwritten.</source>
        <translation>Файл {path} уже существует; письма никогда не перезаписываются.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: permission denied; choose another letters folder in Settings, tab Letters.</source>
        <translation>Не удаётся записать в папку {path}: доступ запрещён; выберите другую папку для писем: Настройки, вкладка «Письма».</translation>
    </message>
    <message>
        <source>The disk is full; the letter was not saved in {path}. Free some space and try again.</source>
        <translation>Диск заполнен; письмо не сохранено в папке {path}. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The folder {path} is read-only; choose another letters folder in Settings, tab Letters.</source>
        <translation>Папка {path} доступна только для чтения; выберите другую папку для писем: Настройки, вкладка «Письма».</translation>
    </message>
    <message>
        <source>Cannot write the letter to {path}: {reason}.</source>
        <translation>Не удаётся записать письмо в файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>The register {path} is on a network folder: it is opened for one program at a time there, without its write-ahead log, and a dropped connection can still damage it. A folder on this computer is safer (keep backups on the network instead).</source>
        <translation>Реестр {path} находится в сетевой папке: там он открывается только одной программой за раз, без журнала упреждающей записи, и обрыв соединения всё же может его повредить. Папка на этом компьютере надёжнее (а в сети лучше хранить резервные копии).</translation>
    </message>
    <message>
        <source>The register {path} is inside OneDrive, which syncs it while it is open: it can make conflict copies of it, or leave only an online placeholder. Move it to a folder on this computer that OneDrive does not sync.</source>
        <translation>Реестр {path} находится внутри OneDrive, который синхронизирует его, пока он открыт: OneDrive может создать его конфликтные копии или оставить на диске только заглушку файла из облака. Перенесите реестр в папку на этом компьютере, которую OneDrive не синхронизирует.</translation>
    </message>
    <message>
        <source>{path} is on a network folder, where a register can be damaged and is opened for one program at a time; a folder on this computer is safer.</source>
        <translation>{path} — сетевая папка: там реестр может быть повреждён и открывается только одной программой за раз; папка на этом компьютере надёжнее.</translation>
    </message>
    <message>
        <source>{path} is inside OneDrive, which syncs a register while it is open (conflict copies, online-only placeholders); a folder on this computer is safer.</source>
        <translation>{path} находится внутри OneDrive, который синхронизирует реестр, пока он открыт (конфликтные копии, файлы только в облаке); папка на этом компьютере надёжнее.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another letters folder in Settings, tab Letters.</source>
        <translation>Windows не позволил Otinish записать в {path}. Запись там может блокировать «Контролируемый доступ к папкам» (Безопасность Windows, Защита от программ-шантажистов): разрешите в нём Otinish или выберите другую папку писем в Настройках, вкладка «Письма».</translation>
    </message>
    <message>
        <source>{path} is open in Word or Excel, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} открыт в Word или Excel, поэтому его нельзя заменить; закройте его там и повторите.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which keeps it from being replaced; close it there and try again.</source>
        <translation>{path} занят другой программой, поэтому его нельзя заменить; закройте его там и повторите.</translation>
    </message>
    <message>
        <source>Windows refused to let Otinish write in {path}. Controlled Folder Access (Windows Security, Ransomware protection) may be blocking it there: allow Otinish in it, or choose another folder; nothing was written.</source>
        <translation>Windows не позволил Otinish записать в {path}. Запись там может блокировать «Контролируемый доступ к папкам» (Безопасность Windows, Защита от программ-шантажистов): разрешите в нём Otinish или выберите другую папку; ничего не записано.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same {same}.</source>
        <translation>Возможный дубликат: у открытого обращения {number} совпадает {same}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удаётся прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}: {reason}).</source>
        <translation>Файл {path} не является корректным JSON (строка {line}: {reason}).</translation>
    </message>
    <message>
        <source>Set {env} to the register&apos;s passphrase first.</source>
        <translation>Сначала задайте парольную фразу реестра в переменной окружения {env}.</translation>
    </message>
    <message>
        <source>The system keychain refused the key; choose a passphrase instead.</source>
        <translation>Системное хранилище ключей не приняло ключ; выберите вместо этого парольную фразу.</translation>
    </message>
    <message>
        <source>Give a passphrase for the register.</source>
        <translation>Введите парольную фразу для реестра.</translation>
    </message>
    <message>
        <source>A register already exists at {path}; nothing was changed.</source>
        <translation>Реестр {path} уже существует; ничего не изменено.</translation>
    </message>
    <message>
        <source>No system keychain is available; choose a new passphrase instead.</source>
        <translation>Системное хранилище ключей недоступно; вместо этого введите новую парольную фразу.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep the keys; nothing was changed and the register still opens with its old key.</source>
        <translation>Системное хранилище ключей отказалось сохранить ключи; ничего не изменено, реестр по-прежнему открывается старым ключом.</translation>
    </message>
    <message>
        <source>The backup {path} opens with an earlier key but could not be re-encrypted with the current one ({reason}); nothing was changed.</source>
        <translation>Резервная копия {path} открывается прежним ключом, но перешифровать её текущим ключом не удалось ({reason}); ничего не изменено.</translation>
    </message>
    <message>
        <source>A recovery passphrase is for a register whose key is in the system keychain; this computer has none.</source>
        <translation>Парольная фраза восстановления нужна реестру, ключ которого хранится в системном хранилище ключей; на этом компьютере его нет.</translation>
    </message>
    <message>
        <source>Cannot write the recovery file {path}: {reason}.</source>
        <translation>Не удалось записать файл восстановления {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no recovery file {path} beside the register.</source>
        <translation>Рядом с реестром нет файла восстановления {path}.</translation>
    </message>
    <message>
        <source>That recovery passphrase does not open {path}.</source>
        <translation>Эта парольная фраза восстановления не открывает {path}.</translation>
    </message>
    <message>
        <source>The recovery file {path} holds a key that no longer opens the register (it was changed since without renewing it).</source>
        <translation>В файле восстановления {path} ключ, который больше не открывает реестр (ключ с тех пор сменили, а файл не обновили).</translation>
    </message>
    <message>
        <source>Give the recovery passphrase.</source>
        <translation>Введите парольную фразу восстановления.</translation>
    </message>
    <message>
        <source>Enter the register&apos;s recovery passphrase.</source>
        <translation>Введите парольную фразу восстановления реестра.</translation>
    </message>
    <message>
        <source>The backup {path} was changed after it was made: its audit trail differs from the witness written beside it. Nothing was changed; choose another backup.</source>
        <translation>Резервную копию {path} изменили после создания: её журнал аудита не совпадает со свидетелем, записанным рядом с ней. Ничего не изменено; выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>Not enough free disk space beside {path} for its re-encrypted copy; nothing was changed and the register still opens with its old key.</source>
        <translation>Рядом с {path} не хватает места на диске для перешифрованной копии; ничего не изменено, реестр по-прежнему открывается старым ключом.</translation>
    </message>
    <message>
        <source>The register {path} could not be re-encrypted ({reason}); nothing was changed and it still opens with its old key.</source>
        <translation>Реестр {path} не удалось перешифровать ({reason}); ничего не изменено, он по-прежнему открывается старым ключом.</translation>
    </message>
    <message>
        <source>The keychain did not take the new key as the register&apos;s entry; it is kept there as the pending key and the next opening finishes the change.</source>
        <translation>Хранилище ключей не приняло новый ключ как запись реестра; он сохранён там как ожидающий ключ, и следующее открытие завершит замену.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail is shorter than its witness outside the file ({events} events, {witnessed} witnessed): events were deleted. Compare it with a backup.</source>
        <translation>Журнал аудита реестра короче, чем его свидетель вне файла (событий: {events}, засвидетельствовано: {witnessed}): события были удалены. Сравните его с резервной копией.</translation>
    </message>
    <message>
        <source>The register&apos;s audit trail differs from its witness outside the file from event {event} on: it was rewritten. Compare it with a backup.</source>
        <translation>Журнал аудита реестра расходится со свидетелем вне файла начиная с события {event}: его переписали. Сравните его с резервной копией.</translation>
    </message>
    <message>
        <source>The register&apos;s counter {counter} is {value}, below the {witnessed} witnessed outside the file: it was wound back. Compare it with a backup.</source>
        <translation>Счётчик реестра {counter} равен {value}, меньше засвидетельствованного вне файла значения {witnessed}: его отмотали назад. Сравните реестр с резервной копией.</translation>
    </message>
    <message>
        <source>The witness of the register {path} outside the file is missing.</source>
        <translation>Свидетель реестра {path} вне файла отсутствует.</translation>
    </message>
    <message>
        <source>Another register was witnessed at {path}: this file was put in its place.</source>
        <translation>По пути {path} был засвидетельствован другой реестр: этот файл поставили на его место.</translation>
    </message>
    <message>
        <source>Give the new passphrase of the register.</source>
        <translation>Введите новую парольную фразу.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {path}: {reason}; choose another folder.</source>
        <translation>Не удаётся записать в папку {path}: {reason}; выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}; nothing was written.</source>
        <translation>Не удаётся записать файл {path}: {reason}; ничего не записано.</translation>
    </message>
    <message>
        <source>The disk holding the register is full or cannot be written ({reason}); free some space and try again.</source>
        <translation>Диск с реестром заполнен или недоступен для записи ({reason}); освободите место и повторите.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was written to {path}. Free some space or choose another drive.</source>
        <translation>Диск заполнен; в {path} ничего не записано. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} is a register, a backup or one of their files; an export never replaces it: choose another name.</source>
        <translation>{path} — это реестр, резервная копия или один из их файлов; экспорт никогда его не заменяет: выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a link or something else); choose another name.</source>
        <translation>{path} — не обычный файл (устройство, ссылка или что-то иное); выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} — не текст в UTF-8; сохраните его в UTF-8 и повторите.</translation>
    </message>
    <message>
        <source>The template {path} tries something a letter template may not do ({reason}); fix or remove it.</source>
        <translation>Шаблон {path} пытается сделать то, что шаблону письма не разрешено ({reason}); исправьте или удалите его.</translation>
    </message>
    <message>
        <source>The template {path} makes a letter larger than {limit} characters (a runaway loop?); fix or remove it.</source>
        <translation>Шаблон {path} создаёт письмо длиннее {limit} символов (бесконечный цикл?); исправьте или удалите его.</translation>
    </message>
    <message>
        <source>The template {path} took longer than {seconds} seconds to fill in (a runaway loop?); fix or remove it.</source>
        <translation>Заполнение шаблона {path} заняло больше {seconds} секунд (бесконечный цикл?); исправьте или удалите его.</translation>
    </message>
    <message>
        <source>Unknown export format “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный формат экспорта «{value}»; допустимые значения: {allowed}.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Начало периода позже его окончания.</translation>
    </message>
    <message>
        <source>The register already holds requests; demo data goes into a new or empty register.</source>
        <translation>В реестре уже есть обращения; демонстрационные данные записываются только в новый или пустой реестр.</translation>
    </message>
    <message>
        <source>Message {id} was already accepted as a request.</source>
        <extracomment>Where one template cannot fit every value of a field (Russian says &quot;та же почта&quot; but &quot;тот же телефон&quot;), a sentence per value; `CATALOG` stays the fallback.</extracomment>
        <translation>Сообщение {id} уже принято как обращение.</translation>
    </message>
    <message>
        <source>Message {id} was already dismissed.</source>
        <translation>Сообщение {id} уже отклонено.</translation>
    </message>
    <message>
        <source>The file {file} is not an email file: only .eml and .msg files can be imported.</source>
        <translation>Файл {file} не является файлом эл. письма: импортировать можно только файлы .eml и .msg.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не найден.</translation>
    </message>
    <message>
        <source>The file {file} cannot be opened: {reason}.</source>
        <translation>Не удаётся открыть файл {file}: {reason}.</translation>
    </message>
    <message>
        <source>The file name {file} is not valid.</source>
        <translation>Имя файла «{file}» недопустимо.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an email file.</source>
        <translation>{file} — это папка, а не файл эл. письма.</translation>
    </message>
    <message>
        <source>{file} is not a regular file and cannot be imported.</source>
        <translation>{file} — не обычный файл, его нельзя импортировать.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл {file}: {reason}.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <source>The file {file} is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.</source>
        <translation>Файл {file} занимает {size_mb:.1f} МБ; эл. письма размером более {limit_mb} МБ не импортируются.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an email message: it is damaged or in a format Otinish does not understand.</source>
        <translation>Файл {file} не удалось прочитать как эл. письмо: он повреждён или имеет формат, неизвестный Otinish.</translation>
    </message>
    <message>
        <source>The file {file} could not be read as an Outlook message: it is damaged or in a format Otinish does not understand.</source>
        <translation>Файл {file} не удалось прочитать как сообщение Outlook: он повреждён или имеет формат, неизвестный Otinish.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has no sender and no readable text.</source>
        <translation>Файл {file} не является эл. письмом: в нём нет ни отправителя, ни читаемого текста.</translation>
    </message>
    <message>
        <source>The email {file} has nothing to read: its text and subject are both empty.</source>
        <translation>В эл. письме {file} нечего читать: и текст, и тема пусты.</translation>
    </message>
    <message>
        <source>The file {file} is an Outlook .msg message saved with an .eml extension; rename it to .msg and import it again.</source>
        <translation>Файл {file} — сообщение Outlook .msg, сохранённое с расширением .eml; переименуйте его в .msg и импортируйте ещё раз.</translation>
    </message>
    <message>
        <source>The file {file} is damaged: its MIME headers are nested too deeply to read.</source>
        <translation>Файл {file} повреждён: его заголовки MIME вложены слишком глубоко, чтобы их прочитать.</translation>
    </message>
    <message>
        <source>The file {file} is not an Outlook message: a .msg file must be saved by Outlook.</source>
        <translation>Файл {file} не является сообщением Outlook: файл .msg должен быть сохранён в Outlook.</translation>
    </message>
    <message>
        <source>The file {file} is not a readable Outlook message: it is damaged or another kind of Office file.</source>
        <translation>Файл {file} не является читаемым сообщением Outlook: он повреждён или это файл Office другого типа.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>«{value}» не является адресом эл. почты.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» не является номером телефона.</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: {reason}</source>
        <translation>ИИН «{value}» некорректен: {reason}</translation>
    </message>
    <message>
        <source>The IIN “{value}” is not valid: A requester is identified by an IIN, not a BIN.</source>
        <translation>ИИН «{value}» некорректен: заявитель идентифицируется по ИИН, а не по БИН.</translation>
    </message>
    <message>
        <source>The email has no valid date; the file&apos;s modification time is used.</source>
        <translation>В эл. письме нет корректной даты; использовано время изменения файла.</translation>
    </message>
    <message>
        <source>The email has no valid date; the time of import is used.</source>
        <translation>В эл. письме нет корректной даты; использовано время импорта.</translation>
    </message>
    <message>
        <source>The email&apos;s date is in the future; check the time it was received.</source>
        <translation>Дата эл. письма в будущем; проверьте, когда оно поступило.</translation>
    </message>
    <message>
        <source>The email has no sender address.</source>
        <translation>В эл. письме нет адреса отправителя.</translation>
    </message>
    <message>
        <source>Nothing was pasted: paste the email&apos;s text, with its headers if you have them.</source>
        <translation>Ничего не вставлено: вставьте текст эл. письма — с заголовками, если они есть.</translation>
    </message>
    <message>
        <source>The pasted text is over {limit_mb} MB, more than an email holds.</source>
        <translation>Вставленный текст больше {limit_mb} МБ — эл. письма такого объёма не бывает.</translation>
    </message>
    <message>
        <source>The pasted text is not readable text: copy the email&apos;s text again.</source>
        <translation>Вставленное содержимое не читается как текст: скопируйте текст эл. письма ещё раз.</translation>
    </message>
    <message>
        <source>The pasted text does not say who wrote it: type the sender&apos;s email address or name.</source>
        <translation>Во вставленном тексте не указано, кто его написал: введите адрес эл. почты или имя отправителя.</translation>
    </message>
    <message>
        <source>The pasted text has no date: type when the email was received.</source>
        <translation>Во вставленном тексте нет даты: укажите, когда поступило эл. письмо.</translation>
    </message>
    <message>
        <source>The pasted text has no date; the received time is the one you typed.</source>
        <translation>Во вставленном тексте нет даты; временем поступления считается указанное вами.</translation>
    </message>
    <message>
        <source>The date “{value}” in the pasted text could not be read; the received time is the one you typed.</source>
        <translation>Дату «{value}» во вставленном тексте прочитать не удалось; временем поступления считается указанное вами.</translation>
    </message>
    <message>
        <source>The email has no body text; its subject is used as the text.</source>
        <translation>В эл. письме нет текста; вместо текста использована тема.</translation>
    </message>
    <message>
        <source>The email declares an unknown character set ({charset}); unreadable characters were replaced.</source>
        <translation>В эл. письме указана неизвестная кодировка ({charset}); нечитаемые символы заменены.</translation>
    </message>
    <message>
        <source>Part of the text was not valid in its character set and was replaced.</source>
        <translation>Часть текста не соответствовала своей кодировке и была заменена.</translation>
    </message>
    <message>
        <source>The email’s HTML is nested too deeply to lay out; its text was kept without the layout.</source>
        <translation>HTML эл. письма вложен слишком глубоко для вёрстки; его текст сохранён без оформления.</translation>
    </message>
    <message>
        <source>The email&apos;s formatted (RTF) text could not be read.</source>
        <translation>Не удалось прочитать форматированный текст эл. письма (RTF).</translation>
    </message>
    <message>
        <source>Unknown way of sending “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный способ отправки «{value}»; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>There is no letter {number} in the register.</source>
        <translation>В реестре нет письма {number}.</translation>
    </message>
    <message>
        <source>The letter {number} is already recorded as sent.</source>
        <translation>Письмо {number} уже отмечено как отправленное.</translation>
    </message>
    <message>
        <source>The letter {number} cannot have been sent before it was made; check the date.</source>
        <translation>Письмо {number} не могло быть отправлено раньше, чем составлено; проверьте дату.</translation>
    </message>
    <message>
        <source>The sending time of {number} is in the future; check the date.</source>
        <translation>Время отправки письма {number} указано в будущем; проверьте дату.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Укажите причину исправления.</translation>
    </message>
    <message>
        <source>This was already voided.</source>
        <translation>Это уже аннулировано.</translation>
    </message>
    <message>
        <source>This request has no identity check {id}; refresh the view.</source>
        <translation>У этого обращения нет проверки личности {id}; обновите список.</translation>
    </message>
    <message>
        <source>This request has no action {id}; refresh the view.</source>
        <translation>У этого обращения нет действия {id}; обновите список.</translation>
    </message>
    <message>
        <source>Unknown field “{field}”.</source>
        <translation>Неизвестное поле «{field}».</translation>
    </message>
    <message>
        <source>Unknown form of address “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестная форма обращения «{value}»; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>The request already asks for this right ({type}).</source>
        <translation>В обращении уже есть это требование ({type}).</translation>
    </message>
    <message>
        <source>The request does not ask for this right ({type}).</source>
        <translation>В обращении нет этого требования ({type}).</translation>
    </message>
    <message>
        <source>A request keeps at least one right; void the whole request instead.</source>
        <translation>В обращении должно остаться хотя бы одно требование; вместо этого аннулируйте всё обращение.</translation>
    </message>
    <message>
        <source>The file {file} is not an email message: it has neither a sender nor a date.</source>
        <translation>Файл {file} не является эл. письмом: в нём нет ни отправителя, ни даты.</translation>
    </message>
    <message>
        <source>The message {file} is already in the register as {number}.</source>
        <translation>Эл. письмо {file} уже есть в реестре как {number}.</translation>
    </message>
    <message>
        <source>This letter would contradict the record: {reason}</source>
        <translation>Это письмо противоречило бы записям реестра: {reason}</translation>
    </message>
    <message>
        <source>the data were recorded as destroyed on {date}.</source>
        <translation>уничтожение данных отмечено {date}.</translation>
    </message>
    <message>
        <source>the processing was recorded as stopped on {date}.</source>
        <translation>прекращение обработки отмечено {date}.</translation>
    </message>
    <message>
        <source>The requester of {number} has no email and no postal address: hand the letter over or read it out, or add the address (Request, Edit).</source>
        <translation>У заявителя по {number} нет ни эл. почты, ни почтового адреса: вручите письмо лично или зачитайте его, либо добавьте адрес (Обращение, Изменить).</translation>
    </message>
    <message>
        <source>The letter promises an answer on this right ({type}) by {date}, a day already past: make the reply itself instead, or explain the delay in your paragraph.</source>
        <translation>Письмо обещает ответ по этому требованию ({type}) не позднее {date}, а этот день уже прошёл: подготовьте сам ответ или объясните задержку в своём абзаце.</translation>
    </message>
    <message>
        <source>The period for this right ({type}) ended on {date}: this reply is late. If you make it, explain the delay in your paragraph.</source>
        <translation>Срок по этому требованию ({type}) истёк {date}: ответ направляется с опозданием. Если вы его составляете, объясните задержку в своём абзаце.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same {same}.</source>
        <translation>Возможный дубликат: у недавно закрытого обращения {number} совпадает {same}.</translation>
    </message>
    <message>
        <source>Give the reason for removing the right.</source>
        <translation>Укажите причину исключения требования.</translation>
    </message>
    <message>
        <source>Give the reason for importing the message again.</source>
        <translation>Укажите причину повторного импорта эл. письма.</translation>
    </message>
    <message>
        <source>The record says no personal data of the requester were found ({date}): an access reply saying that we process them cannot be made; answer with the letter that no data are held. If data were found since, record the action “data found” (a request already answered so is first closed and reopened, giving the reason).</source>
        <translation>В реестре записано, что персональные данные заявителя не найдены ({date}): ответ об ознакомлении, сообщающий, что мы их обрабатываем, составить нельзя; ответьте письмом об отсутствии персональных данных. Если данные найдены позже, запишите действие «данные найдены» (обращение, на которое уже так ответили, сначала закройте и возобновите, указав причину).</translation>
    </message>
    <message>
        <source>{date} is before the request was received.</source>
        <translation>{date} — раньше дня поступления обращения.</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} — дата в будущем.</translation>
    </message>
    <message>
        <source>an act on the requester&apos;s data was recorded on {date}.</source>
        <translation>действие с данными заявителя отмечено {date}.</translation>
    </message>
    <message>
        <source>letter {number}, already made, says the opposite.</source>
        <translation>в уже составленном письме {number} сказано обратное.</translation>
    </message>
    <message>
        <source>No open right of this request waits for that ({event}).</source>
        <translation>Ни одно открытое требование этого обращения этого не ожидает ({event}).</translation>
    </message>
    <message>
        <source>Your paragraph seems to be in another language ({written}) than the letter ({lang}): translate it, or make the letter in that language.</source>
        <translation>Ваш абзац, похоже, написан на другом языке ({written}), чем письмо ({lang}): переведите его или составьте письмо на этом языке.</translation>
    </message>
    <message>
        <source>The letter prints the incident&apos;s text «{text}», which seems to be in another language ({written}) than the letter ({lang}): correct it in the letter&apos;s language, or make the letter in that language.</source>
        <translation>В письме приводится текст инцидента «{text}», который, по-видимому, написан на другом языке ({written}), чем письмо ({lang}): исправьте его на языке письма или составьте письмо на том языке.</translation>
    </message>
    <message>
        <source>The letter quotes the action note «{text}», which seems to be in another language ({written}) than the letter ({lang}): void the action and record it again in the letter&apos;s language.</source>
        <translation>Письмо дословно приводит запись о действии «{text}», которая, похоже, написана на другом языке ({written}), чем письмо ({lang}): аннулируйте действие и запишите его заново на языке письма.</translation>
    </message>
    <message>
        <source>Give the operator&apos;s IIN or BIN, email and phone.</source>
        <translation>Укажите ИИН или БИН, эл. почту и телефон оператора.</translation>
    </message>
    <message>
        <source>The processing profile is not filled in for this language ({lang}) yet: the letter uses the one in another language ({used}).</source>
        <translation>Профиль обработки на этом языке ({lang}) ещё не заполнен: в письме используется профиль на другом языке ({used}).</translation>
    </message>
    <message>
        <source>A refusal states its legal ground: tick at least one ground.</source>
        <translation>В отказе указывается его правовое основание: отметьте хотя бы одно основание.</translation>
    </message>
    <message>
        <source>Every right in this request has already been answered: there is nothing left to refuse.</source>
        <translation>На все требования этого обращения уже дан ответ: отказывать не в чем.</translation>
    </message>
    <message>
        <source>The operator&apos;s requisites are not filled in for this language ({lang}) yet: the letter uses those in another language ({used}).</source>
        <translation>Реквизиты оператора на этом языке ({lang}) ещё не заполнены: в письме используются реквизиты на другом языке ({used}).</translation>
    </message>
    <message>
        <source>Give the rule&apos;s citation in this language too ({lang}).</source>
        <translation>Укажите ссылку на норму и на этом языке ({lang}).</translation>
    </message>
    <message>
        <source>The rule is incomplete: give its right, period, unit and start date.</source>
        <translation>Правило заполнено не полностью: укажите требование, срок, единицу и дату начала действия.</translation>
    </message>
    <message>
        <source>A period is 1 to 365 days, not {value}.</source>
        <translation>Срок должен быть от 1 до 365 дней, а не {value}.</translation>
    </message>
    <message>
        <source>The setting needs a text; it was empty.</source>
        <translation>Для этой настройки нужен текст; поле пустое.</translation>
    </message>
    <message>
        <source>The setting is on or off, not “{value}”.</source>
        <translation>Эта настройка либо включена, либо выключена, а не «{value}».</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day: write it as HH:MM, e.g. 09:00.</source>
        <translation>«{value}» — не время суток: укажите его как ЧЧ:ММ, например 09:00.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; nothing was written. Choose another name.</source>
        <translation>{path} уже существует и не является файлом календаря; ничего не записано. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} is the register itself; nothing was written. Choose another file.</source>
        <translation>{path} — это сам реестр; ничего не записано. Выберите другой файл.</translation>
    </message>
    <message>
        <source>Unknown basis “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестное основание «{value}»; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>Unknown unit “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестная единица «{value}»; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>The operator&apos;s signatory has no name: the letter leaves the name line blank for a handwritten one (Settings, tab Operator).</source>
        <translation>У подписанта оператора не указано ФИО: в письме строка для ФИО остаётся пустой, чтобы вписать его от руки (Настройки, вкладка «Оператор»).</translation>
    </message>
    <message>
        <source>“{value}” is not a purpose in the processing profile of the letter&apos;s language.</source>
        <translation>«{value}» нет среди целей профиля обработки на языке письма.</translation>
    </message>
    <message>
        <source>“{value}” is not a number format: use {{year}} and the counter {{seq}}, e.g. {{seq}}/{{year}} or {{year}}-{{seq:04d}}.</source>
        <translation>«{value}» — не формат номера: используйте {{year}} и счётчик {{seq}}, например {{seq}}/{{year}} или {{year}}-{{seq:04d}}.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Парольные фразы не совпадают; ничего не создано.</translation>
    </message>
    <message>
        <source>The limit must be zero or more.</source>
        <translation>Число показываемых обращений должно быть не меньше нуля.</translation>
    </message>
    <message>
        <source>The size must be zero or more.</source>
        <translation>Число демонстрационных обращений должно быть не меньше нуля.</translation>
    </message>
    <message>
        <source>Choose the new passphrase of the register.</source>
        <translation>Выберите новую парольную фразу реестра.</translation>
    </message>
    <message>
        <source>Say what happened: an incident needs a description.</source>
        <translation>Опишите, что произошло: у инцидента должно быть описание.</translation>
    </message>
    <message>
        <source>A text of an incident may hold at most {limit} characters.</source>
        <translation>Текст в инциденте может содержать не более {limit} символов.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of subjects (a whole number, 0 or more).</source>
        <translation>«{value}» — не число субъектов (нужно целое число, 0 или больше).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an answer here; allowed: {allowed}.</source>
        <translation>«{value}» — недопустимый здесь ответ; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>Give the reason for the decision on notifying (why or why not).</source>
        <translation>Укажите обоснование решения об уведомлении (почему да или почему нет).</translation>
    </message>
    <message>
        <source>The detection time {value} is in the future.</source>
        <translation>Время обнаружения {value} — в будущем.</translation>
    </message>
    <message>
        <source>Give the subject&apos;s full name, IIN or mobile number (at least one).</source>
        <translation>Укажите ФИО, ИИН или номер мобильного телефона субъекта (хотя бы одно).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid IIN.</source>
        <translation>«{value}» — некорректный ИИН.</translation>
    </message>
    <message>
        <source>There is no incident {number} in the register.</source>
        <translation>В реестре нет инцидента {number}.</translation>
    </message>
    <message>
        <source>The incident {number} is closed; nothing in it can change.</source>
        <translation>Инцидент {number} закрыт; изменить в нём ничего нельзя.</translation>
    </message>
    <message>
        <source>The notice must state the measures taken: record them for the incident {number} first.</source>
        <translation>В уведомлении должны быть указаны принятые меры: сначала запишите их в инциденте {number}.</translation>
    </message>
    <message>
        <source>This letter is made in {allowed}, not in &apos;{lang}&apos;.</source>
        <translation>Это письмо составляется на языках {allowed}, а не «{lang}».</translation>
    </message>
    <message>
        <source>The notice names no affected subjects yet; it says they will be reported later.</source>
        <translation>В уведомлении пока не указаны затронутые субъекты; в нём сказано, что сведения о них будут сообщены позже.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a format incidents are exported to; use .csv or .xlsx.</source>
        <translation>Инциденты не экспортируются в формат «{value}»; используйте .csv или .xlsx.</translation>
    </message>
    <message>
        <source>The responsible person&apos;s details are not valid.</source>
        <translation>Данные ответственного лица некорректны.</translation>
    </message>
    <message>
        <source>Give the name of the person responsible for organising the processing.</source>
        <translation>Укажите ФИО лица, ответственного за организацию обработки персональных данных.</translation>
    </message>
    <message>
        <source>Give a phone or an email of the person responsible for organising the processing.</source>
        <translation>Укажите телефон или эл. почту лица, ответственного за организацию обработки персональных данных.</translation>
    </message>
    <message>
        <source>No person responsible for organising the processing is set: the letter says none is appointed.</source>
        <translation>Лицо, ответственное за организацию обработки персональных данных, не указано: в письме сказано, что оно не назначено.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {limit} rows and this export has more; nothing was written. Export a shorter period, or as CSV.</source>
        <translation>Лист Excel вмещает не более {limit} строк, а в этой выгрузке их больше; ничего не записано. Выгрузите более короткий период или в формате CSV.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same email.</source>
        <translation>Возможный дубликат: у недавно закрытого обращения {number} та же эл. почта.</translation>
    </message>
    <message>
        <source>Possible duplicate: request {number}, closed recently, has the same phone.</source>
        <translation>Возможный дубликат: у недавно закрытого обращения {number} тот же телефон.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same email.</source>
        <translation>Возможный дубликат: у открытого обращения {number} та же эл. почта.</translation>
    </message>
    <message>
        <source>Possible duplicate: the open request {number} has the same phone.</source>
        <translation>Возможный дубликат: у открытого обращения {number} тот же телефон.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Что-то пошло не так ({error}); подробности записаны в журнал.</translation>
    </message>
    <message>
        <source>The mail server setting is not a record of host, port, TLS and user.</source>
        <translation>Настройка почтового сервера не является записью из хоста, порта, режима TLS и пользователя.</translation>
    </message>
    <message>
        <source>“{value}” is not a server name; give the host, e.g. imap.gmail.com.</source>
        <translation>«{value}» — не имя сервера; укажите хост, например imap.gmail.com.</translation>
    </message>
    <message>
        <source>Unknown TLS mode “{value}”; allowed: {allowed}.</source>
        <translation>Неизвестный режим TLS «{value}»; допустимые: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a port; give a number from 1 to 65535.</source>
        <translation>«{value}» — не порт; укажите число от 1 до 65535.</translation>
    </message>
    <message>
        <source>Give the user name, usually the full mail address.</source>
        <translation>Укажите имя пользователя — обычно это полный адрес эл. почты.</translation>
    </message>
    <message>
        <source>Give one to {most} folders to read.</source>
        <translation>Укажите папки для чтения: от 1 до {most}.</translation>
    </message>
    <message>
        <source>The check interval must be 0 to {most} minutes.</source>
        <translation>Интервал проверки должен быть от 0 до {most} мин.</translation>
    </message>
    <message>
        <source>“{value}” is not a mail address replies can come from.</source>
        <translation>«{value}» — не адрес эл. почты, с которого можно отправлять ответы.</translation>
    </message>
    <message>
        <source>The server {host} refused the user {user} with this password; check the password (Gmail, Yandex and mail.ru want an app password).</source>
        <translation>Сервер {host} отклонил пользователя {user} с этим паролем; проверьте пароль (для Gmail, Яндекса и mail.ru нужен пароль приложения).</translation>
    </message>
    <message>
        <source>The server {host}:{port} did not answer in time; nothing was changed. Try again later or check the port.</source>
        <translation>Сервер {host}:{port} не ответил вовремя; ничего не изменено. Повторите попытку позже или проверьте порт.</translation>
    </message>
    <message>
        <source>The server {host}:{port} showed a certificate this computer does not trust; nothing was sent. Check the host name.</source>
        <translation>Сервер {host}:{port} предъявил сертификат, которому этот компьютер не доверяет; ничего не отправлено. Проверьте имя хоста.</translation>
    </message>
    <message>
        <source>TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 are implicit TLS, 143 and 587 STARTTLS).</source>
        <translation>Не удалось установить TLS-соединение с {host}:{port}; проверьте режим TLS и порт (993 и 465 — неявный TLS, 143 и 587 — STARTTLS).</translation>
    </message>
    <message>
        <source>The server name {host} is not known; check its spelling and the network.</source>
        <translation>Имя сервера {host} не найдено; проверьте его написание и сеть.</translation>
    </message>
    <message>
        <source>Cannot reach the server {host}:{port}; check the network, the host and the port.</source>
        <translation>Не удаётся подключиться к серверу {host}:{port}; проверьте сеть, хост и порт.</translation>
    </message>
    <message>
        <source>The server {host}:{port} stopped the exchange; nothing was changed. Try again later.</source>
        <translation>Сервер {host}:{port} прервал обмен данными; ничего не изменено. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server {host}:{port} does not offer STARTTLS; choose implicit TLS and its port instead.</source>
        <translation>Сервер {host}:{port} не поддерживает STARTTLS; выберите вместо него неявный TLS и соответствующий порт.</translation>
    </message>
    <message>
        <source>The server {host}:{port} offers no login; check the port and the TLS mode.</source>
        <translation>Сервер {host}:{port} не предлагает входа в учётную запись; проверьте порт и режим TLS.</translation>
    </message>
    <message>
        <source>The server refused the recipient {recipient}; check the requester&apos;s email; the letter was not sent.</source>
        <translation>Сервер отклонил получателя {recipient}; проверьте эл. почту заявителя; письмо не отправлено.</translation>
    </message>
    <message>
        <source>The server refused the sender {sender}; use the address of the SMTP account.</source>
        <translation>Сервер отклонил отправителя {sender}; используйте адрес учётной записи SMTP.</translation>
    </message>
    <message>
        <source>The server {host} refused the message (code {code}); the letter was not sent.</source>
        <translation>Сервер {host} отклонил сообщение (код {code}); письмо не отправлено.</translation>
    </message>
    <message>
        <source>No password for {user} at {host}: enter it in Settings, Mail.</source>
        <translation>Нет пароля для {user} на сервере {host}: введите его в настройках на вкладке «Почта».</translation>
    </message>
    <message>
        <source>No SMTP server is set up (Settings, Mail); save a draft instead.</source>
        <translation>SMTP-сервер не настроен (Настройки, вкладка «Почта»); вместо отправки сохраните черновик.</translation>
    </message>
    <message>
        <source>Request {number} has no email address to reply to; add one with Edit or send the letter another way.</source>
        <translation>У обращения {number} нет адреса эл. почты для ответа; добавьте его через «Изменить» или отправьте письмо другим способом.</translation>
    </message>
    <message>
        <source>No PDF was made for {number} (LibreOffice is not installed or failed); the .docx goes alone.</source>
        <translation>PDF для письма {number} не создан (LibreOffice не установлен или завершился с ошибкой); отправляется только .docx.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another name.</source>
        <translation>Файл {path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>No mailbox is set up (Settings, Mail).</source>
        <translation>Почтовый ящик не настроен (Настройки, вкладка «Почта»).</translation>
    </message>
    <message>
        <source>The mailbox has no folder “{folder}”; check the folder&apos;s name (Gmail: “[Gmail]/All Mail”).</source>
        <translation>В почтовом ящике нет папки «{folder}»; проверьте имя папки (Gmail: «[Gmail]/All Mail»).</translation>
    </message>
    <message>
        <source>A message of {size_mb} MB in “{folder}” is over the {limit_mb} MB limit and was not fetched; save it from the mail client if it is a request.</source>
        <translation>Эл. письмо размером {size_mb} МБ в папке «{folder}» превышает лимит {limit_mb} МБ и не загружено; если это обращение, сохраните его из почтовой программы.</translation>
    </message>
    <message>
        <source>The server renumbered the folder “{folder}”; it was read again from the start (messages already seen are skipped).</source>
        <translation>Сервер перенумеровал папку «{folder}»; она прочитана заново с начала (уже просмотренные эл. письма пропущены).</translation>
    </message>
    <message>
        <source>Message {id} is no longer in the mail queue.</source>
        <translation>Эл. письма {id} больше нет в очереди входящей почты.</translation>
    </message>
    <message>
        <source>Message {id} was already {status}.</source>
        <translation>Эл. письмо {id} уже рассмотрено ({status}).</translation>
    </message>
    <message>
        <source>Give the reason for dismissing the message.</source>
        <translation>Укажите причину отклонения эл. письма.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the mail password, and Otinish never writes it to a file: leave it empty and set the environment variable OTINISH_MAIL_PASSWORD instead.</source>
        <translation>На этом компьютере нет хранилища ключей для пароля почты, а Otinish никогда не записывает его в файл: оставьте поле пустым и вместо этого задайте переменную окружения OTINISH_MAIL_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Select a request in the list first.</source>
        <translation>Сначала выберите обращение в списке.</translation>
    </message>
    <message>
        <source>This request is closed; reopen it first.</source>
        <translation>Обращение закрыто; сначала возобновите его.</translation>
    </message>
    <message>
        <source>This request is open.</source>
        <translation>Обращение не закрыто.</translation>
    </message>
    <message>
        <source>No right of this request is waiting for supporting documents.</source>
        <translation>Ни одно требование этого обращения не ожидает подтверждающих документов.</translation>
    </message>
    <message>
        <source>No letter has been prepared for this request yet.</source>
        <translation>По этому обращению ещё не подготовлено ни одного письма.</translation>
    </message>
    <message>
        <source>Every letter of this request is already recorded as sent.</source>
        <translation>Все письма по этому обращению уже отмечены как отправленные.</translation>
    </message>
</context>
<context>
    <name>start</name>
    <message>
        <source>The passphrase does not open the register {0}; nothing was changed. Check it and type it again.</source>
        <translation>Парольная фраза не открывает реестр {0}; ничего не изменено. Проверьте её и введите ещё раз.</translation>
    </message>
    <message>
        <source>Use the recovery passphrase…</source>
        <extracomment>A keychain register whose keychain cannot be reached: said, never asked a passphrase.</extracomment>
        <translation>Ввести парольную фразу восстановления…</translation>
    </message>
    <message>
        <source>The recovery passphrase of the register {0}:</source>
        <translation>Парольная фраза восстановления реестра {0}:</translation>
    </message>
    <message>
        <source>Something went wrong inside Otinish ({0}). What was saved before is kept; check that the last step shows in the register. Where it happened is written, without personal data, to the log for support: {1}</source>
        <translation>В Otinish произошла внутренняя ошибка ({0}). Всё, что было сохранено раньше, на месте; проверьте, что последний шаг отражён в реестре. Где это произошло, записано без персональных данных в журнал для поддержки: {1}</translation>
    </message>
    <message>
        <source>Otinish already has this register open; its window was brought to the front.</source>
        <translation>Этот реестр уже открыт в Otinish; его окно выведено на передний план.</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Due today</source>
        <extracomment>Columns shown as an icon (with the name as tooltip), to leave room for the long names. Rows fetched per page.</extracomment>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Срок в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Подтверждение личности</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>view: every request not closed yet</comment>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <source>Open requests whose answer is due today</source>
        <translation>Открытые обращения, по которым ответ нужен сегодня</translation>
    </message>
    <message>
        <source>Open requests due today or within the next three working days</source>
        <translation>Открытые обращения со сроком сегодня или в ближайшие три рабочих дня</translation>
    </message>
    <message>
        <source>Open requests past their due date</source>
        <translation>Открытые обращения с истёкшим сроком</translation>
    </message>
    <message>
        <source>Requests waiting for the requester&apos;s identity to be confirmed</source>
        <translation>Обращения, ожидающие подтверждения личности заявителя</translation>
    </message>
    <message>
        <source>Every request not closed yet</source>
        <translation>Все незакрытые обращения</translation>
    </message>
    <message>
        <source>Requests closed with an outcome</source>
        <translation>Обращения, закрытые с результатом</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>Весь реестр</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Create the register there anyway?</source>
        <extracomment>A new register&apos;s folder is on a network or inside OneDrive (services/registers.py).</extracomment>
        <translation>Всё равно создать реестр там?</translation>
    </message>
    <message>
        <source>Create it there</source>
        <translation>Создать там</translation>
    </message>
</context>
</TS>
