#include "api/DemoVenue.h"

#include "api/RunOnThread.h"

#include "capture/CaptureReader.h"
#include "venue/sandbox/DemoCaptureGenerator.h"
#include "venue/sandbox/SandboxVenue.h"
#include "venue/sandbox/ScaledClock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace slip::api {

QString DemoVenue::capturePath() { return QStringLiteral(":/demo/demo-capture.jsonl.gz"); }

EngineConfig DemoVenue::config()
{
    // The wallets are the capture generator's traders; only the scalper copies at 3 %.
    QJsonArray wallets;
    for (const sandbox::DemoWallet& w : sandbox::DemoCaptureGenerator::wallets()) {
        const QJsonObject overrides =
            w.label == u"demo-scalper" ? QJsonObject{{QStringLiteral("copy_bps"), 300}} : QJsonObject{};
        wallets.append(QJsonObject{{QStringLiteral("address"), w.address},
                                   {QStringLiteral("label"), w.label},
                                   {QStringLiteral("enabled"), true},
                                   {QStringLiteral("mode"), QStringLiteral("paper")},
                                   {QStringLiteral("overrides"), overrides}});
    }
    const QJsonObject root{{QStringLiteral("seed"), 20261101},
                           {QStringLiteral("global"), QJsonObject{{QStringLiteral("max_spread"), QStringLiteral("0.03")}}},
                           {QStringLiteral("wallets"), wallets}};
    auto config = EngineConfig::fromObject(root);
    Q_ASSERT(config.ok());
    return *config;
}

DemoVenue::DemoVenue(std::int64_t resumeAfterMs, std::int64_t speedPermille)
    : resumeAfterMs_(resumeAfterMs), speed_(speedPermille)
{
    thread_.setObjectName(QStringLiteral("demo-venue"));
}

DemoVenue::~DemoVenue() { stop(); }

const Clock& DemoVenue::clock() const { return *clock_; }

void DemoVenue::advance(std::int64_t ms)
{
    if (virtualClock_)
        virtualClock_->advanceMs(ms);
}

Status DemoVenue::start()
{
    auto read = CaptureReader::readFile(capturePath());
    if (!read)
        return Error{QStringLiteral("cannot read the demo capture: %1").arg(read.error())};
    if (read->records.empty())
        return Error{QStringLiteral("the demo capture is empty")};
    startMs_ = read->records.front().t;
    endMs_ = read->records.back().t;
    // A stepped demo resumes on the instant it stopped at (that step is done again, its answers
    // deduplicated), so its steps stay on the grid an uninterrupted run walks.
    const std::int64_t from = std::max(startMs_, resumeAfterMs_ + (speed_ == 0 ? 0 : 1));
    if (speed_ == 0) {
        auto stepped = std::make_unique<VirtualClock>(from);
        virtualClock_ = stepped.get();
        clock_ = std::move(stepped);
    } else {
        clock_ = std::make_unique<sandbox::ScaledClock>(from, speed_);
    }

    QString error;
    thread_.start();
    auto records = std::make_shared<std::vector<CaptureRecord>>(std::move(read->records));
    QObject context;
    context.moveToThread(&thread_);
    runOnThreadAndWait(&context, [&] {
        venue_ = new sandbox::SandboxVenue(*records, *clock_);
        error = venue_->start();
        endpoints_.dataApi = venue_->dataApiUrl();
        endpoints_.clob = venue_->clobUrl();
        endpoints_.gamma = venue_->gammaUrl();
        endpoints_.marketWs = venue_->marketWebSocketUrl();
        endpoints_.rtdsWs = venue_->rtdsUrl();
        QObject::connect(&thread_, &QThread::finished, venue_, &QObject::deleteLater);
        context.moveToThread(nullptr); // handed back so it can be destroyed here
    });
    if (!error.isEmpty())
        return Error{QStringLiteral("the demo venue could not start: %1").arg(error)};
    return {};
}

void DemoVenue::stop()
{
    if (!thread_.isRunning())
        return;
    thread_.quit();
    thread_.wait();
    venue_ = nullptr;
}

} // namespace slip::api
