// Translations: every tr() string of the sources is in the German file, translated, with the
// same %n placeholders; the file holds nothing the sources no longer say.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>

namespace {

struct Message
{
    QString translation;
    QString type;
};

// (context, source) -> translation of every message in a .ts file.
std::map<std::pair<QString, QString>, Message> readTs(const QString& path)
{
    std::map<std::pair<QString, QString>, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QStringLiteral("type")).toString();
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); // plural forms are child elements
            out[{context, source}] = m;
        }
    }
    return out;
}

QStringList placeholders(const QString& s)
{
    QStringList p;
    auto it = QRegularExpression(QStringLiteral("%\\d")).globalMatch(s);
    while (it.hasNext())
        p << it.next().captured();
    p.sort();
    return p;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath("fresh_de.ts");
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), QStringLiteral(SLIPSTREAM_SOURCE_DIR "/ui"),
                       QStringLiteral("-I"), QStringLiteral(SLIPSTREAM_SOURCE_DIR "/core"),
                       QStringLiteral("@" I18N_SOURCES_LIST), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto expected = readTs(fresh);
        const auto committed = readTs(QStringLiteral(SLIPSTREAM_SOURCE_DIR "/translations/slipstream_de.ts"));
        QVERIFY(expected.size() > 50);
        for (const auto& [key, msg] : expected) {
            auto it = committed.find(key);
            QVERIFY2(it != committed.end(),
                     qPrintable(QStringLiteral("missing from slipstream_de.ts: [%1] %2 — run the "
                                               "slipstream_lupdate target and translate it").arg(key.first, key.second)));
            QVERIFY2(it->second.type.isEmpty() && !it->second.translation.isEmpty(),
                     qPrintable(QStringLiteral("untranslated: [%1] %2").arg(key.first, key.second)));
            QCOMPARE(placeholders(it->second.translation), placeholders(key.second));
        }
        for (const auto& [key, msg] : committed) {
            QVERIFY2(expected.count(key) == 1,
                     qPrintable(QStringLiteral("obsolete in slipstream_de.ts: [%1] %2").arg(key.first, key.second)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
