"""The words of the breach letters: the notice to the authorized body (kk, ru) and the
notification of the affected subjects (kk, ru, en).

Edit the texts here; `python letter_templates/build_incident_templates.py` then rewrites
`letter_templates/incidents/*.docx`. Fields are listed in app/letters/incidents.py. A
body is a list of blocks (texts/blocks.py), plus one more kind used only here:
(FIELD, "condition", "label: ", "value") — a bold label and its value, shown only when
the condition holds.
"""

from __future__ import annotations

from letter_templates.texts.blocks import END, IF, LABEL, LIST, Block

FIELD = "field"

_RESPONSIBLE = {
    "kk": "{{ responsible.name }}{% if responsible.position %}, {{ responsible.position }}"
          "{% endif %}{% if responsible.phone %}, тел. {{ responsible.phone }}{% endif %}"
          "{% if responsible.email %}, эл. пошта: {{ responsible.email }}{% endif %}",
    "ru": "{{ responsible.name }}{% if responsible.position %}, {{ responsible.position }}"
          "{% endif %}{% if responsible.phone %}, тел. {{ responsible.phone }}{% endif %}"
          "{% if responsible.email %}, e-mail: {{ responsible.email }}{% endif %}",
    "en": "{{ responsible.name }}{% if responsible.position %}, {{ responsible.position }}"
          "{% endif %}{% if responsible.phone %}, tel. {{ responsible.phone }}{% endif %}"
          "{% if responsible.email %}, email: {{ responsible.email }}{% endif %}",
}

NOTICE: dict[str, list[Block]] = {
    "ru": [
        "Сообщаем об обнаружении нарушения безопасности персональных данных.",
        (LABEL, "Основание: ", "{{ basis }}."),
        (LABEL, "Собственник и (или) оператор: ", "{{ operator.name }}, {{ operator.id_label }} "
         "{{ operator.id }}, {{ operator.address }}."),
        (LABEL, "Дата и время обнаружения: ", "{{ incident.detected }} (UTC+5)."),
        (LABEL, "Описание нарушения: ", "{{ incident.what }}"),
        (FIELD, "incident.cause", "Причина: ", "{{ incident.cause }}"),
        (FIELD, "incident.categories", "Затронутые категории персональных данных: ",
         "{{ incident.categories }}"),
        (FIELD, "incident.subjects_count", "Количество затронутых субъектов: ",
         "{{ incident.subjects_count }}."),
        (LABEL, "Меры, предпринятые для устранения нарушения: ", "{{ incident.measures }}"),
        (LABEL, "Контактные данные лица, ответственного за организацию обработки "
         "персональных данных: ", _RESPONSIBLE["ru"] + "."),
        (LABEL, "Персональные данные субъектов, необходимые для последующего направления им "
         "уведомления:"),
        (LIST, "s in subjects", "{{ s.name }}{% if s.iin %}{% if s.name %}, {% endif %}ИИН "
         "{{ s.iin }}{% endif %}{% if s.phone %}{% if s.name or s.iin %}, {% endif %}"
         "моб. тел. {{ s.phone }}{% endif %}" + END),
        (IF, "not subjects", "Субъекты, чьи данные затронуты, на дату уведомления не "
         "установлены; их данные будут сообщены дополнительно."),
        (LABEL, "Уведомление субъектов: ", "{{ incident.notify_subjects }}"
         "{% if incident.notify_subjects_why %} ({{ incident.notify_subjects_why }})"
         "{% endif %}."),
        "Нарушение зарегистрировано в нашем реестре под № {{ incident.number }}.",
    ],
    "kk": [
        "Дербес деректердің қауіпсіздігін бұзу анықталғаны туралы хабарлаймыз.",
        (LABEL, "Негіздеме: ", "{{ basis }}."),
        (LABEL, "Меншік иесі және (немесе) оператор: ", "{{ operator.name }}, "
         "{{ operator.id_label }} {{ operator.id }}, {{ operator.address }}."),
        (LABEL, "Анықталған күні мен уақыты: ", "{{ incident.detected }} (UTC+5)."),
        (LABEL, "Бұзушылықтың сипаттамасы: ", "{{ incident.what }}"),
        (FIELD, "incident.cause", "Себебі: ", "{{ incident.cause }}"),
        (FIELD, "incident.categories", "Қамтылған дербес деректер санаттары: ",
         "{{ incident.categories }}"),
        (FIELD, "incident.subjects_count", "Қамтылған субъектілер саны: ",
         "{{ incident.subjects_count }}."),
        (LABEL, "Бұзушылықты жою үшін қабылданған шаралар: ", "{{ incident.measures }}"),
        (LABEL, "Дербес деректерді өңдеуді ұйымдастыруға жауапты адамның байланыс деректері: ",
         _RESPONSIBLE["kk"] + "."),
        (LABEL, "Субъектілерге кейіннен хабарлама жіберу үшін қажетті олардың дербес "
         "деректері:"),
        (LIST, "s in subjects", "{{ s.name }}{% if s.iin %}{% if s.name %}, {% endif %}ЖСН "
         "{{ s.iin }}{% endif %}{% if s.phone %}{% if s.name or s.iin %}, {% endif %}"
         "ұялы тел. {{ s.phone }}{% endif %}" + END),
        (IF, "not subjects", "Деректері қамтылған субъектілер хабарлама күніне "
         "анықталмаған; олардың деректері қосымша хабарланады."),
        (LABEL, "Субъектілерді хабардар ету: ", "{{ incident.notify_subjects }}"
         "{% if incident.notify_subjects_why %} ({{ incident.notify_subjects_why }})"
         "{% endif %}."),
        "Бұзушылық біздің тізілімімізде № {{ incident.number }} болып тіркелді.",
    ],
}

