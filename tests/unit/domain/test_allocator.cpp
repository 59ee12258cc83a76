// The process allocator: in a default build malloc/new of the whole process — this executable's,
// libstdc++'s and Qt's — are mimalloc's (linked through slipstream_core; top-level
// CMakeLists.txt), not glibc's. The benchmarks' figures and the shipped binaries depend on it,
// and a link that quietly lost the override would still build and run.

#include <QByteArray>
#include <QString>
#include <QTest>

#include <cstdlib>
#include <memory>
#include <vector>

#ifdef SLIPSTREAM_MIMALLOC
#include <mimalloc.h>
#endif

class TestAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void processAllocatorIsMimalloc()
    {
#ifndef SLIPSTREAM_MIMALLOC
        QSKIP("built with the system allocator (SLIPSTREAM_ALLOCATOR=system, or ASan/TSan)");
#else
        QVERIFY(mi_version() >= 200);
        void* raw = std::malloc(100);
        QVERIFY(mi_is_in_heap_region(raw));
        std::free(raw);
        const auto owned = std::make_unique<std::vector<int>>(1000, 7); // operator new, in libstdc++
        QVERIFY(mi_is_in_heap_region(owned.get()));
        QVERIFY(mi_is_in_heap_region(owned->data()));
        const QString text(1000, u'x'); // allocated inside libQt6Core
        QVERIFY(mi_is_in_heap_region(text.constData()));
        const QByteArray bytes = text.toUtf8();
        QVERIFY(mi_is_in_heap_region(bytes.constData()));
        // A pointer that is not from any heap is told apart.
        static int onTheSide = 0;
        QVERIFY(!mi_is_in_heap_region(&onTheSide));
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "test_allocator.moc"
