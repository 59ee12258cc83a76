#include "models/DistributionBins.h"

#include <QLocale>

#include <algorithm>

namespace slip::ui {
namespace {

QString lagText(std::int64_t ms)
{
    if (ms >= 1000 && ms % 1000 == 0)
        return DistributionBins::tr("%1s").arg(ms / 1000);
    return DistributionBins::tr("%1ms").arg(ms);
}

QString signedBps(std::int64_t bps)
{
    return bps > 0 ? QStringLiteral("+%1").arg(bps) : QString::number(bps);
}

// Each bin is labelled by its lower edge (a bar counts values from its label up to the next
// one); the open ends say so.
template <class F> QStringList labelsOf(const std::vector<std::int64_t>& edges, F text)
{
    QStringList out;
    out << DistributionBins::tr("<%1").arg(text(edges.front()));
    for (std::size_t i = 0; i + 1 < edges.size(); ++i)
        out << text(edges[i]);
    out << DistributionBins::tr("≥%1").arg(text(edges.back()));
    return out;
}

} // namespace

const std::vector<std::int64_t>& DistributionBins::slippageEdges()
{
    static const std::vector<std::int64_t> edges = {-100, -50, -20, -10, -5, 0, 5, 10, 20, 50, 100};
    return edges;
}

const std::vector<std::int64_t>& DistributionBins::lagEdges()
{
    static const std::vector<std::int64_t> edges = {0, 250, 500, 1000, 2000, 5000, 10'000, 30'000, 60'000};
    return edges;
}

QStringList DistributionBins::slippageLabels()
{
    return labelsOf(slippageEdges(), signedBps);
}

QStringList DistributionBins::lagLabels()
{
    return labelsOf(lagEdges(), lagText);
}

std::vector<std::int64_t> DistributionBins::countsOf(const api::Histogram& h)
{
    std::vector<std::int64_t> out;
    out.reserve(h.counts.size() + 2);
    out.push_back(h.below);
    out.insert(out.end(), h.counts.begin(), h.counts.end());
    out.push_back(h.above);
    return out;
}

std::int64_t DistributionBins::median(std::vector<std::int64_t> values)
{
    if (values.empty())
        return 0;
    const std::size_t mid = (values.size() - 1) / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    return values[mid];
}

} // namespace slip::ui
