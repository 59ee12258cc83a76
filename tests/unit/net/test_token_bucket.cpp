// TokenBucket and RateLimiter on a virtual clock: burst, refill, family chains, backwards time.

#include "domain/Clock.h"
#include "net/RateLimiter.h"
#include "net/TokenBucket.h"

#include <QTest>

using namespace slip;

class TestTokenBucket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenSustainedRate()
    {
        TokenBucket b(10, 1'000, 0);
        for (int i = 0; i < 10; ++i)
            QVERIFY(b.tryTake(0));
        QVERIFY(!b.tryTake(0));
        QCOMPARE(b.waitMs(0), 100);
        QVERIFY(!b.tryTake(99));
        QVERIFY(b.tryTake(100));
        // Over 10 s at most 10 + 100 tokens are handed out.
        int taken = 0;
        for (std::int64_t t = 100; t <= 10'100; ++t)
            while (b.tryTake(t))
                ++taken;
        QCOMPARE(taken, 100);
    }

    void clockGoingBackwardsMintsNothing()
    {
        TokenBucket b(1, 1'000, 5'000);
        QVERIFY(b.tryTake(5'000));
        QVERIFY(!b.tryTake(1'000));
        QVERIFY(!b.tryTake(1'500));
        QVERIFY(b.tryTake(2'000));
    }

    void limiterChainsFamilies()
    {
        VirtualClock clock(0);
        RateLimiter l(clock, {{QStringLiteral("global"), 100, 10'000}, {QStringLiteral("data"), 5, 10'000},
                              {QStringLiteral("data.trades"), 2, 10'000}});
        QCOMPARE(l.chainFor(QStringLiteral("data.trades")),
                 QStringList({QStringLiteral("data.trades"), QStringLiteral("data"), QStringLiteral("global")}));
        QCOMPARE(l.chainFor(QStringLiteral("gamma.markets")), QStringList({QStringLiteral("global")}));
        const auto trades = l.chainFor(QStringLiteral("data.trades"));
        const auto data = l.chainFor(QStringLiteral("data.activity"));
        QVERIFY(l.tryAcquire(trades));
        QVERIFY(l.tryAcquire(trades));
        QVERIFY(!l.tryAcquire(trades));
        QCOMPARE(l.waitMs(trades), 5'000);
        QVERIFY(l.tryAcquire(data));
        QVERIFY(l.tryAcquire(data));
        QVERIFY(l.tryAcquire(data));
        QVERIFY(!l.tryAcquire(data)); // "data" is spent by both routes
        clock.advanceMs(5'000);
        QVERIFY(l.tryAcquire(trades));
        QVERIFY(!RateLimiter::polymarketDefaults().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "test_token_bucket.moc"
