"""Build the default letter templates: one .docx per letter kind and language (30 files).

Run `python letter_templates/build_templates.py` to rewrite the files next to this
script; `build(out_dir)` writes them elsewhere (the tests do). The texts live below as
plain data, one list of blocks per kind and language, so a lawyer or translator can
edit them here; an operator can also restyle or reword the generated .docx in Word
(paragraph styles named "Letter ..."), keeping the {{ ... }} fields intact.

Jinja tags are written by this script, never typed in Word, so they contain no smart
quotes and each tag sits inside one run (PITFALLS.md, docxtpl). Paragraph-level tags
(`{%p ... %}`) stand alone in their own paragraph, which docxtpl removes on rendering,
so conditions and loops leave no blank lines. The fields each kind may use are listed
in app/letters/kinds.py; the test renders every template with StrictUndefined.

Block types in the texts:
- "text"                          a body paragraph;
- ("list", "x in xs", "text")     one paragraph per element, after an en dash and a tab;
- ("label", "text")               a bold sub-heading that introduces a list;
- ("label", "label: ", "value")   a bold label followed by a value in the same paragraph;
- ("if", "condition", "text")     a body paragraph shown only when the condition holds;
- NOTE                            the operator's own paragraph (shown only if given,
                                  or always for kinds whose note is required).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # run as a script from anywhere: find the app package
    sys.path.insert(0, str(HERE.parent))

from app.letters.kinds import KINDS  # noqa: E402
from app.letters.names import KIND_TITLES  # noqa: E402

LANGS = ("kk", "ru", "en")
NOTE = "NOTE"

FONT = "Times New Roman"
WORD_LANG = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}
# Core properties are fixed so that a rebuild gives the same document parts.
BUILT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

# Texts ---------------------------------------------------------------------------------

#: The parts every letter in a language shares: letterhead, references, closing.
COMMON: dict[str, dict[str, str]] = {
    "ru": {
        "contacts": "{% if operator.phone %}тел.: {{ operator.phone }}{% endif %}"
                    "{% if operator.phone and operator.email %}, {% endif %}"
                    "{% if operator.email %}e-mail: {{ operator.email }}{% endif %}",
        "outgoing": "Исх. № {{ letter.number }} от {{ letter.date }}",
        "inbound": "На № {{ request.number }} от {{ request.date }}",
        "closing": "С уважением,",
    },
    "kk": {
        "contacts": "{% if operator.phone %}тел.: {{ operator.phone }}{% endif %}"
                    "{% if operator.phone and operator.email %}, {% endif %}"
                    "{% if operator.email %}e-mail: {{ operator.email }}{% endif %}",
        "outgoing": "Шығыс № {{ letter.number }}, {{ letter.date }}",
        "inbound": "{{ request.date }} № {{ request.number }} өтінішке",
        "closing": "Құрметпен,",
    },
    "en": {
        "contacts": "{% if operator.phone %}Tel.: {{ operator.phone }}{% endif %}"
                    "{% if operator.phone and operator.email %} | {% endif %}"
                    "{% if operator.email %}Email: {{ operator.email }}{% endif %}",
        "outgoing": "Ref.: {{ letter.number }}, {{ letter.date }}",
        "inbound": "Re: your request No. {{ request.number }} of {{ request.date }}",
        "closing": "Yours sincerely,",
    },
}

# Our own lists end their items with ";" and the last with "." (ru/kk/en alike); lists
# of the operator's own texts (purposes, actions...) get no punctuation added, since the
# operator may have written their own.
_END = "{{ ';' if not loop.last else '.' }}"

# The appeal sentence: the law's own term for the regulator ("уполномоченный орган"),
# not a ministry's name, which changes with reorganisations.
_APPEAL = {
    "ru": "Вы вправе обжаловать действия (бездействие) собственника и (или) оператора "
          "в уполномоченный орган в сфере защиты персональных данных либо в суд в порядке, "
          "установленном законодательством Республики Казахстан.",
    "kk": "Сіз меншік иесінің және (немесе) оператордың әрекеттеріне (әрекетсіздігіне) "
          "дербес деректерді қорғау саласындағы уәкілетті органға не Қазақстан "
          "Республикасының заңнамасында белгіленген тәртіппен сотқа шағым жасауға "
          "құқылысыз.",
    "en": "You may complain about the actions (or inaction) of the owner and/or operator "
          "to the authorised body for personal data protection or bring the matter before "
          "a court, in accordance with the legislation of the Republic of Kazakhstan.",
}

_CONTACT_IF = "operator.email or operator.phone"

BODIES: dict[str, dict[str, list[Any]]] = {
    "acknowledgement": {
        "ru": [
            "Подтверждаем, что Ваше обращение поступило к нам {{ request.date }} (способ "
            "поступления: {{ request.channel }}) и зарегистрировано под вх. "
            "№ {{ request.number }}. Предмет обращения: {{ request.types_text }}.",
            "{{ law }} (далее – Закон) устанавливает сроки, в течение которых собственник "
            "и (или) оператор обязан исполнить требования субъекта персональных данных. "
            "По Вашему обращению действуют следующие сроки:",
            ("list", "item in items",
             "{{ item.type }}: не позднее {{ item.due }} ({{ item.citation }})" + _END),
            # Not "... {{ request.due }}." : the date ends in "г." and would get two dots.
            "Не позднее {{ request.due }} Вам будет направлен ответ на обращение.",
            "В целях защиты Ваших персональных данных мы можем попросить Вас подтвердить "
            "личность (а представителя – свои полномочия), прежде чем предоставить сведения "
            "или совершить действия с персональными данными. Копия документа, "
            "удостоверяющего личность, для этого не требуется.",
            ("if", _CONTACT_IF,
             "По вопросам, связанным с обращением, Вы можете связаться с нами"
             "{% if operator.email %} по электронной почте {{ operator.email }}{% endif %}"
             "{% if operator.email and operator.phone %} или{% endif %}"
             "{% if operator.phone %} по телефону {{ operator.phone }}{% endif %}, "
             "указав вх. № {{ request.number }}."),
            NOTE,
        ],
        "kk": [
            "Сіздің өтінішіңізді алғанымызды растаймыз. Өтініш № {{ request.number }} кіріс "
            "нөмірімен тіркелді (келіп түскен күні: {{ request.date }}; келіп түсу тәсілі: "
            "{{ request.channel }}). Өтініштің мәні: {{ request.types_text }}.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісінің талаптарын орындау "
            "мерзімдерін белгілейді. Сіздің өтінішіңіз бойынша мынадай мерзімдер "
            "қолданылады:",
            ("list", "item in items",
             "{{ item.type }}: {{ item.due }} ({{ item.citation }})" + _END),
            "Өтінішке жауап беру мерзімі – {{ request.due }}; жауап Сізге осы мерзімнен "
            "кешіктірілмей жіберіледі.",
            "Дербес деректеріңізді қорғау мақсатында мәліметтер беру немесе дербес "
            "деректермен әрекеттер жасау алдында Сізден жеке басыңызды (ал өкілден – оның "
            "өкілеттігін) растауды сұрауымыз мүмкін. Бұл үшін жеке басын куәландыратын "
            "құжаттың көшірмесі талап етілмейді.",
            ("if", _CONTACT_IF,
             "Өтінішке қатысты сұрақтар бойынша бізбен"
             "{% if operator.email %} {{ operator.email }} электрондық поштасы{% endif %}"
             "{% if operator.email and operator.phone %} немесе{% endif %}"
             "{% if operator.phone %} {{ operator.phone }} телефоны{% endif %} арқылы "
             "байланысуыңызға болады; хабарласқан кезде № {{ request.number }} кіріс "
             "нөмірін көрсетуіңізді сұраймыз."),
            NOTE,
        ],
        "en": [
            "We confirm that we received your request on {{ request.date }} "
            "({{ request.channel }}) and have registered it under No. {{ request.number }}. "
            "Your request concerns: {{ request.types_text }}.",
            'The {{ law }} (the "Law") sets the periods within which an owner and/or '
            "operator must act on a data subject's requests. The following periods apply "
            "to your request:",
            ("list", "item in items",
             "{{ item.type }}: by {{ item.due }} ({{ item.citation }})" + _END),
            "We will reply to your request by {{ request.due }} at the latest.",
            "To protect your personal data, we may ask you to confirm your identity (or, if "
            "a representative acts for you, their authority) before we provide any "
            "information or take any action on your data. We will not need a copy of your "
            "identity document for this.",
            ("if", _CONTACT_IF,
             "If you have any questions about your request, please contact us"
             "{% if operator.email %} by email at {{ operator.email }}{% endif %}"
             "{% if operator.email and operator.phone %} or{% endif %}"
             "{% if operator.phone %} by telephone on {{ operator.phone }}{% endif %}, "
             "quoting reference {{ request.number }}."),
            NOTE,
        ],
    },
    "identity_request": {
        "ru": [
            "Ваше обращение вх. № {{ request.number }} от {{ request.date }} (предмет "
            "обращения: {{ request.types_text }}) принято к рассмотрению.",
            "{{ law }} (далее – Закон) обязывает собственника и (или) оператора обеспечивать "
            "конфиденциальность персональных данных и не допускать их распространения без "
            "согласия субъекта (статья 11 Закона). Поэтому, прежде чем предоставить сведения "
            "или совершить действия с персональными данными, мы должны убедиться, что "
            "обращение исходит от Вас как от субъекта персональных данных либо от Вашего "
            "законного представителя.",
            "Просим подтвердить личность одним из следующих способов:",
            ("list", "m in identity_methods", "{{ m }}" + _END),
            "Направлять нам копию документа, удостоверяющего личность, не нужно: мы её не "
            "запрашиваем и не храним (пункт 10 статьи 7 Закона). Мы фиксируем только способ "
            "и дату подтверждения, а при предъявлении документа – его вид и последние "
            "четыре цифры номера.",
            "Ответ на обращение должен быть направлен Вам не позднее {{ request.due }}, "
            "поэтому просим подтвердить личность как можно скорее.",
            NOTE,
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңіз (өтініштің мәні: "
            "{{ request.types_text }}) қарауға қабылданды.",
            "{{ law }} (бұдан әрі – Заң) меншік иесін және (немесе) операторды дербес "
            "деректердің құпиялылығын қамтамасыз етуге және оларды субъектінің келісімінсіз "
            "таратуға жол бермеуге міндеттейді (Заңның 11-бабы). Сондықтан мәліметтер беру "
            "немесе дербес деректермен әрекеттер жасау алдында өтініштің дербес деректер "
            "субъектісі ретінде Сізден не Сіздің заңды өкіліңізден келгеніне көз жеткізуіміз "
            "қажет.",
            "Жеке басыңызды мына тәсілдердің бірімен растауыңызды сұраймыз:",
            ("list", "m in identity_methods", "{{ m }}" + _END),
            "Жеке басын куәландыратын құжаттың көшірмесін бізге жіберудің қажеті жоқ: біз "
            "оны сұратпаймыз және сақтамаймыз (Заңның 7-бабының 10-тармағы). Біз растаудың "
            "тек тәсілі мен күнін, ал құжат көрсетілген жағдайда – оның түрі мен нөмірінің "
            "соңғы төрт цифрын ғана тіркейміз.",
            "Өтінішке жауап беру мерзімі – {{ request.due }}, сондықтан жеке басыңызды "
            "мүмкіндігінше тезірек растауыңызды сұраймыз.",
            NOTE,
        ],
        "en": [
            "We have received your request No. {{ request.number }} of {{ request.date }} "
            "concerning {{ request.types_text }}, and we are dealing with it.",
            'Under the {{ law }} (the "Law"), an owner and/or operator must keep personal '
            "data confidential and must not disclose it without the data subject's consent "
            "(Article 11 of the Law). Before we provide any information or take any action "
            "on your personal data, we therefore need to make sure that the request comes "
            "from you, as the data subject, or from your legal representative.",
            "Please confirm your identity in one of the following ways:",
            ("list", "m in identity_methods", "{{ m }}" + _END),
            "Please do not send us a copy of your identity document: we neither ask for nor "
            "keep such copies (Article 7(10) of the Law). We record only how and when your "
            "identity was confirmed and, if a document is shown, its type and the last four "
            "digits of its number.",
            "We must reply to your request by {{ request.due }}, so please confirm your "
            "identity as soon as possible.",
            NOTE,
        ],
    },
    "written_followup": {
        "ru": [
            "{{ request.date }} Вы обратились к нам по телефону (предмет обращения: "
            "{{ request.types_text }}). Обращение зарегистрировано под вх. "
            "№ {{ request.number }}.",
            "{{ law }} (далее – Закон) предусматривает, что обращение субъекта персональных "
            "данных или его законного представителя подаётся в письменной форме, в форме "
            "электронного документа либо иным способом с применением элементов защитных "
            "действий (пункт 2 статьи 10 Закона).",
            "Просим направить нам обращение в письменной форме или в форме электронного "
            "документа, подписанного электронной цифровой подписью (ЭЦП),"
            "{% if operator.email %} по электронной почте {{ operator.email }} или{% endif %}"
            " почтой по адресу: {{ operator.address }}.",
            "В обращении просим указать Ваши фамилию и имя, контактные данные, суть "
            "требования и вх. № {{ request.number }}. Письменное обращение будет рассмотрено "
            "под тем же номером.",
            NOTE,
        ],
        "kk": [
            "Сіз бізге телефон арқылы хабарласып, өтініш білдірдіңіз (қоңырау шалған күні: "
            "{{ request.date }}; өтініштің мәні: {{ request.types_text }}). Өтініш "
            "№ {{ request.number }} кіріс нөмірімен тіркелді.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісінің немесе оның заңды "
            "өкілінің өтініші жазбаша нысанда, электрондық құжат нысанында не қорғау "
            "әрекеттерінің элементтерін қолдана отырып өзге тәсілмен берілетінін көздейді "
            "(Заңның 10-бабының 2-тармағы).",
            "Сондықтан өтінішіңізді жазбаша нысанда немесе электрондық цифрлық қолтаңбамен "
            "(ЭЦҚ) қол қойылған электрондық құжат нысанында"
            "{% if operator.email %} {{ operator.email }} электрондық поштасына немесе"
            "{% endif %} поштамен мына мекенжайға жіберуіңізді сұраймыз: "
            "{{ operator.address }}.",
            "Өтініште тегіңіз бен атыңызды, байланыс деректеріңізді, талабыңыздың мәнін және "
            "№ {{ request.number }} кіріс нөмірін көрсетуіңізді сұраймыз. Жазбаша өтініш "
            "осы нөмірмен қаралады.",
            NOTE,
        ],
        "en": [
            "On {{ request.date }} you contacted us by telephone about the following: "
            "{{ request.types_text }}. We have registered your request under "
            "No. {{ request.number }}.",
            'The {{ law }} (the "Law") provides that a request from a data subject or their '
            "legal representative must be made in writing, as an electronic document, or in "
            "another way using protective elements (Article 10(2) of the Law).",
            "We would therefore ask you to send us your request in writing or as an "
            "electronic document signed with an electronic digital signature (EDS)"
            "{% if operator.email %}, by email to {{ operator.email }} or{% endif %}"
            " by post to: {{ operator.address }}.",
            "Please include your full name, your contact details, what you are asking us to "
            "do and our reference {{ request.number }}. Your written request will be dealt "
            "with under the same reference.",
            NOTE,
        ],
    },
    "access_response": {
        "ru": [
            "Рассмотрев Ваше обращение вх. № {{ request.number }} от {{ request.date }}, "
            "сообщаем следующее.",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право знать "
            "о наличии у собственника и (или) оператора его персональных данных и получать "
            "сведения об их обработке (подпункт 1) пункта 1 статьи 24 Закона), а собственника "
            "и (или) оператора обязывает сообщить эти сведения (подпункт 6) пункта 2 "
            "статьи 25 Закона).",
            "Подтверждаем, что мы осуществляем сбор и обработку Ваших персональных данных. "
            "Сведения об их обработке:",
            ("label", "1. Цели сбора и обработки персональных данных:"),
            ("list", "x in profile.purposes", "{{ x }}"),
            ("label", "2. Источники получения персональных данных:"),
            ("list", "x in profile.sources", "{{ x }}"),
            ("label", "3. Способы сбора и обработки персональных данных: ",
             "{{ profile.methods }}"),
            ("label", "4. Перечень обрабатываемых персональных данных:"),
            ("list", "x in profile.data_categories", "{{ x }}"),
            ("label", "5. Сроки обработки и хранения персональных данных: ",
             "{{ profile.retention }}"),
            ("label", "6. Третьи лица, которым передаются персональные данные:"),
            ("list", "x in profile.recipients", "{{ x }}"),
            ("label", "7. Трансграничная передача персональных данных: ",
             "{{ profile.cross_border }}"),
            "Если Вы считаете, что какие-либо из Ваших персональных данных неточны или "
            "неполны, Вы вправе потребовать их изменения и дополнения, а в случаях, "
            "предусмотренных Законом, – блокирования или уничтожения (подпункты 2)–4) "
            "пункта 1 статьи 24 Закона). Вы также вправе в любое время отозвать согласие на "
            "сбор и обработку персональных данных, за исключением случаев, предусмотренных "
            "пунктом 2 статьи 8 Закона.",
            NOTE,
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңізді қарап, мынаны "
            "хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне меншік иесінде және "
            "(немесе) операторда өз дербес деректерінің бар-жоғын білуге және оларды өңдеу "
            "туралы мәліметтер алуға құқық береді (Заңның 24-бабы 1-тармағының 1) "
            "тармақшасы), ал меншік иесін және (немесе) операторды бұл мәліметтерді "
            "хабарлауға міндеттейді (Заңның 25-бабы 2-тармағының 6) тармақшасы).",
            "Біз Сіздің дербес деректеріңізді жинайтынымызды және өңдейтінімізді растаймыз. "
            "Оларды өңдеу туралы мәліметтер:",
            ("label", "1. Дербес деректерді жинау және өңдеу мақсаттары:"),
            ("list", "x in profile.purposes", "{{ x }}"),
            ("label", "2. Дербес деректерді алу көздері:"),
            ("list", "x in profile.sources", "{{ x }}"),
            ("label", "3. Дербес деректерді жинау және өңдеу тәсілдері: ",
             "{{ profile.methods }}"),
            ("label", "4. Өңделетін дербес деректердің тізбесі:"),
            ("list", "x in profile.data_categories", "{{ x }}"),
            ("label", "5. Дербес деректерді өңдеу және сақтау мерзімдері: ",
             "{{ profile.retention }}"),
            ("label", "6. Дербес деректер берілетін үшінші тұлғалар:"),
            ("list", "x in profile.recipients", "{{ x }}"),
            ("label", "7. Дербес деректерді трансшекаралық беру: ",
             "{{ profile.cross_border }}"),
            "Егер дербес деректеріңіздің қайсыбірі дұрыс емес немесе толық емес деп "
            "есептесеңіз, оларды өзгертуді және толықтыруды, ал Заңда көзделген жағдайларда "
            "бұғаттауды немесе жоюды талап етуге құқылысыз (Заңның 24-бабы 1-тармағының "
            "2)–4) тармақшалары). Сондай-ақ Заңның 8-бабының 2-тармағында көзделген "
            "жағдайларды қоспағанда, дербес деректерді жинауға және өңдеуге берілген "
            "келісімді кез келген уақытта кері қайтарып алуға құқылысыз.",
            NOTE,
        ],
        "en": [
            "Further to your request No. {{ request.number }} of {{ request.date }}, we are "
            "writing to provide the following information.",
            'The {{ law }} (the "Law") gives data subjects the right to know whether an '
            "owner and/or operator holds their personal data and to receive information "
            "about its processing (Article 24(1)(1) of the Law), and requires the owner "
            "and/or operator to provide that information (Article 25(2)(6) of the Law).",
            "We confirm that we collect and process your personal data. Details of the "
            "processing are set out below.",
            ("label", "1. Purposes of collection and processing:"),
            ("list", "x in profile.purposes", "{{ x }}"),
            ("label", "2. Sources of the personal data:"),
            ("list", "x in profile.sources", "{{ x }}"),
            ("label", "3. Methods of collection and processing: ", "{{ profile.methods }}"),
            ("label", "4. Personal data we process:"),
            ("list", "x in profile.data_categories", "{{ x }}"),
            ("label", "5. Processing and storage periods: ", "{{ profile.retention }}"),
            ("label", "6. Third parties to whom the personal data is transferred:"),
            ("list", "x in profile.recipients", "{{ x }}"),
            ("label", "7. Cross-border transfer: ", "{{ profile.cross_border }}"),
            "If you believe that any of your personal data is inaccurate or incomplete, you "
            "may require us to change and add to it and, in the cases provided for by the "
            "Law, to block or destroy it (Article 24(1)(2) to (4) of the Law). You may also "
            "withdraw your consent to the collection and processing of your personal data at "
            "any time, except in the cases set out in Article 8(2) of the Law.",
            NOTE,
        ],
    },
    "correction_done": {
        "ru": [
            "Рассмотрев Ваше обращение вх. № {{ request.number }} от {{ request.date }}, "
            "сообщаем, что Ваши персональные данные изменены и дополнены на основании "
            "представленных Вами документов.",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право "
            "требовать изменения и дополнения своих персональных данных при наличии "
            "оснований, подтверждённых соответствующими документами, и обязывает "
            "собственника и (или) оператора исполнить такое требование.",
            "Нами совершены следующие действия:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Изменение и дополнение персональных данных завершено {{ done_date }} "
            "(основание: {{ citation }}).",
            NOTE,
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңізді қарап, Сіз "
            "ұсынған құжаттар негізінде дербес деректеріңіз өзгертілгенін және "
            "толықтырылғанын хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне тиісті құжаттармен "
            "расталған негіздер болған кезде өз дербес деректерін өзгертуді және "
            "толықтыруды талап ету құқығын береді, ал меншік иесін және (немесе) операторды "
            "мұндай талапты орындауға міндеттейді.",
            "Біз мынадай әрекеттер жасадық:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Дербес деректерді өзгерту және толықтыру аяқталған күн: {{ done_date }} "
            "(негіздеме: {{ citation }}).",
            NOTE,
        ],
        "en": [
            "Further to your request No. {{ request.number }} of {{ request.date }}, we "
            "confirm that your personal data has been corrected (changed and added to) on "
            "the basis of the documents you provided.",
            'The {{ law }} (the "Law") gives data subjects the right to have their personal '
            "data changed and added to where the grounds are supported by the relevant "
            "documents, and requires the owner and/or operator to comply.",
            "We have taken the following steps:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "The correction was completed on {{ done_date }} (basis: {{ citation }}).",
            NOTE,
        ],
    },
    "blocking_done": {
        "ru": [
            "Рассмотрев Ваше обращение вх. № {{ request.number }} от {{ request.date }}, "
            "сообщаем, что Ваши персональные данные заблокированы.",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право "
            "требовать блокирования своих персональных данных в случае нарушения условий их "
            "сбора и обработки. Блокирование означает временное прекращение сбора, "
            "накопления, изменения, дополнения, использования, распространения, "
            "обезличивания и уничтожения персональных данных.",
            "Нами совершены следующие действия:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Блокирование персональных данных осуществлено {{ done_date }} (основание: "
            "{{ citation }}).",
            "Если нарушение условий сбора и обработки персональных данных не подтвердится, "
            "блокирование будет снято, о чём мы Вам сообщим.",
            NOTE,
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңізді қарап, дербес "
            "деректеріңіз бұғатталғанын хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне оларды жинау және өңдеу "
            "шарттары бұзылған жағдайда өз дербес деректерін бұғаттауды талап ету құқығын "
            "береді. Бұғаттау – дербес деректерді жинауды, жинақтауды, өзгертуді, "
            "толықтыруды, пайдалануды, таратуды, иесіздендіруді және жоюды уақытша тоқтату.",
            "Біз мынадай әрекеттер жасадық:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Дербес деректер бұғатталған күн: {{ done_date }} (негіздеме: {{ citation }}).",
            "Дербес деректерді жинау және өңдеу шарттарының бұзылуы расталмаса, деректер "
            "бұғаттан шығарылады және бұл туралы Сізге хабарланады.",
            NOTE,
        ],
        "en": [
            "Further to your request No. {{ request.number }} of {{ request.date }}, we "
            "confirm that your personal data has been blocked.",
            'The {{ law }} (the "Law") gives data subjects the right to require the blocking '
            "of their personal data where the conditions for its collection and processing "
            "have been breached. Blocking means the temporary suspension of the collection, "
            "accumulation, change, addition, use, dissemination, depersonalisation and "
            "destruction of personal data.",
            "We have taken the following steps:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Your personal data was blocked on {{ done_date }} (basis: {{ citation }}).",
            "If the breach is not confirmed, your personal data will be unblocked and we "
            "will let you know.",
            NOTE,
        ],
    },
    "deletion_done": {
        "ru": [
            "Рассмотрев Ваше обращение вх. № {{ request.number }} от {{ request.date }}, "
            "сообщаем, что Ваши персональные данные уничтожены.",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право "
            "требовать уничтожения своих персональных данных, сбор и обработка которых "
            "осуществлены с нарушением законодательства Республики Казахстан, а также в иных "
            "случаях, установленных законами Республики Казахстан.",
            "Нами совершены следующие действия:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Уничтожение персональных данных завершено {{ done_date }} (основание: "
            "{{ citation }}). Уничтоженные персональные данные восстановлению не подлежат.",
            NOTE,
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңізді қарап, дербес "
            "деректеріңіз жойылғанын хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне Қазақстан "
            "Республикасының заңнамасын бұза отырып жиналған және өңделген өз дербес "
            "деректерін, сондай-ақ Қазақстан Республикасының заңдарында белгіленген өзге де "
            "жағдайларда жоюды талап ету құқығын береді.",
            "Біз мынадай әрекеттер жасадық:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "Дербес деректер жойылған күн: {{ done_date }} (негіздеме: {{ citation }}). "
            "Жойылған дербес деректерді қалпына келтіру мүмкін емес.",
            NOTE,
        ],
        "en": [
            "Further to your request No. {{ request.number }} of {{ request.date }}, we "
            "confirm that your personal data has been destroyed.",
            'The {{ law }} (the "Law") gives data subjects the right to require the '
            "destruction of their personal data where it has been collected and processed "
            "in breach of the legislation of the Republic of Kazakhstan, and in other cases "
            "provided for by the laws of the Republic of Kazakhstan.",
            "We have taken the following steps:",
            ("list", "a in actions", "{{ a.date }}: {{ a.text }}"),
            "The destruction was completed on {{ done_date }} (basis: {{ citation }}). "
            "Destroyed personal data cannot be restored.",
            NOTE,
        ],
    },
    "withdrawal_confirmation": {
        "ru": [
            "Подтверждаем получение Вашего отзыва согласия на сбор и обработку персональных "
            "данных (вх. № {{ request.number }} от {{ request.date }}).",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право "
            "отозвать согласие на сбор и обработку персональных данных (подпункт 5) пункта 1 "
            "статьи 24 Закона).",
            "Сбор и обработка Ваших персональных данных прекращены с {{ stop_date }} в "
            "следующих целях:",
            ("list", "x in purposes", "{{ x }}"),
            "{{ kept }}",
            "Отзыв согласия не влияет на правомерность обработки персональных данных, "
            "осуществлённой на основании согласия до его отзыва.",
            NOTE,
        ],
        "kk": [
            "Дербес деректерді жинауға және өңдеуге берілген келісімді кері қайтарып алу "
            "туралы өтінішіңізді (№ {{ request.number }} кіріс нөмірімен тіркелген) "
            "алғанымызды растаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне дербес деректерді "
            "жинауға және өңдеуге берілген келісімді кері қайтарып алу құқығын береді "
            "(Заңның 24-бабы 1-тармағының 5) тармақшасы).",
            "Дербес деректеріңізді мына мақсаттарда жинау және өңдеу тоқтатылды "
            "(тоқтатылған күн: {{ stop_date }}):",
            ("list", "x in purposes", "{{ x }}"),
            "{{ kept }}",
            "Келісімді кері қайтарып алу оған дейін келісім негізінде жүзеге асырылған "
            "дербес деректерді өңдеудің заңдылығына әсер етпейді.",
            NOTE,
        ],
        "en": [
            "We acknowledge receipt of your withdrawal of consent to the collection and "
            "processing of your personal data (your request No. {{ request.number }} of "
            "{{ request.date }}).",
            'The {{ law }} (the "Law") gives data subjects the right to withdraw their '
            "consent to the collection and processing of their personal data "
            "(Article 24(1)(5) of the Law).",
            "With effect from {{ stop_date }}, we have stopped collecting and processing "
            "your personal data for the following purposes:",
            ("list", "x in purposes", "{{ x }}"),
            "{{ kept }}",
            "The withdrawal of consent does not affect the lawfulness of processing carried "
            "out on the basis of your consent before it was withdrawn.",
            NOTE,
        ],
    },
    "refusal": {
        "ru": [
            "Рассмотрев Ваше обращение вх. № {{ request.number }} от {{ request.date }} "
            "(предмет обращения: {{ request.types_text }}), сообщаем о мотивированном отказе "
            "в его удовлетворении.",
            "{{ law }} (далее – Закон) обязывает собственника и (или) оператора в случае "
            "отказа сообщить субъекту персональных данных его основания. Основания отказа:",
            ("list", "g in grounds", "{{ g.text }} ({{ g.citation }})" + _END),
            NOTE,
            "Если основания отказа будут устранены (например, подтверждена личность или "
            "представлены необходимые документы), Вы вправе обратиться к нам повторно.",
            "В случае несогласия с настоящим решением " + _APPEAL["ru"],
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген өтінішіңізді (өтініштің мәні: "
            "{{ request.types_text }}) қарап, оны қанағаттандырудан дәлелді бас тарту туралы "
            "хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) бас тартқан жағдайда меншік иесін және (немесе) "
            "операторды оның негіздерін дербес деректер субъектісіне хабарлауға міндеттейді. "
            "Бас тарту негіздері:",
            ("list", "g in grounds", "{{ g.text }} ({{ g.citation }})" + _END),
            NOTE,
            "Бас тарту негіздері жойылса (мысалы, жеке басыңыз расталса немесе қажетті "
            "құжаттар ұсынылса), бізге қайта жүгінуіңізге болады.",
            "Осы шешіммен келіспеген жағдайда " + _APPEAL["kk"],
        ],
        "en": [
            "We have considered your request No. {{ request.number }} of {{ request.date }} "
            "concerning {{ request.types_text }} and regret to inform you that we are unable "
            "to comply with it.",
            'The {{ law }} (the "Law") requires an owner and/or operator that refuses a '
            "request to give the data subject its reasons. Our reasons are as follows:",
            ("list", "g in grounds", "{{ g.text }} ({{ g.citation }})" + _END),
            NOTE,
            "If the grounds for refusal can be remedied (for example, by confirming your "
            "identity or providing the documents required), you are welcome to submit your "
            "request again.",
            "If you disagree with this decision, " + _APPEAL["en"][0].lower()
            + _APPEAL["en"][1:],
        ],
    },
    "objection_result": {
        "ru": [
            "Рассмотрев Ваше возражение (вх. № {{ request.number }} от {{ request.date }}) "
            "против решения, принятого исключительно на основе автоматизированной обработки "
            "Ваших персональных данных, сообщаем о результатах его рассмотрения.",
            "{{ law }} (далее – Закон) предоставляет субъекту персональных данных право "
            "возразить против такого решения и обязывает собственника и (или) оператора "
            "рассмотреть возражение и сообщить субъекту о результатах его рассмотрения "
            "(пункты 2 и 3 статьи 19-1 Закона).",
            NOTE,
            "В случае несогласия с результатами рассмотрения " + _APPEAL["ru"],
        ],
        "kk": [
            "№ {{ request.number }} кіріс нөмірімен тіркелген, тек дербес деректеріңізді "
            "автоматтандырылған өңдеу негізінде қабылданған шешімге қарсылығыңызды қарап, "
            "оның нәтижелерін хабарлаймыз.",
            "{{ law }} (бұдан әрі – Заң) дербес деректер субъектісіне осындай шешімге "
            "қарсылық білдіру құқығын береді, ал меншік иесін және (немесе) операторды "
            "қарсылықты қарап, оның нәтижелері туралы субъектіге хабарлауға міндеттейді "
            "(Заңның 19-1-бабының 2 және 3-тармақтары).",
            NOTE,
            "Қарау нәтижелерімен келіспеген жағдайда " + _APPEAL["kk"],
        ],
        "en": [
            "We have considered your objection (request No. {{ request.number }} of "
            "{{ request.date }}) to a decision based solely on the automated processing of "
            "your personal data, and set out the outcome below.",
            'The {{ law }} (the "Law") gives data subjects the right to object to such a '
            "decision and requires the owner and/or operator to consider the objection and "
            "inform the data subject of the outcome (Article 19-1(2) and (3) of the Law).",
            NOTE,
            "If you disagree with the outcome, " + _APPEAL["en"][0].lower()
            + _APPEAL["en"][1:],
        ],
    },
}

# Layout --------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = Cm(3.0), Cm(1.5), Cm(2.0), Cm(2.0)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 16.5 cm
INDENT = Cm(1.25)  # the first-line indent of Kazakh and Russian business letters
LIST_INDENT = Cm(1.25)
LIST_HANG = Cm(0.5)


def _set_run_fonts(rpr_owner: Any, size: float, lang: str) -> None:
    """Times New Roman for every script, and the proofing language of the letter."""
    font = rpr_owner.font
    font.name = FONT
    font.size = Pt(size)
    rpr = rpr_owner.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), WORD_LANG[lang])


def _paragraph_style(doc: Any, name: str, lang: str, *, size: float = 12, bold: bool = False,
                     align: Any = WD_ALIGN_PARAGRAPH.LEFT, before: float = 0,
                     after: float = 0, first_line: Any = None, left: Any = None,
                     keep_next: bool = False) -> Any:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    _set_run_fonts(style, size, lang)
    style.font.bold = bold
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = 1.0
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    if first_line is not None:
        fmt.first_line_indent = first_line
    if left is not None:
        fmt.left_indent = left
    return style


def _styles(doc: Any, lang: str) -> None:
    """Named paragraph styles, so an operator can restyle a whole letter in Word."""
    normal = doc.styles["Normal"]
    _set_run_fonts(normal, 12, lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    justified = lang in ("ru", "kk")
    body_align = WD_ALIGN_PARAGRAPH.JUSTIFY if justified else WD_ALIGN_PARAGRAPH.LEFT
    _paragraph_style(doc, "Letterhead Name", lang, size=13, bold=True,
                     align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    _paragraph_style(doc, "Letterhead", lang, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, "Letter Reference", lang, size=11)
    _paragraph_style(doc, "Letter Addressee", lang, size=12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _paragraph_style(doc, "Letter Title", lang, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     before=18, after=12, keep_next=True)
    # Kazakh and Russian letters centre the greeting; a British letter puts it on the left.
    _paragraph_style(doc, "Letter Salutation", lang, after=12, keep_next=True,
                     align=WD_ALIGN_PARAGRAPH.LEFT if lang == "en" else WD_ALIGN_PARAGRAPH.CENTER)
    _paragraph_style(doc, "Letter Body", lang, align=body_align, after=6,
                     first_line=INDENT if justified else None)
    _paragraph_style(doc, "Letter Label", lang, bold=True, align=body_align, before=3,
                     after=3, first_line=INDENT if justified else None, keep_next=True)
    list_style = _paragraph_style(doc, "Letter List", lang, align=body_align, after=3,
                                  left=LIST_INDENT + (LIST_HANG if justified else 0),
                                  first_line=-LIST_HANG)
    list_style.paragraph_format.tab_stops.add_tab_stop(
        LIST_INDENT + (LIST_HANG if justified else 0))
    _paragraph_style(doc, "Letter Closing", lang, before=18, after=0, keep_next=True)
    signature = _paragraph_style(doc, "Letter Signature", lang, before=12, keep_next=True)
    signature.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    signature.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)


def _add(doc_or_cell: Any, style: str, text: str = "", bold_prefix: str = "") -> Any:
    """A paragraph whose text (tags and all) is one run, so no tag is ever split."""
    paragraph = doc_or_cell.add_paragraph(style=style)
    if bold_prefix:
        paragraph.add_run(_typeset(bold_prefix)).bold = True
        paragraph.add_run(_typeset(text)).bold = False
    elif text:
        paragraph.add_run(_typeset(text))
    return paragraph


def _control(doc: Any, tag: str) -> None:
    """A paragraph-level Jinja tag, alone in its paragraph (docxtpl drops the paragraph)."""
    doc.add_paragraph(tag, style="Letter Body")


def _typeset(text: str) -> str:
    # "№ 12" and "вх. № 12" must not break across lines; tags never contain these.
    for words in ("№ ", "вх. №", "No. "):
        text = text.replace(words, words.replace(" ", "\u00a0"))
    return text


def _bottom_border(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "4"),
                       ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM


def _letterhead(doc: Any, common: dict[str, str]) -> None:
    _add(doc, "Letterhead Name", "{{ operator.name }}")
    _add(doc, "Letterhead", "{{ operator.id_label }} {{ operator.id }}")
    _add(doc, "Letterhead", "{{ operator.address }}")
    _bottom_border(_add(doc, "Letterhead", common["contacts"]))


def _references(doc: Any, common: dict[str, str]) -> None:
    """Outgoing and inbound numbers on the left, the addressee on the right."""
    doc.add_paragraph(style="Letter Reference")  # a little air under the letterhead
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Cm(10.0), TEXT_WIDTH - Cm(10.0))
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = width  # the grid LibreOffice reads
        cell.width = width  # the cell width Word reads
    left, right = table.rows[0].cells
    left.paragraphs[0].style = doc.styles["Letter Reference"]
    left.paragraphs[0].add_run(_typeset(common["outgoing"]))
    _add(left, "Letter Reference", common["inbound"])
    right.paragraphs[0].style = doc.styles["Letter Addressee"]
    right.paragraphs[0].add_run("{{ addressee.name }}")
    right.add_paragraph("{%p if addressee.email %}", style="Letter Addressee")
    _add(right, "Letter Addressee", "{{ addressee.email }}")
    right.add_paragraph("{%p endif %}", style="Letter Addressee")


def _body(doc: Any, kind: str, blocks: list[Any]) -> None:
    for block in blocks:
        if block == NOTE:
            if KINDS[kind].note_required:
                _add(doc, "Letter Body", "{{ note }}")
            else:
                _control(doc, "{%p if note %}")
                _add(doc, "Letter Body", "{{ note }}")
                _control(doc, "{%p endif %}")
        elif isinstance(block, str):
            _add(doc, "Letter Body", block)
        elif block[0] == "list":
            _, loop, text = block
            _control(doc, "{%p for " + loop + " %}")
            _add(doc, "Letter List", "–\t" + text)
            _control(doc, "{%p endfor %}")
        elif block[0] == "label" and len(block) == 2:
            _add(doc, "Letter Label", block[1])
        elif block[0] == "label":
            paragraph = _add(doc, "Letter Body", block[2], bold_prefix=block[1])
            paragraph.paragraph_format.space_before = Pt(3)
        elif block[0] == "if":
            _, condition, text = block
            _control(doc, "{%p if " + condition + " %}")
            _add(doc, "Letter Body", text)
            _control(doc, "{%p endif %}")
        else:
            raise ValueError(f"Unknown block in {kind}: {block!r}")


def _keep_tail_with_closing(doc: Any, count: int = 2) -> None:
    """Keep the last paragraphs on the page of the signature, so it never stands alone."""
    content = [p for p in doc.paragraphs if not p.text.startswith("{%p")]
    for paragraph in content[-count:]:
        paragraph.paragraph_format.keep_with_next = True


def _signature(doc: Any, lang: str, common: dict[str, str]) -> None:
    _keep_tail_with_closing(doc)
    _add(doc, "Letter Closing", common["closing"])
    if lang == "en":  # British: signature, then name, then position
        _add(doc, "Letter Signature", "______________________")
        _add(doc, "Letter Reference", "{{ operator.signatory_name }}")
        _add(doc, "Letter Reference", "{{ operator.signatory_position }}")
    else:  # Kazakh and Russian: the position, then the signature line and the name
        # (on one line the position of a sole proprietor leaves no room for a full name)
        _add(doc, "Letter Signature", "{{ operator.signatory_position }}")
        _add(doc, "Letter Signature", "______________\t{{ operator.signatory_name }}")


def build_document(kind: str, lang: str) -> Any:
    """The template of one kind in one language, as a python-docx Document."""
    doc = Document()
    _page(doc)
    _styles(doc, lang)
    common = COMMON[lang]
    _letterhead(doc, common)
    _references(doc, common)
    _add(doc, "Letter Title", KIND_TITLES[lang][kind])
    _add(doc, "Letter Salutation", "{{ addressee.salutation }}")
    _body(doc, kind, BODIES[kind][lang])
    _signature(doc, lang, common)
    props = doc.core_properties
    props.author = props.last_modified_by = "Otinish"
    props.title = KIND_TITLES[lang][kind]
    props.subject = f"{kind}.{lang}"
    # No braces here: docxtpl renders the document properties as templates too.
    props.comments = ("Otinish letter template. Keep the fields in double curly brackets and "
                      "the tag lines intact; app/letters/kinds.py lists each kind's fields.")
    props.language = WORD_LANG[lang]
    props.created = props.modified = BUILT
    props.revision = 1
    return doc


def build(out_dir: Path) -> list[Path]:
    """Write every kind in every language to *out_dir*; return the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in KINDS:
        for lang in LANGS:
            path = out_dir / f"{kind}.{lang}.docx"
            build_document(kind, lang).save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    paths = build(HERE)
    print(f"Wrote {len(paths)} templates to {HERE}")
