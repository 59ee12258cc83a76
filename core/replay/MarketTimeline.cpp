#include "replay/MarketTimeline.h"

#include <algorithm>

namespace slip {

const MarketTimeline::Entry* MarketTimeline::latest(const std::vector<Entry>& list, std::int64_t x)
{
    // upper_bound keeps equal times in capture order, so the element before it is the last one.
    auto it = std::upper_bound(list.begin(), list.end(), x, [](std::int64_t v, const Entry& e) { return v < e.t; });
    if (it == list.begin())
        return nullptr;
    return &*(it - 1);
}

int MarketTimeline::internAsset(const QString& asset)
{
    IdKey key{asset};
    auto id = assetIds_.constFind(key);
    if (id == assetIds_.constEnd()) {
        id = assetIds_.insert(std::move(key), int(assets_.size()));
        assets_.emplace_back();
    }
    return *id;
}

void MarketTimeline::addBook(std::int64_t t, BookSnapshot book)
{
    const int id = internAsset(book.asset);
    assets_[std::size_t(id)].books.push_back({t, int(books_.size())});
    bookAssetIds_.push_back(id);
    // The mid is computed once here; valuations ask for it for every held asset at every epoch.
    bookMids_.push_back(book.hasBothSides() ? std::optional<std::int64_t>((book.bestBid().raw() + book.bestAsk().raw()) / 2)
                                            : std::nullopt);
    books_.push_back(std::move(book));
    bookTimes_.push_back(t);
}

std::size_t MarketTimeline::bookEpoch(std::int64_t x) const
{
    return std::size_t(std::upper_bound(bookTimes_.begin(), bookTimes_.end(), x) - bookTimes_.begin());
}

int MarketTimeline::addMarket(std::int64_t t, MarketInfo market)
{
    const int index = int(markets_.size());
    for (const QString& token : market.tokenIds) {
        auto& list = assets_[std::size_t(internAsset(token))].markets;
        if (list.empty() || list.back().index != index)
            list.push_back({t, index});
    }
    marketByCondition_[market.conditionId].push_back({t, index});
    markets_.push_back(std::move(market));
    return index;
}

void MarketTimeline::addFeeRate(std::int64_t t, const QString& asset, std::int64_t bps)
{
    assets_[std::size_t(internAsset(asset))].fees.push_back({t, int(bps)});
}

void MarketTimeline::addSwitch(std::int64_t t, const QString& action, bool engaged)
{
    switches_[action].push_back({t, engaged ? 1 : 0});
}

const BookSnapshot* MarketTimeline::bookAt(const QString& asset, std::int64_t x, std::int64_t* recordT) const
{
    const int id = assetId(asset);
    return id < 0 ? nullptr : bookAt(id, x, recordT);
}

const BookSnapshot* MarketTimeline::bookAt(int assetId, std::int64_t x, std::int64_t* recordT) const
{
    const Entry* e = latest(assets_[std::size_t(assetId)].books, x);
    if (!e)
        return nullptr;
    if (recordT)
        *recordT = e->t;
    return &books_[std::size_t(e->index)];
}

std::optional<std::int64_t> MarketTimeline::midAt(const QString& asset, std::int64_t x) const
{
    const int id = assetId(asset);
    return id < 0 ? std::nullopt : midAt(id, x);
}

std::optional<std::int64_t> MarketTimeline::midAt(int assetId, std::int64_t x) const
{
    const Entry* e = latest(assets_[std::size_t(assetId)].books, x);
    return e ? bookMids_[std::size_t(e->index)] : std::nullopt;
}

const MarketInfo* MarketTimeline::marketOfAsset(const QString& asset, std::int64_t x) const
{
    const int id = assetId(asset);
    return id < 0 ? nullptr : marketOfAsset(id, x);
}

const MarketInfo* MarketTimeline::marketOfAsset(int assetId, std::int64_t x) const
{
    const Entry* e = latest(assets_[std::size_t(assetId)].markets, x);
    return e ? &markets_[std::size_t(e->index)] : nullptr;
}

const MarketInfo* MarketTimeline::marketOfCondition(const QString& condition, std::int64_t x) const
{
    const auto it = marketByCondition_.constFind(condition);
    if (it == marketByCondition_.constEnd())
        return nullptr;
    const Entry* e = latest(*it, x);
    return e ? &markets_[std::size_t(e->index)] : nullptr;
}

std::optional<std::int64_t> MarketTimeline::feeRateAt(const QString& asset, std::int64_t x) const
{
    const int id = assetId(asset);
    return id < 0 ? std::nullopt : feeRateAt(id, x);
}

std::optional<std::int64_t> MarketTimeline::feeRateAt(int assetId, std::int64_t x) const
{
    const Entry* e = latest(assets_[std::size_t(assetId)].fees, x);
    return e ? std::optional<std::int64_t>(e->index) : std::nullopt;
}

std::optional<bool> MarketTimeline::switchAt(const QString& action, std::int64_t x) const
{
    const auto it = switches_.constFind(action);
    if (it == switches_.constEnd())
        return std::nullopt;
    const Entry* e = latest(*it, x);
    return e ? std::optional<bool>(e->index != 0) : std::nullopt;
}

} // namespace slip
