"""The legal grounds of a reasoned refusal, in Kazakh, Russian and English.

Pure data, read through `app.letters.names.REFUSAL_GROUNDS`. Each ground is a clause
in the letter's own words and the provision it rests on, cited as the language cites.
"""

from __future__ import annotations

#: Grounds for a reasoned refusal: a refusal names at least one (kinds.py refuses one
#: without). `text` is a clause that follows "– " in the letter's list (lower-case, no
#: final stop); `citation` goes in brackets after it. "We hold no data about you" is not
#: here: it answers the right to know (the `no_data` letter), it refuses nothing.
REFUSAL_GROUNDS: dict[str, dict[str, dict[str, str]]] = {
    "identity_not_confirmed": {
        "ru": {
            "text": "не подтверждены Ваша личность либо полномочия Вашего представителя, "
                    "тогда как сведения о персональных данных предоставляются и действия с "
                    "ними совершаются только по обращению субъекта персональных данных или "
                    "его законного представителя",
            "citation": "пункт 2 статьи 10 и статья 11 Закона",
        },
        "kk": {
            "text": "Сіздің жеке басыңыз не өкіліңіздің өкілеттігі расталмады, ал дербес "
                    "деректер туралы мәліметтер дербес деректер субъектісінің немесе оның "
                    "заңды өкілінің өтініші бойынша ғана беріледі және олармен әрекеттер де "
                    "осындай өтініш бойынша ғана жасалады",
            "citation": "Заңның 10-бабының 2-тармағы және 11-бабы",
        },
        "en": {
            "text": "your identity, or your representative's authority to act for you, has "
                    "not been confirmed, and information about personal data may be given, "
                    "and action on them taken, only at the request of the data subject or "
                    "their legal representative",
            "citation": "Article 10(2) and Article 11 of the Law",
        },
    },
    "not_in_writing": {
        "ru": {
            "text": "обращение подано не в письменной форме, не в форме электронного "
                    "документа и не иным способом с применением элементов защитных действий",
            "citation": "пункт 2 статьи 10 Закона",
        },
        "kk": {
            "text": "өтініш жазбаша нысанда, электрондық құжат нысанында не қорғау "
                    "әрекеттерінің элементтерін қолдана отырып өзге тәсілмен берілмеген",
            "citation": "Заңның 10-бабының 2-тармағы",
        },
        "en": {
            "text": "the request was not made in writing, as an electronic document or in "
                    "another way using protective elements",
            "citation": "Article 10(2) of the Law",
        },
    },
    "documents_missing": {
        "ru": {
            "text": "к требованию об изменении и дополнении персональных данных не "
                    "приложены документы, подтверждающие основания для их изменения",
            "citation": "подпункт 2) пункта 1 статьи 24 и статья 13 Закона",
        },
        "kk": {
            "text": "дербес деректерді өзгерту және толықтыру туралы талапқа оларды "
                    "өзгертудің негіздерін растайтын құжаттар қоса берілмеген",
            "citation": "Заңның 24-бабы 1-тармағының 2) тармақшасы және 13-бабы",
        },
        "en": {
            "text": "no documents supporting the requested change and addition of personal "
                    "data were provided",
            "citation": "Article 24(1)(2) and Article 13 of the Law",
        },
    },
    "processing_required_by_law": {
        "ru": {
            "text": "сбор, обработка и хранение этих персональных данных предусмотрены "
                    "законами Республики Казахстан, поэтому отзыв согласия (уничтожение "
                    "данных) в этой части противоречил бы закону",
            "citation": "пункт 2 статьи 8 Закона",
        },
        "kk": {
            "text": "бұл дербес деректерді жинау, өңдеу және сақтау Қазақстан "
                    "Республикасының заңдарында көзделген, сондықтан осы бөлікте келісімді "
                    "кері қайтарып алу (деректерді жою) заңға қайшы келер еді",
            "citation": "Заңның 8-бабының 2-тармағы",
        },
        "en": {
            "text": "the laws of the Republic of Kazakhstan require these personal data to "
                    "be collected, processed and stored, so withdrawing consent (or destroying "
                    "the data) in this respect would contradict the law",
            "citation": "Article 8(2) of the Law",
        },
    },
    "unfulfilled_obligation": {
        "ru": {
            "text": "имеется неисполненное обязательство, для исполнения которого "
                    "необходима обработка этих персональных данных",
            "citation": "пункт 2 статьи 8 Закона",
        },
        "kk": {
            "text": "орындалуы үшін осы дербес деректерді өңдеу қажет болатын орындалмаған "
                    "міндеттеме бар",
            "citation": "Заңның 8-бабының 2-тармағы",
        },
        "en": {
            "text": "an obligation that requires these personal data to be processed has not "
                    "yet been fulfilled",
            "citation": "Article 8(2) of the Law",
        },
    },
    "rights_of_others": {
        "ru": {
            "text": "предоставление запрошенных сведений нарушило бы права и законные "
                    "интересы других лиц, в том числе конфиденциальность их персональных "
                    "данных",
            "citation": "статья 11 Закона",
        },
        "kk": {
            "text": "сұратылған мәліметтерді беру басқа тұлғалардың құқықтары мен заңды "
                    "мүдделерін, оның ішінде олардың дербес деректерінің құпиялылығын "
                    "бұзар еді",
            "citation": "Заңның 11-бабы",
        },
        "en": {
            "text": "disclosing the information requested would breach the rights and "
                    "legitimate interests of other persons, including the confidentiality "
                    "of their personal data",
            "citation": "Article 11 of the Law",
        },
    },
}
