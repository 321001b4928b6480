"""The words letters and screens use for the register's codes, in Kazakh, Russian and English.

Pure data: every table is keyed first by language ("kk", "ru", "en"), then by a code
from `app/domain/vocab.py` (or a letter kind). The law's own terms are used
(shared/domain/glossary.md), because an inspector reads a letter against the law.
Names are lower-case noun phrases so that they can stand after a colon or inside a
sentence; a screen capitalises them itself. Citations of single provisions follow
each language's style: ru «подпункт 8) пункта 2 статьи 25 Закона», kk «Заңның 25-бабы
2-тармағының 8) тармақшасы», en "Article 25(2)(8) of the Law". "Закон" / "Заң" /
"the Law" is the short name every letter introduces with its first citation.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.vocab import IDENTITY_METHODS, LANGUAGES

#: Grounds for a reasoned refusal (their own module: long texts in three languages).
from .grounds import REFUSAL_GROUNDS  # noqa: F401  (re-exported: names.REFUSAL_GROUNDS)

LANGS: tuple[str, ...] = LANGUAGES

#: The requested right in a word or two, for table cells and chart legends (a screen
#: capitalises it); letters use TYPE_NAMES.
SHORT_TYPE_NAMES: dict[str, dict[str, str]] = {
    "ru": {"access": "ознакомление", "correction": "изменение", "blocking": "блокирование",
           "unblocking": "снятие блокирования", "deletion": "уничтожение",
           "withdrawal": "отзыв согласия", "objection": "возражение",
           "public_source": "общедоступные источники", "portability": "копия данных",
           "other": "иное"},
    "kk": {"access": "танысу", "correction": "өзгерту", "blocking": "бұғаттау",
           "unblocking": "бұғаттан шығару", "deletion": "жою",
           "withdrawal": "келісімді кері қайтарып алу", "objection": "қарсылық",
           "public_source": "жалпыға қолжетімді дереккөздер", "portability": "деректер көшірмесі",
           "other": "өзге"},
    "en": {"access": "access", "correction": "correction", "blocking": "blocking",
           "unblocking": "unblocking", "deletion": "deletion", "withdrawal": "consent withdrawal",
           "objection": "objection", "public_source": "public sources",
           "portability": "data copy", "other": "other"},
}

#: The requested right, as a letter names it ("Предмет обращения: ...").
TYPE_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "access": "ознакомление с персональными данными",
        "correction": "изменение и дополнение персональных данных",
        "blocking": "блокирование персональных данных",
        "unblocking": "снятие блокирования персональных данных",
        "deletion": "уничтожение персональных данных",
        "withdrawal": "отзыв согласия на сбор и обработку персональных данных",
        "objection": "возражение против решения, принятого исключительно на основе "
                     "автоматизированной обработки персональных данных",
        "public_source": "исключение персональных данных из общедоступных источников",
        "portability": "предоставление копии персональных данных в структурированном формате",
        "other": "иной вопрос, связанный с персональными данными",
    },
    "kk": {
        "access": "дербес деректермен танысу",
        "correction": "дербес деректерді өзгерту және толықтыру",
        "blocking": "дербес деректерді бұғаттау",
        "unblocking": "дербес деректерді бұғаттан шығару",
        "deletion": "дербес деректерді жою",
        "withdrawal": "дербес деректерді жинауға және өңдеуге берілген келісімді кері "
                      "қайтарып алу",
        "objection": "дербес деректерді тек автоматтандырылған өңдеу негізінде қабылданған "
                     "шешімге қарсылық",
        "public_source": "дербес деректерді жалпыға қолжетімді дереккөздерден алып тастау",
        "portability": "дербес деректердің көшірмесін құрылымдалған форматта беру",
        "other": "дербес деректерге қатысты өзге мәселе",
    },
    "en": {
        "access": "access to personal data",
        "correction": "correction (change and addition) of personal data",
        "blocking": "blocking of personal data",
        "unblocking": "unblocking of personal data",
        "deletion": "destruction (deletion) of personal data",
        "withdrawal": "withdrawal of consent to the collection and processing of personal data",
        "objection": "objection to a decision based solely on automated processing of "
                     "personal data",
        "public_source": "removal of personal data from publicly available sources",
        "portability": "a copy of personal data in a structured format",
        "other": "another matter concerning personal data",
    },
}

#: How the request reached the operator ("способ поступления: ...").
CHANNEL_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "email": "электронная почта",
        "phone": "телефонный звонок",
        "letter": "почтовое отправление",
        "in_person": "личный приём",
        "egov": "портал «электронного правительства» (eGov)",
        "web_form": "форма на сайте",
        "messenger": "мессенджер",
    },
    "kk": {
        "email": "электрондық пошта",
        "phone": "телефон қоңырауы",
        "letter": "пошта жөнелтілімі",
        "in_person": "жеке қабылдау",
        "egov": "«электрондық үкімет» порталы (eGov)",
        "web_form": "сайттағы нысан",
        "messenger": "мессенджер",
    },
    "en": {
        "email": "email",
        "phone": "telephone call",
        "letter": "post",
        "in_person": "in person",
        "egov": "eGov portal",
        "web_form": "website form",
        "messenger": "messenger",
    },
}

STATUS_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "received": "получено",
        "awaiting_identity": "ожидает подтверждения личности",
        "in_progress": "на рассмотрении",
        "answered": "ответ направлен",
        "closed": "закрыто",
    },
    "kk": {
        "received": "алынды",
        "awaiting_identity": "жеке басын растау күтілуде",
        "in_progress": "қаралуда",
        "answered": "жауап жіберілді",
        "closed": "жабылды",
    },
    "en": {
        "received": "received",
        "awaiting_identity": "awaiting identity check",
        "in_progress": "in progress",
        "answered": "answered",
        "closed": "closed",
    },
}

OUTCOME_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "fulfilled": "исполнено",
        "partially_fulfilled": "исполнено частично",
        "refused": "мотивированный отказ",
        "withdrawn_by_requester": "отозвано заявителем",
        "no_data_held": "персональные данные заявителя не обрабатываются",
        "voided": "аннулировано (зарегистрировано ошибочно)",
    },
    "kk": {
        "fulfilled": "орындалды",
        "partially_fulfilled": "ішінара орындалды",
        "refused": "дәлелді бас тарту",
        "withdrawn_by_requester": "өтініш беруші кері қайтарып алды",
        "no_data_held": "өтініш берушінің дербес деректері өңделмейді",
        "voided": "күші жойылды (қате тіркелген)",
    },
    "en": {
        "fulfilled": "fulfilled",
        "partially_fulfilled": "partly fulfilled",
        "refused": "reasoned refusal",
        "withdrawn_by_requester": "withdrawn by the requester",
        "no_data_held": "no personal data held",
        "voided": "voided (registered by mistake)",
    },
}

#: How a prepared letter reached the requester ("sent on 24.11.2026 (post)").
SENT_VIA_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "email": "электронная почта",
        "post": "почтовое отправление",
        "hand": "вручено лично",
        "egov": "портал «электронного правительства» (eGov)",
        "messenger": "мессенджер",
    },
    "kk": {
        "email": "электрондық пошта",
        "post": "пошта жөнелтілімі",
        "hand": "қолға табысталды",
        "egov": "«электрондық үкімет» порталы (eGov)",
        "messenger": "мессенджер",
    },
    "en": {
        "email": "email",
        "post": "post",
        "hand": "by hand",
        "egov": "eGov portal",
        "messenger": "messenger",
    },
}

#: Ways of confirming identity. Written so that the identity-request letter can list
#: them to the data subject as they are; never a copy of an ID document (Art. 7(10)).
IDENTITY_METHOD_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "email_match": "письмо с адреса электронной почты, который Вы ранее сообщили нам",
        "phone_callback": "обратный звонок на номер телефона, который Вы ранее сообщили нам",
        "one_time_code": "одноразовый код, направленный на Ваш адрес электронной почты "
                         "или номер телефона",
        "eds_signature": "обращение, подписанное электронной цифровой подписью (ЭЦП)",
        "id_document_in_person": "предъявление документа, удостоверяющего личность, "
                                 "при личном визите (без снятия копии)",
        "notarized_poa": "нотариально удостоверенная доверенность (если обращается "
                         "представитель)",
        "state_service": "подтверждение через государственный сервис контроля доступа "
                         "к персональным данным",
        "other": "иной способ, позволяющий достоверно установить личность",
    },
    "kk": {
        "email_match": "бізге бұрын хабарлаған электрондық пошта мекенжайыңыздан "
                       "жіберілген хат",
        "phone_callback": "бізге бұрын хабарлаған телефон нөміріңізге кері қоңырау шалу",
        "one_time_code": "электрондық поштаңызға немесе телефон нөміріңізге жіберілген "
                         "бір реттік код",
        "eds_signature": "электрондық цифрлық қолтаңбамен (ЭЦҚ) қол қойылған өтініш",
        "id_document_in_person": "жеке келген кезде жеке басын куәландыратын құжатты "
                                 "көрсету (көшірмесі түсірілмейді)",
        "notarized_poa": "нотариалды куәландырылған сенімхат (өтінішті өкіл берген "
                         "жағдайда)",
        "state_service": "дербес деректерге қол жеткізуді бақылаудың мемлекеттік сервисі "
                         "арқылы растау",
        "other": "жеке басты анық белгілеуге мүмкіндік беретін өзге тәсіл",
    },
    "en": {
        "email_match": "an email from the address you previously gave us",
        "phone_callback": "a call back to the telephone number you previously gave us",
        "one_time_code": "a one-time code sent to your email address or telephone number",
        "eds_signature": "a request signed with an electronic digital signature (EDS)",
        "id_document_in_person": "showing an identity document in person (no copy is taken)",
        "notarized_poa": "a notarised power of attorney, if a representative acts for you",
        "state_service": "confirmation through the state service for controlling access "
                         "to personal data",
        "other": "another method that reliably establishes your identity",
    },
}

IDENTITY_RESULT_NAMES: dict[str, dict[str, str]] = {
    "ru": {"requested": "запрошено", "passed": "подтверждено", "failed": "не подтверждено"},
    "kk": {"requested": "сұратылды", "passed": "расталды", "failed": "расталмады"},
    "en": {"requested": "requested", "passed": "confirmed", "failed": "not confirmed"},
}

#: What the operator did; also the wording a confirmation letter may reuse.
ACTION_KIND_NAMES: dict[str, dict[str, str]] = {
    "ru": {
        "searched": "поиск персональных данных в информационных системах",
        "data_found": "персональные данные заявителя найдены",
        "data_not_found": "персональные данные заявителя не найдены",
        "corrected": "изменение и дополнение персональных данных",
        "blocked": "блокирование персональных данных",
        "unblocked": "снятие блокирования персональных данных",
        "deleted": "уничтожение персональных данных",
        "processing_stopped": "прекращение сбора и обработки персональных данных",
        "processor_notified": "уведомление третьего лица, обрабатывающего персональные данные",
        "copy_sent": "направление сведений о персональных данных",
        "other": "иное действие",
    },
    "kk": {
        "searched": "ақпараттық жүйелерде дербес деректерді іздеу",
        "data_found": "өтініш берушінің дербес деректері табылды",
        "data_not_found": "өтініш берушінің дербес деректері табылмады",
        "corrected": "дербес деректерді өзгерту және толықтыру",
        "blocked": "дербес деректерді бұғаттау",
        "unblocked": "дербес деректерді бұғаттан шығару",
        "deleted": "дербес деректерді жою",
        "processing_stopped": "дербес деректерді жинауды және өңдеуді тоқтату",
        "processor_notified": "дербес деректерді өңдейтін үшінші тұлғаны хабардар ету",
        "copy_sent": "дербес деректер туралы мәліметтерді жіберу",
        "other": "өзге әрекет",
    },
    "en": {
        "searched": "search for personal data in information systems",
        "data_found": "the requester's personal data found",
        "data_not_found": "no personal data of the requester found",
        "corrected": "change and addition of personal data",
        "blocked": "blocking of personal data",
        "unblocked": "unblocking of personal data",
        "deleted": "destruction of personal data",
        "processing_stopped": "collection and processing of personal data stopped",
        "processor_notified": "third party processing the personal data notified",
        "copy_sent": "information about personal data sent",
        "other": "other action",
    },
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ru": {"kk": "казахский", "ru": "русский", "en": "английский"},
    "kk": {"kk": "қазақ тілі", "ru": "орыс тілі", "en": "ағылшын тілі"},
    "en": {"kk": "Kazakh", "ru": "Russian", "en": "English"},
}

ID_LABELS: dict[str, dict[str, str]] = {
    "ru": {"IIN": "ИИН", "BIN": "БИН"},
    "kk": {"IIN": "ЖСН", "BIN": "БСН"},
    "en": {"IIN": "IIN", "BIN": "BIN"},
}

#: The full citation of the law, in the nominative; letters follow it with
#: "(далее – Закон)" / "(бұдан әрі – Заң)" / (the "Law").
LAW_CITATION: dict[str, str] = {
    "ru": "Закон Республики Казахстан от 21 мая 2013 года № 94-V "
          "«О персональных данных и их защите»",
    "kk": "«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының "
          "2013 жылғы 21 мамырдағы № 94-V Заңы",
    "en": 'Law of the Republic of Kazakhstan No. 94-V of 21 May 2013 '
          '"On Personal Data and Their Protection"',
}

#: The greeting line by the form of address the operator chose for the requester (Russian
#: needs it; Kazakh and English do not). Never guessed from the IIN: since 2013 its digits
#: are not reliably tied to sex.
SALUTATIONS: dict[str, dict[str, str]] = {
    "ru": {
        "male": "Уважаемый {name}!",
        "female": "Уважаемая {name}!",
        # No form chosen: a neutral greeting, never «Уважаемый(-ая)».
        "neutral": "Здравствуйте, {name}!",
    },
    "kk": {"male": "Құрметті {name}!", "female": "Құрметті {name}!", "neutral": "Құрметті {name}!"},
    "en": {"male": "Dear {name},", "female": "Dear {name},", "neutral": "Dear {name},"},
}

#: What is kept after a withdrawal when the operator writes nothing of their own.
KEPT_AFTER_WITHDRAWAL: dict[str, str] = {
    "ru": "Мы продолжаем хранить только те персональные данные, хранение которых "
          "предусмотрено законодательством Республики Казахстан (например, в бухгалтерских "
          "и налоговых документах) или необходимо для исполнения неисполненного "
          "обязательства, – в течение сроков, установленных законодательством (пункт 2 "
          "статьи 8 Закона).",
    "kk": "Біз сақталуы Қазақстан Республикасының заңнамасында көзделген (мысалы, "
          "бухгалтерлік және салық құжаттарындағы) не орындалмаған міндеттемені орындау "
          "үшін қажет дербес деректерді ғана заңнамада белгіленген мерзім ішінде сақтаймыз "
          "(Заңның 8-бабының 2-тармағы).",
    "en": "We keep only the personal data that the legislation of the Republic of Kazakhstan "
          "requires us to store (for example, in accounting and tax records) or that are "
          "needed to perform an obligation not yet fulfilled, for the periods set by law "
          "(Article 8(2) of the Law).",
}

#: The basis of a period no legal act sets, as the operator says it of itself in a letter
#: (the rule row's own words, «срок, установленный оператором», are the register's).
OWN_PERIOD: dict[str, str] = {
    "ru": "срок, установленный нами",
    "kk": "біз белгілеген мерзім",
    "en": "the period we have set",
}

#: "Not later than <date>": the date goes where {date} is. Kazakh puts it in the
#: ablative (kazakh.py): «2026 жылғы 30 наурыздан кешіктірмей».
DUE_BY: dict[str, str] = {
    "ru": "не позднее {date}",
    "kk": "{date} кешіктірмей",
    "en": "by {date}",
}

#: The period of a right whose clock starts when its documents arrive (a correction): no
#: date can be promised before they do. {days} is the rule's count of working days.
DUE_AFTER_DOCUMENTS: dict[str, str] = {
    "ru": "в течение {days} со дня получения подтверждающих документов",
    "kk": "растайтын құжаттар алынған күннен бастап {days} ішінде",
    "en": "within {days} of receiving the supporting documents",
}


def period_words(count: int, working: bool, lang: str) -> str:
    """"{count} working (calendar) days" in the case DUE_AFTER_DOCUMENTS needs (Kazakh puts
    no plural after a numeral; Russian «в течение» takes the genitive), on one line."""
    if lang == "kk":
        return f"{count}\xa0{'жұмыс күні' if working else 'күнтізбелік күн'}"
    if lang == "ru":
        one = count % 10 == 1 and count % 100 != 11
        kind = ("рабочего дня" if one else "рабочих дней") if working else \
            ("календарного дня" if one else "календарных дней")
        return f"{count}\xa0{kind}"
    return f"{count}\xa0{'working' if working else 'calendar'} day{'' if count == 1 else 's'}"


def period_nominative(count: int, working: bool, lang: str) -> str:
    """"{count} working (calendar) days" standing alone, as in a table cell: «1 рабочий
    день», «3 рабочих дня», «10 рабочих дней» (Russian numerals govern three forms)."""
    if lang != "ru":
        return period_words(count, working, lang)
    if count % 10 == 1 and count % 100 != 11:
        kind = "рабочий день" if working else "календарный день"
    elif count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        kind = "рабочих дня" if working else "календарных дня"
    else:
        kind = "рабочих дней" if working else "календарных дней"
    return f"{count}\xa0{kind}"


#: The authorized body in the field of personal data protection, by name, for the appeal
#: route of refusals and objection results (the letter reads it as `appeal.body`, so a
#: setting can replace it when the ministry is renamed again; shared/domain/glossary.md).
AUTHORIZED_BODY: dict[str, str] = {
    "ru": "Комитет информационной безопасности Министерства искусственного интеллекта и "
          "цифрового развития Республики Казахстан",
    "kk": "Қазақстан Республикасы Жасанды интеллект және цифрлық даму министрлігінің "
          "Ақпараттық қауіпсіздік комитеті",
    "en": "the Information Security Committee of the Ministry of Artificial Intelligence "
          "and Digital Development of the Republic of Kazakhstan",
}

#: The ways the identity-request letter offers, in this order.
IDENTITY_REQUEST_METHODS: tuple[str, ...] = tuple(m for m in IDENTITY_METHODS if m != "other")

def name_of(table: Mapping[str, Mapping[str, str]], lang: str, code: str) -> str:
    """The name of *code* in *lang* from one of the tables above; KeyError says which is missing."""
    try:
        names = table[lang]
    except KeyError:
        raise KeyError(f"No names in language '{lang}'; languages: "
                       f"{', '.join(sorted(table))}.") from None
    try:
        return names[code]
    except KeyError:
        raise KeyError(f"No {lang} name for code '{code}'; known codes: "
                       f"{', '.join(names)}.") from None
