"""The words of the demo register: names, what people write, and the operator's notes.

Every note is written in the language of the request it belongs to (kk, ru or en), as
an operator answering that person would write it: the letters quote some notes word
for word (what was found, corrected, destroyed), so a note in another language would
show up in the letter. `tests/services/test_demo.py` checks each note's language.
"""

from __future__ import annotations

KK_MEN = ["Ерлан", "Нұрлан", "Дәурен", "Асқар", "Бауыржан", "Ержан", "Қайрат", "Темірлан",
           "Данияр", "Арман", "Серік", "Әлібек", "Мұхтар", "Бекзат", "Ғалым"]
KK_WOMEN = ["Айгерім", "Әйгерім", "Гүлнара", "Жанар", "Салтанат", "Динара", "Мәдина",
             "Айдана", "Ақмарал", "Балжан", "Нұрсұлу", "Әсел", "Гүлжан", "Жұлдыз", "Меруерт"]
KK_SURNAMES = ["Ахметов", "Жұмабаев", "Сейітқали", "Әбенов", "Төлегенов", "Қасымов",
                "Оспанов", "Ысқақов", "Байжанов", "Нұрпейісов", "Сәрсенбаев", "Омаров",
                "Құдайбергенов", "Есенов", "Мұратов"]
RU_MEN = ["Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Владимир", "Павел",
           "Артём", "Николай"]
RU_WOMEN = ["Ольга", "Елена", "Наталья", "Татьяна", "Анна", "Ирина", "Светлана", "Мария",
             "Екатерина", "Юлия"]
RU_SURNAMES = ["Петров", "Смирнов", "Иванов", "Кузнецов", "Попов", "Волков", "Соколов",
                "Лебедев", "Козлов", "Новиков", "Морозов", "Ким", "Пак", "Шевченко"]
EN_NAMES = ["John Smith", "Emma Brown", "Oliver Jones", "Sophie Taylor", "James Wilson",
             "Charlotte Davies", "Daniel Evans", "Grace Thomas", "Lee Min-jun", "Anna Müller"]
DOMAINS = ["mail.kz", "gmail.com", "mail.ru", "yandex.kz", "inbox.kz", "example.com",
            "outlook.com", "bk.ru"]
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m",
                      "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch",
                      "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h",
                      "i"], strict=True))

TEXTS: dict[str, dict[str, list[str]]] = {
    "ru": {
        "access": ["Прошу сообщить, какие мои персональные данные вы храните.",
                   "Хочу получить информацию о том, какие мои данные обрабатываются."],
        "correction": ["Прошу исправить номер телефона в моём профиле.",
                       "В вашей базе неверные данные обо мне, прошу изменить."],
        "blocking": ["Прошу заблокировать обработку моих данных до выяснения."],
        "unblocking": ["Прошу снять блокирование моих данных."],
        "deletion": ["Прошу удалить мой аккаунт и все мои персональные данные.",
                     "Удалите, пожалуйста, мои данные с вашего сайта."],
        "withdrawal": ["Отзываю согласие на обработку персональных данных.",
                       "Больше не даю согласия на рассылку и обработку моих данных."],
        "objection": ["Возражаю против решения, принятого автоматически по моей заявке."],
        "public_source": ["Мои данные опубликованы на вашем сайте без согласия, удалите."],
        "portability": ["Прошу выгрузить мои данные в машиночитаемом формате."],
        "other": ["У меня вопрос по вашей политике конфиденциальности."],
    },
    "kk": {
        "access": ["Менің қандай деректерімді сақтайтыныңызды хабарлауыңызды сұраймын."],
        "correction": ["Профилімдегі телефон нөмірін түзетуді сұраймын."],
        "blocking": ["Деректерімді өңдеуді бұғаттауыңызды сұраймын."],
        "unblocking": ["Деректерімді бұғаттан шығаруды сұраймын."],
        "deletion": ["Аккаунтымды және барлық деректерімді жоюды сұраймын."],
        "withdrawal": ["Дербес деректерімді өңдеуге берген келісімімді кері қайтарамын."],
        "objection": ["Автоматты түрде қабылданған шешімге қарсылық білдіремін."],
        "public_source": ["Деректерім сайтта жарияланған, оларды алып тастауды сұраймын."],
        "portability": ["Деректерімді құрылымдалған форматта беруді сұраймын."],
        "other": ["Құпиялылық саясатыңыз бойынша сұрағым бар."],
    },
    "en": {
        "access": ["What data do you hold about me? Please send me a copy of my data."],
        "correction": ["Please update my details: my phone number is wrong."],
        "blocking": ["Please restrict the processing of my data."],
        "unblocking": ["Please unblock my data."],
        "deletion": ["Please delete my account and erase my personal data."],
        "withdrawal": ["I withdraw my consent to the processing of my personal data."],
        "objection": ["I object to the automated decision made on my application."],
        "public_source": ["My data was published on your site; please remove it."],
        "portability": ["Please export my data in a machine-readable format."],
        "other": ["I have a question about your privacy policy."],
    },
}