SUBJECTS: dict[str, list[Block]] = {
    "ru": [
        "Сообщаем, что {{ incident.detected }} (UTC+5) мы обнаружили нарушение безопасности "
        "персональных данных, которое затронуло Ваши персональные данные.",
        (LABEL, "Что произошло: ", "{{ incident.what }}"),
        (FIELD, "incident.categories", "Какие данные затронуты: ",
         "{{ incident.categories }}"),
        (FIELD, "incident.measures", "Какие меры мы приняли: ", "{{ incident.measures }}"),
        (IF, "responsible.named", "По вопросам, связанным с этим нарушением, Вы можете "
         "обратиться к лицу, ответственному за организацию обработки персональных данных: "
         + _RESPONSIBLE["ru"] + "."),
        (IF, "not responsible.named", "По вопросам, связанным с этим нарушением, Вы можете "
         "обратиться к нам по контактам, указанным в бланке письма."),
        (FIELD, "basis", "Основание: ", "{{ basis }}."),
    ],
    "kk": [
        "{{ incident.detected }} (UTC+5) біз Сіздің дербес деректеріңізді қамтыған дербес "
        "деректердің қауіпсіздігін бұзуды анықтағанымызды хабарлаймыз.",
        (LABEL, "Не болды: ", "{{ incident.what }}"),
        (FIELD, "incident.categories", "Қандай деректер қамтылды: ",
         "{{ incident.categories }}"),
        (FIELD, "incident.measures", "Біз қабылдаған шаралар: ", "{{ incident.measures }}"),
        (IF, "responsible.named", "Осы бұзушылыққа қатысты сұрақтар бойынша дербес "
         "деректерді өңдеуді ұйымдастыруға жауапты адамға хабарласа аласыз: "
         + _RESPONSIBLE["kk"] + "."),
        (IF, "not responsible.named", "Осы бұзушылыққа қатысты сұрақтар бойынша хат "
         "бланкісінде көрсетілген байланыс деректері арқылы бізге хабарласа аласыз."),
        (FIELD, "basis", "Негіздеме: ", "{{ basis }}."),
    ],
    "en": [
        "We are writing to tell you that on {{ incident.detected }} (UTC+5) we detected a "
        "breach of personal data security that affected your personal data.",
        (LABEL, "What happened: ", "{{ incident.what }}"),
        (FIELD, "incident.categories", "What data were affected: ",
         "{{ incident.categories }}"),
        (FIELD, "incident.measures", "What we have done: ", "{{ incident.measures }}"),
        (IF, "responsible.named", "For any question about this breach you may contact the "
         "person responsible for organising the processing of personal data: "
         + _RESPONSIBLE["en"] + "."),
        (IF, "not responsible.named", "For any question about this breach you may contact "
         "us at the details in the letterhead."),
        (FIELD, "basis", "Basis: ", "{{ basis }}."),
    ],
}

#: The bodies by letter kind (the codes of app/domain/incidents.py) and language.
BODIES: dict[str, dict[str, list[Block]]] = {"incident_notice": NOTICE,
                                             "incident_subjects": SUBJECTS}
