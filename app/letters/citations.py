"""The provision behind each request type's deadline, written in each language's citation style.

These mirror `app/domain/rules.py` (which holds the English short form used in the
register); letters quote the law the way a Kazakh or Russian lawyer writes it.
"""

from __future__ import annotations

TYPE_CITATIONS: dict[str, dict[str, str]] = {
    "ru": {
        "access": "подпункт 1) пункта 1 статьи 24, подпункт 6) пункта 2 статьи 25 Закона",
        "correction": "статья 13, подпункт 8) пункта 2 статьи 25 Закона",
        "blocking": "подпункт 3) пункта 1 статьи 24, подпункт 8) пункта 2 статьи 25 Закона",
        "unblocking": "подпункт 8) пункта 2 статьи 25 Закона",
        "deletion": "статья 18, подпункт 8) пункта 2 статьи 25 Закона",
        "withdrawal": "пункт 7 статьи 8 Закона",
        "objection": "пункты 2 и 3 статьи 19-1 Закона",
        "public_source": "статья 6 Закона",
        "portability": "подпункт 1) пункта 1 статьи 24 Закона",
        "other": "срок, установленный оператором",
    },
    "kk": {
        "access": "Заңның 24-бабы 1-тармағының 1) тармақшасы, 25-бабы 2-тармағының "
                  "6) тармақшасы",
        "correction": "Заңның 13-бабы, 25-бабы 2-тармағының 8) тармақшасы",
        "blocking": "Заңның 24-бабы 1-тармағының 3) тармақшасы, 25-бабы 2-тармағының "
                    "8) тармақшасы",
        "unblocking": "Заңның 25-бабы 2-тармағының 8) тармақшасы",
        "deletion": "Заңның 18-бабы, 25-бабы 2-тармағының 8) тармақшасы",
        "withdrawal": "Заңның 8-бабының 7-тармағы",
        "objection": "Заңның 19-1-бабының 2 және 3-тармақтары",
        "public_source": "Заңның 6-бабы",
        "portability": "Заңның 24-бабы 1-тармағының 1) тармақшасы",
        "other": "оператор белгілеген мерзім",
    },
    "en": {
        "access": "Article 24(1)(1) and Article 25(2)(6) of the Law",
        "correction": "Article 13 and Article 25(2)(8) of the Law",
        "blocking": "Article 24(1)(3) and Article 25(2)(8) of the Law",
        "unblocking": "Article 25(2)(8) of the Law",
        "deletion": "Article 18 and Article 25(2)(8) of the Law",
        "withdrawal": "Article 8(7) of the Law",
        "objection": "Article 19-1(2) and (3) of the Law",
        "public_source": "Article 6 of the Law",
        "portability": "Article 24(1)(1) of the Law",
        "other": "the period set by the operator",
    },
}

#: What is kept after a withdrawal when the operator writes nothing of their own.
DEFAULT_KEPT: dict[str, str] = {
    "ru": "Сохраняются только те персональные данные, хранение которых предусмотрено "
          "законодательством Республики Казахстан (в том числе бухгалтерские и налоговые "
          "документы), либо необходимо для исполнения неисполненного обязательства, — в "
          "течение сроков, установленных законом (пункт 2 статьи 8 Закона).",
    "kk": "Сақтауы Қазақстан Республикасының заңнамасында көзделген (оның ішінде "
          "бухгалтерлік және салықтық құжаттар) не орындалмаған міндеттемені орындау үшін "
          "қажет дербес деректер ғана заңда белгіленген мерзім ішінде сақталады (Заңның "
          "8-бабының 2-тармағы).",
    "en": "We keep only the personal data that the legislation of the Republic of Kazakhstan "
          "requires us to store (including accounting and tax records) or that is needed to "
          "perform an obligation not yet fulfilled, for the periods set by law (Article 8(2) "
          "of the Law).",
}