#: What the operator writes for each action, per request language. A list offers
#: variants; "kind:type" keys override the kind's note for one right.
ACTION_NOTES: dict[str, dict[str, list[str]]] = {
    "kk": {
        "searched": ["CRM мен тарату сервисі тексерілді",
                     "CRM мен есеп жүйесінен өтініш берушінің деректері ізделді"],
        "data_found": ["Аты-жөні, электрондық пошта мекенжайы және CRM-дегі тапсырыстар "
                       "тарихы",
                       "Аты-жөні, телефон нөмірі және жаңалықтар таратылымына жазылу"],
        "data_not_found": ["CRM мен тарату сервисінде өтініш берушінің деректері табылмады"],
        "corrected": ["Клиент профиліндегі телефон нөмірі түзетілді",
                      "Клиент профиліндегі тегі мен электрондық пошта мекенжайы түзетілді"],
        "blocked": ["Өтініш берушінің CRM-дегі деректерін өңдеу бұғатталды"],
        "unblocked": ["Өтініш берушінің CRM-дегі деректері бұғаттан шығарылды"],
        "deleted": ["Өтініш берушінің аккаунты мен деректері CRM мен тарату сервисінен "
                    "жойылды"],
        "deleted:public_source": ["Өтініш берушінің деректері сайттағы жарияланымнан "
                                  "алынып тасталды"],
        "processor_notified": ["«Kaspi Pay» ЖШС және «Қазпошта» АҚ деректердің жойылғаны "
                               "туралы хабардар етілді"],
        "processing_stopped": ["Деректерді өңдеу тоқтатылды, мекенжай таратылымнан алынып "
                               "тасталды"],
        "processing_stopped:objection": ["Автоматты шешім қызметкердің қарауымен "
                                         "қайта қаралды"],
        "copy_sent": ["Деректер CSV форматында өтініш берушінің мекенжайына жіберілді"],
        "other": ["Өтініш берушіге құпиялылық саясатының шарттары түсіндірілді"],
        "withdrawn": ["Өтініш беруші өтінішін кері қайтарып алды"],
    },
    "ru": {
        "searched": ["Проверены CRM и сервис рассылок",
                     "Проверены CRM и учётная система"],
        "data_found": ["ФИО, адрес электронной почты и история заказов в CRM",
                       "ФИО, номер телефона и подписка на рассылку новостей"],
        "data_not_found": ["В CRM и сервисе рассылок данных заявителя не найдено"],
        "corrected": ["Номер телефона в профиле клиента исправлен",
                      "Фамилия и адрес электронной почты в профиле клиента исправлены"],
        "blocked": ["Обработка данных заявителя в CRM заблокирована"],
        "unblocked": ["Блокирование данных заявителя в CRM снято"],
        "deleted": ["Учётная запись и данные заявителя удалены из CRM и сервиса рассылок"],
        "deleted:public_source": ["Данные заявителя удалены из публикации на сайте"],
        "processor_notified": ["ТОО «Kaspi Pay» и АО «Казпочта» уведомлены об уничтожении "
                               "данных"],
        "processing_stopped": ["Обработка данных прекращена, адрес исключён из рассылки"],
        "processing_stopped:objection": ["Автоматическое решение пересмотрено сотрудником"],
        "copy_sent": ["Выгрузка данных в формате CSV направлена на адрес заявителя"],
        "other": ["Заявителю разъяснены условия политики конфиденциальности"],
        "withdrawn": ["Заявитель отозвал своё обращение"],
    },
    "en": {
        "searched": ["Checked the CRM and the mailing service",
                     "Checked the CRM and the accounting system"],
        "data_found": ["Name, email address and order history in the CRM",
                       "Name, phone number and newsletter subscription"],
        "data_not_found": ["No data of the requester found in the CRM or the mailing "
                           "service"],
        "corrected": ["Phone number corrected in the customer profile",
                      "Surname and email address corrected in the customer profile"],
        "blocked": ["Processing of the requester's data in the CRM blocked"],
        "unblocked": ["The block on the requester's data in the CRM lifted"],
        "deleted": ["The requester's account and data erased from the CRM and the mailing "
                    "service"],
        "deleted:public_source": ["The requester's data taken down from the website"],
        "processor_notified": ["Kaspi Pay LLP and Kazpost JSC notified of the destruction"],
        "processing_stopped": ["Processing stopped; the address removed from the mailing "
                               "list"],
        "processing_stopped:objection": ["The automated decision reviewed by a member of "
                                         "staff"],
        "copy_sent": ["A CSV export of the data sent to the requester's address"],
        "other": ["The privacy policy explained to the requester"],
        "withdrawn": ["The requester withdrew the request"],
    },
}

#: What the operator notes with an identity check's result, per method and language
#: ("{digits}": the last 4 digits of a document, all a note may keep, Art. 7(10)).
IDENTITY_NOTES: dict[str, dict[str, str]] = {
    "kk": {
        "id_document_in_person": "Жеке куәлік, соңғы 4 цифры: {digits}",
        "phone_callback": "Клиент профиліндегі нөмірге қайта қоңырау шалынды",
        "email_match": "Жауап профильде көрсетілген мекенжайдан келді",
        "one_time_code": "Бір реттік SMS-кодпен расталды",
        "eds_signature": "ЭЦҚ қолтаңбасы NCALayer арқылы тексерілді",
        "failed": "Деректер клиент профилімен сәйкес келмеді",
    },
    "ru": {
        "id_document_in_person": "Удостоверение личности, последние 4 цифры: {digits}",
        "phone_callback": "Перезвонили на номер из профиля клиента",
        "email_match": "Ответ пришёл с адреса, указанного в профиле",
        "one_time_code": "Подтверждено одноразовым кодом из SMS",
        "eds_signature": "Подпись ЭЦП проверена через NCALayer",
        "failed": "Данные не совпали с профилем клиента",
    },
    "en": {
        "id_document_in_person": "ID card, last 4 digits: {digits}",
        "phone_callback": "Called back on the number in the customer profile",
        "email_match": "The reply came from the address in the profile",
        "one_time_code": "Confirmed with a one-time SMS code",
        "eds_signature": "The EDS signature verified with NCALayer",
        "failed": "The details did not match the customer profile",
    },
}
