// The configuration file of spec/copy-engine.md §9: defaults, per-wallet resolution, the
// EXEC_GLOBAL portfolio-wide keys, strict types and ranges with messages naming the key.

#include "config/EngineConfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace slip;

class TestEngineConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        auto c = EngineConfig::fromJson("{}");
        QVERIFY(c.ok());
        QCOMPARE(c->seed, std::int64_t(0));
        const WalletParams& p = c->global;
        QCOMPARE(p.aggregationWindowMs, std::int64_t(2000));
        QCOMPARE(p.decisionLatencyMs, std::int64_t(750));
        QCOMPARE(p.jitterMs, std::int64_t(250));
        QCOMPARE(p.maxEventAgeMs, std::int64_t(120'000));
        QCOMPARE(p.copyBps, std::int64_t(100));
        QCOMPARE(p.fixedUsdc.raw(), std::int64_t(10'000'000));
        QCOMPARE(p.minTradeUsdc.raw(), std::int64_t(5'000'000));
        QCOMPARE(p.maxTradeUsdc.raw(), std::int64_t(250'000'000));
        QCOMPARE(p.maxSpread.raw(), std::int64_t(20'000));
        QCOMPARE(p.maxChaseVsMid.raw(), std::int64_t(15'000));
        QCOMPARE(p.minDepthBps, std::int64_t(12'500));
        QCOMPARE(p.nearCloseMs, std::int64_t(1'800'000));
        QVERIFY(!p.feeRateBps.has_value());
        QCOMPARE(p.walletBankrollUsdc.raw(), std::int64_t(1'000'000'000));
        QCOMPARE(c->globalBankrollUsdc.raw(), std::int64_t(10'000'000'000));
        QVERIFY(!c->paused && !c->killSwitch);
    }

    void overridesAndGlobalScopeResolution()
    {
        auto c = EngineConfig::fromJson(R"({"seed":9223372036854775807,
            "global":{"copy_bps":100,"max_trade_usdc":"250","max_trade_equity_bps":75,"daily_loss_bps":300,"blacklist":["0xABC"]},
            "wallets":[{"address":"0xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","label":"w","enabled":false,"mode":"live",
              "overrides":{"copy_bps":200,"max_trade_usdc":"10.1234567","max_trade_equity_bps":5000,"daily_loss_bps":1,"fee_rate_bps":7}}]})");
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->seed, std::int64_t(9223372036854775807LL));
        const FollowedWallet& w = c->wallets.at(0);
        QCOMPARE(w.address, QStringLiteral("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        QVERIFY(!w.enabled);
        QCOMPARE(w.mode, QStringLiteral("live"));
        QCOMPARE(w.params.copyBps, std::int64_t(200));
        QCOMPARE(w.params.maxTradeUsdc.raw(), std::int64_t(10'123'456)); // truncated past 6 decimals
        QCOMPARE(w.params.blacklist, QStringList{QStringLiteral("0xabc")});
        const WalletParams g = c->globalScopeParams(0);
        QCOMPARE(g.copyBps, std::int64_t(200));                 // wallet value
        QCOMPARE(g.maxTradeUsdc.raw(), std::int64_t(10'123'456)); // wallet value
        QCOMPARE(g.maxTradeEquityBps, std::int64_t(75));        // portfolio-wide: global
        QCOMPARE(g.dailyLossBps, std::int64_t(300));            // portfolio-wide: global
        QCOMPARE(g.feeRateBps.value_or(-1), std::int64_t(7));
        QCOMPARE(c->walletIndex(QStringLiteral("0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")), 0);
        // Export and re-import give the same values.
        auto again = EngineConfig::fromJson(QJsonDocument(c->toJson()).toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->wallets.at(0).params.maxTradeUsdc.raw(), std::int64_t(10'123'456));
        QCOMPARE(again->seed, c->seed);
    }

    void rejections_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown top") << QByteArray(R"({"seeds":1})") << "seeds";
        QTest::newRow("seed negative") << QByteArray(R"({"seed":-1})") << "seed";
        QTest::newRow("seed string") << QByteArray(R"({"seed":"1"})") << "seed";
        QTest::newRow("unknown global key") << QByteArray(R"({"global":{"copy_pct":1}})") << "copy_pct";
        QTest::newRow("int as float") << QByteArray(R"({"global":{"aggregation_window_ms":2000.0}})") << "aggregation_window_ms";
        QTest::newRow("int exponent") << QByteArray(R"({"global":{"jitter_ms":2e3}})") << "jitter_ms";
        QTest::newRow("bool for int") << QByteArray(R"({"global":{"copy_bps":true}})") << "copy_bps";
        QTest::newRow("window too big") << QByteArray(R"({"global":{"aggregation_window_ms":3600001}})") << "[0, 3600000]";
        QTest::newRow("age too big") << QByteArray(R"({"global":{"max_event_age_ms":86400001}})") << "max_event_age_ms";
        QTest::newRow("copy too big") << QByteArray(R"({"global":{"copy_bps":1000001}})") << "copy_bps";
        QTest::newRow("ratio too big") << QByteArray(R"({"global":{"ratio_ppm":1000000001}})") << "ratio_ppm";
        QTest::newRow("bankroll bps") << QByteArray(R"({"global":{"bankroll_bps":10001}})") << "bankroll_bps";
        QTest::newRow("near close") << QByteArray(R"({"global":{"near_close_ms":31536000001}})") << "near_close_ms";
        QTest::newRow("fee") << QByteArray(R"({"global":{"fee_rate_bps":10001}})") << "fee_rate_bps";
        QTest::newRow("usdc number") << QByteArray(R"({"global":{"min_trade_usdc":5}})") << "min_trade_usdc";
        QTest::newRow("usdc sign") << QByteArray(R"({"global":{"min_trade_usdc":"-5"}})") << "min_trade_usdc";
        QTest::newRow("usdc exponent") << QByteArray(R"({"global":{"fixed_usdc":"1e3"}})") << "fixed_usdc";
        QTest::newRow("usdc too big") << QByteArray(R"({"global":{"wallet_bankroll_usdc":"1000000000.000001"}})") << "wallet_bankroll_usdc";
        QTest::newRow("price above 1") << QByteArray(R"({"global":{"max_spread":"1.000001"}})") << "max_spread";
        QTest::newRow("price blank") << QByteArray(R"({"global":{"max_chase_vs_mid":""}})") << "max_chase_vs_mid";
        QTest::newRow("mode") << QByteArray(R"({"global":{"sizing_mode":"all_in"}})") << "sizing_mode";
        QTest::newRow("sell mode") << QByteArray(R"({"global":{"sell_mode":"all"}})") << "sell_mode";
        QTest::newRow("list of numbers") << QByteArray(R"({"global":{"blacklist":[1]}})") << "blacklist";
        QTest::newRow("paused type") << QByteArray(R"({"global":{"paused":1}})") << "paused";
        QTest::newRow("global only in overrides") << QByteArray(R"({"wallets":[{"address":"0x1111111111111111111111111111111111111111","overrides":{"kill_switch":true}}]})") << "kill_switch";
        QTest::newRow("bad address") << QByteArray(R"({"wallets":[{"address":"0x11"}]})") << "address";
        QTest::newRow("missing address") << QByteArray(R"({"wallets":[{"label":"x"}]})") << "address";
        QTest::newRow("duplicate") << QByteArray(R"({"wallets":[{"address":"0x1111111111111111111111111111111111111111"},{"address":"0x1111111111111111111111111111111111111111"}]})") << "duplicate";
        QTest::newRow("wallet key") << QByteArray(R"({"wallets":[{"address":"0x1111111111111111111111111111111111111111","size":1}]})") << "size";
        QTest::newRow("wallet mode") << QByteArray(R"({"wallets":[{"address":"0x1111111111111111111111111111111111111111","mode":"sim"}]})") << "mode";
        QTest::newRow("override range") << QByteArray(R"({"wallets":[{"address":"0x1111111111111111111111111111111111111111","overrides":{"daily_loss_bps":10001}}]})") << "overrides.daily_loss_bps";
    }

    void rejections()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto c = EngineConfig::fromJson(json);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().contains(mentions), qPrintable(c.error()));
    }

    void boundariesAccepted()
    {
        auto c = EngineConfig::fromJson(R"({"global":{"aggregation_window_ms":3600000,"max_event_age_ms":0,"copy_bps":1000000,
            "ratio_ppm":1000000000,"near_close_ms":31536000000,"fee_rate_bps":10000,"max_spread":"1","min_trade_usdc":"1000000000",
            "max_worse_than_fill":"0.0000009","daily_loss_bps":0,"categories":["Sports"],"paused":true}})");
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->global.maxWorseThanFill.raw(), std::int64_t(0));
        QVERIFY(c->paused);
        QCOMPARE(c->global.categories, QStringList{QStringLiteral("Sports")});
    }
};

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "test_engine_config.moc"
