<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AmountText</name>
    <message>
        <location filename="../ui/models/AmountText.cpp" line="69"/>
        <source>%1 bps</source>
        <translation>%1 bps</translation>
    </message>
</context>
<context>
    <name>BreakerModels</name>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="63"/>
        <source>Cannot read the breaker events: %1</source>
        <translation>Die Schutzschalter-Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="84"/>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="106"/>
        <source>Unknown scope %1: breakers belong to EXEC_USER or EXEC_GLOBAL.</source>
        <translation>Unbekanntes Buch %1: Schutzschalter gehören zu EXEC_USER oder EXEC_GLOBAL.</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="112"/>
        <source>Wallet %1 is not followed.</source>
        <translation>Der Wallet %1 wird nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="114"/>
        <source>EXEC_GLOBAL breakers belong to no wallet.</source>
        <translation>EXEC_GLOBAL-Schutzschalter gehören zu keiner Wallet.</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="117"/>
        <source>Unknown breaker %1 (daily, weekly or drawdown).</source>
        <translation>Unbekannter Schutzschalter %1 (daily, weekly oder drawdown).</translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="126"/>
        <source>No such breaker.</source>
        <translation>Diesen Schutzschalter gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ConfigKeyText</name>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="33"/>
        <source>Latency and timing</source>
        <translation>Latenz und Timing</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="34"/>
        <source>Sizing</source>
        <translation>Bemessung</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="35"/>
        <source>Risk caps</source>
        <translation>Risikolimits</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="36"/>
        <source>Guardrails (book, price, market)</source>
        <translation>Schutzregeln (Orderbuch, Preis, Markt)</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="37"/>
        <source>Circuit breakers</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="46"/>
        <source>Aggregation window</source>
        <translation>Aggregationsfenster</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="47"/>
        <source>Decision latency</source>
        <translation>Entscheidungslatenz</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="48"/>
        <source>Latency jitter</source>
        <translation>Latenz-Jitter</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="49"/>
        <source>Max event age</source>
        <translation>Max. Ereignisalter</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="50"/>
        <source>Jitter seed</source>
        <translation>Jitter-Startwert</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="51"/>
        <source>Sizing mode</source>
        <translation>Bemessungsmodus</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="52"/>
        <source>Copy share of notional</source>
        <translation>Anteil am Nominalwert</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="53"/>
        <source>Share ratio</source>
        <translation>Anteilsverhältnis</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="54"/>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="55"/>
        <source>Share of bankroll</source>
        <translation>Anteil am Kapitalstock</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="56"/>
        <source>Max trade vs equity</source>
        <translation>Max. Trade ggü. Eigenkapital</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="57"/>
        <source>Sell mode</source>
        <translation>Verkaufsmodus</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="58"/>
        <source>Min trade</source>
        <translation>Min. Trade</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="59"/>
        <source>Max trade</source>
        <translation>Max. Trade</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="60"/>
        <source>Max total exposure</source>
        <translation>Max. Gesamtrisiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="61"/>
        <source>Max exposure per market</source>
        <translation>Max. Risiko pro Markt</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="62"/>
        <source>Max exposure per wallet</source>
        <translation>Max. Risiko pro Wallet</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="63"/>
        <source>Max book age</source>
        <translation>Max. Orderbuchalter</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="64"/>
        <source>Max spread</source>
        <translation>Max. Spanne</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="65"/>
        <source>Max worse than their fill</source>
        <translation>Max. schlechter als ihre Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="66"/>
        <source>Max chase vs mid</source>
        <translation>Max. Abstand zum Mittelkurs</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="67"/>
        <source>Min depth in band</source>
        <translation>Min. Tiefe im Preisband</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="68"/>
        <source>Near-close cutoff</source>
        <translation>Sperrfrist vor Marktende</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="69"/>
        <source>Fee rate</source>
        <translation>Gebührensatz</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="70"/>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="71"/>
        <source>Weekly loss limit</source>
        <translation>Wochenverlustlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="72"/>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="73"/>
        <source>Wallet bankroll</source>
        <translation>Wallet-Kapitalstock</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="74"/>
        <source>Global bankroll</source>
        <translation>Globaler Kapitalstock</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="75"/>
        <source>Blacklisted markets</source>
        <translation>Gesperrte Märkte</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="76"/>
        <source>Allowed categories</source>
        <translation>Erlaubte Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="87"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="89"/>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="91"/>
        <source>ppm</source>
        <translation>ppm</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="93"/>
        <source>USDC</source>
        <translation>USDC</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="95"/>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="103"/>
        <source>Trades of one wallet in one asset and side within this window are copied as one group.</source>
        <translation>Trades einer Wallet im selben Asset und auf derselben Seite innerhalb dieses Fensters werden als eine Gruppe kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="105"/>
        <source>Simulated time from the group closing to our order: the book at that moment is walked.</source>
        <translation>Simulierte Zeit vom Abschluss der Gruppe bis zu unserer Order: Das Orderbuch dieses Zeitpunkts wird abgearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="106"/>
        <source>Random extra latency (0 to this value, from the seed) added to each decision.</source>
        <translation>Zufällige Zusatzlatenz (0 bis zu diesem Wert, aus dem Startwert), die jeder Entscheidung hinzugefügt wird.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="108"/>
        <source>Trades older than this when detected are skipped as stale. 0 disables the check.</source>
        <translation>Trades, die bei Erkennung älter sind, werden als veraltet übersprungen. 0 deaktiviert die Prüfung.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="109"/>
        <source>Seed of the latency jitter; the same seed gives the same decisions on a replay.</source>
        <translation>Startwert des Latenz-Jitters; derselbe Startwert ergibt bei einer Wiedergabe dieselben Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="111"/>
        <source>How our size follows theirs: a share of their notional, a share of their shares, a fixed USDC amount, or a share of our bankroll.</source>
        <translation>Wie unsere Größe ihrer folgt: ein Anteil an ihrem Nominalwert, ein Anteil an ihren Anteilen, ein fester USDC-Betrag oder ein Anteil an unserem Kapitalstock.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="113"/>
        <source>notional_pct: our notional as basis points of theirs (100 bps = 1%).</source>
        <translation>notional_pct: unser Nominalwert in Basispunkten ihres Nominalwerts (100 bps = 1 %).</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="114"/>
        <source>share_ratio: our shares as parts per million of theirs (10000 ppm = 1%).</source>
        <translation>share_ratio: unsere Anteile in Millionsteln ihrer Anteile (10000 ppm = 1 %).</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="115"/>
        <source>fixed_usdc: the notional of every copy, in USDC.</source>
        <translation>fixed_usdc: der Nominalwert jeder Kopie, in USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="116"/>
        <source>bankroll_bps: each copy&apos;s notional as basis points of the bankroll.</source>
        <translation>bankroll_bps: der Nominalwert jeder Kopie in Basispunkten des Kapitalstocks.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="118"/>
        <source>A copy is capped at this share of the scope&apos;s equity. Portfolio-wide: the global value applies in the global scope.</source>
        <translation>Eine Kopie ist auf diesen Anteil am Eigenkapital des Buchs begrenzt. Portfolioweit: Im globalen Buch gilt der globale Wert.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="121"/>
        <source>sizing: sells are sized like buys; proportional: we sell the same fraction of our position as they sold of theirs.</source>
        <translation>sizing: Verkäufe werden wie Käufe bemessen; proportional: Wir verkaufen denselben Bruchteil unserer Position, den sie von ihrer verkauft haben.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="123"/>
        <source>Copies smaller than this notional are skipped.</source>
        <translation>Kopien unter diesem Nominalwert werden übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="124"/>
        <source>Copies are capped at this notional.</source>
        <translation>Kopien werden auf diesen Nominalwert begrenzt.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="126"/>
        <source>Buys stop when open exposure would pass this share of equity. Portfolio-wide.</source>
        <translation>Käufe stoppen, wenn das offene Risiko diesen Anteil am Eigenkapital überschreiten würde. Portfolioweit.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="128"/>
        <source>Buys stop when exposure in one market would pass this share of equity. Portfolio-wide.</source>
        <translation>Käufe stoppen, wenn das Risiko in einem Markt diesen Anteil am Eigenkapital überschreiten würde. Portfolioweit.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="130"/>
        <source>Buys copied from one wallet stop when its lots would pass this share of equity.</source>
        <translation>Von einer Wallet kopierte Käufe stoppen, wenn ihre Posten diesen Anteil am Eigenkapital überschreiten würden.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="131"/>
        <source>A book older than this at decision time is not used; the copy is skipped.</source>
        <translation>Ein Orderbuch, das zum Entscheidungszeitpunkt älter ist, wird nicht verwendet; die Kopie wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="132"/>
        <source>Copies are skipped when the spread is wider than this (price units, 0 to 1).</source>
        <translation>Kopien werden übersprungen, wenn die Spanne größer ist (Preiseinheiten, 0 bis 1).</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="134"/>
        <source>The walk stops at prices worse than their fill price by more than this.</source>
        <translation>Das Abarbeiten stoppt bei Preisen, die um mehr als diesen Wert schlechter als ihr Ausführungspreis sind.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="135"/>
        <source>The walk stops at prices worse than the mid by more than this.</source>
        <translation>Das Abarbeiten stoppt bei Preisen, die um mehr als diesen Wert schlechter als der Mittelkurs sind.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="137"/>
        <source>Depth inside the band must be at least this share of our target (12500 = 125%). 0 disables.</source>
        <translation>Die Tiefe im Preisband muss mindestens diesen Anteil unseres Ziels erreichen (12500 = 125 %). 0 deaktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="138"/>
        <source>No buys in markets closing within this time.</source>
        <translation>Keine Käufe in Märkten, die innerhalb dieser Zeit schließen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="140"/>
        <source>Fee rate used for our fills. Empty: each market&apos;s own rate from the venue.</source>
        <translation>Gebührensatz für unsere Ausführungen. Leer: der eigene Satz jedes Markts vom Handelsplatz.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="142"/>
        <source>Breaker: buys stop for the day after losing this share of the day&apos;s starting equity. 0 disables. Portfolio-wide.</source>
        <translation>Schutzschalter: Käufe stoppen für den Tag, nachdem dieser Anteil des Eigenkapitals zu Tagesbeginn verloren ist. 0 deaktiviert. Portfolioweit.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="145"/>
        <source>Breaker: buys stop for the week after losing this share of the week&apos;s starting equity. 0 disables. Portfolio-wide.</source>
        <translation>Schutzschalter: Käufe stoppen für die Woche, nachdem dieser Anteil des Eigenkapitals zu Wochenbeginn verloren ist. 0 deaktiviert. Portfolioweit.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="148"/>
        <source>Breaker: buys stop after equity falls this far below its peak. 0 disables. Portfolio-wide.</source>
        <translation>Schutzschalter: Käufe stoppen, wenn das Eigenkapital so weit unter seinen Höchststand fällt. 0 deaktiviert. Portfolioweit.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="149"/>
        <source>Starting cash of each wallet&apos;s own executable scope.</source>
        <translation>Startguthaben des eigenen ausführbaren Buchs jeder Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="150"/>
        <source>Starting cash of the global executable scope (all wallets together).</source>
        <translation>Startguthaben des globalen ausführbaren Buchs (alle Wallets zusammen).</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="151"/>
        <source>Condition ids never copied, separated by commas (compared lowercase).</source>
        <translation>Condition-IDs, die nie kopiert werden, durch Kommas getrennt (Vergleich in Kleinbuchstaben).</translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="153"/>
        <source>Only markets in these categories are copied, separated by commas. Empty: all categories.</source>
        <translation>Nur Märkte in diesen Kategorien werden kopiert, durch Kommas getrennt. Leer: alle Kategorien.</translation>
    </message>
</context>
<context>
    <name>DistributionBins</name>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="13"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="14"/>
        <source>%1ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="27"/>
        <source>&lt;%1</source>
        <translation>&lt;%1</translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="30"/>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="40"/>
        <source>A label can have at most %1 characters.</source>
        <translation>Eine Bezeichnung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="43"/>
        <source>A label cannot contain control characters.</source>
        <translation>Eine Bezeichnung darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="23"/>
        <source>The followed wallet&apos;s trade was detected too late (older than max_event_age_ms); copying it now would chase an old price.</source>
        <translation>Der Trade der gefolgten Wallet wurde zu spät erkannt (älter als max_event_age_ms); ihn jetzt zu kopieren hieße, einem alten Preis hinterherzulaufen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="26"/>
        <source>The kill switch was engaged at decision time: no new orders of any kind.</source>
        <translation>Der Notaus war zum Entscheidungszeitpunkt aktiv: keine neuen Orders jeglicher Art.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="28"/>
        <source>The engine was paused at decision time: trades are tracked but not copied.</source>
        <translation>Die Engine war zum Entscheidungszeitpunkt pausiert: Trades werden verfolgt, aber nicht kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="30"/>
        <source>Copying of this wallet is disabled; its trades are still tracked (shadow book).</source>
        <translation>Das Kopieren dieser Wallet ist deaktiviert; ihre Trades werden weiterhin verfolgt (Schattenbuch).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="32"/>
        <source>No market metadata was known for the asset at decision time.</source>
        <translation>Zum Entscheidungszeitpunkt waren keine Marktdaten für das Asset bekannt.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="34"/>
        <source>The market is closed for trading.</source>
        <translation>Der Markt ist für den Handel geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="36"/>
        <source>The market&apos;s condition id is on the blacklist (buys only).</source>
        <translation>Die Condition-ID des Markts steht auf der Sperrliste (nur Käufe).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="38"/>
        <source>The market&apos;s categories are not in the configured allow-list (buys only).</source>
        <translation>Die Kategorien des Markts stehen nicht in der konfigurierten Positivliste (nur Käufe).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="40"/>
        <source>The market ends within near_close_ms of the decision (default 30 minutes; buys only).</source>
        <translation>Der Markt endet innerhalb von near_close_ms nach der Entscheidung (Standard 30 Minuten; nur Käufe).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="42"/>
        <source>A loss or drawdown circuit breaker of this scope is tripped.</source>
        <translation>Ein Verlust- oder Drawdown-Schutzschalter dieses Buchs hat ausgelöst.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="44"/>
        <source>A sell was seen but this scope holds none of the asset.</source>
        <translation>Ein Verkauf wurde erkannt, aber dieses Buch hält nichts von dem Asset.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="46"/>
        <source>The sized copy is below min_trade_usdc (default 5 USDC) or rounds to zero shares.</source>
        <translation>Die bemessene Kopie liegt unter min_trade_usdc (Standard 5 USDC) oder rundet auf null Anteile.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="48"/>
        <source>The sized copy is below the market&apos;s minimum order size.</source>
        <translation>Die bemessene Kopie liegt unter der Mindestordergröße des Markts.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="50"/>
        <source>The copy would push total exposure above max_total_exposure_bps of equity.</source>
        <translation>Die Kopie würde das Gesamtrisiko über max_total_exposure_bps des Eigenkapitals heben.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="52"/>
        <source>The copy would push exposure in this market above max_market_exposure_bps of equity.</source>
        <translation>Die Kopie würde das Risiko in diesem Markt über max_market_exposure_bps des Eigenkapitals heben.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="54"/>
        <source>The copy would push this wallet&apos;s exposure in the global book above max_wallet_exposure_bps of equity.</source>
        <translation>Die Kopie würde das Risiko dieser Wallet im globalen Buch über max_wallet_exposure_bps des Eigenkapitals heben.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="57"/>
        <source>Not enough cash in this scope to pay for the copy (or for any of it at the book&apos;s prices).</source>
        <translation>Nicht genug Guthaben in diesem Buch, um die Kopie zu bezahlen (oder irgendeinen Teil davon zu den Preisen des Orderbuchs).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="59"/>
        <source>No order book for the asset, or the latest one was older than max_book_age_ms.</source>
        <translation>Kein Orderbuch für das Asset, oder das neueste war älter als max_book_age_ms.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="61"/>
        <source>The order book had no bids or no asks.</source>
        <translation>Das Orderbuch hatte keine Gebote oder keine Angebote.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="63"/>
        <source>The bid-ask spread was wider than max_spread.</source>
        <translation>Die Geld-Brief-Spanne war größer als max_spread.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="65"/>
        <source>Not enough size inside the price bound (min_depth_bps of the target notional).</source>
        <translation>Nicht genug Volumen innerhalb der Preisgrenze (min_depth_bps des Zielbetrags).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="67"/>
        <source>No book level lay inside the price bound (worse than their fill or the mid by too much).</source>
        <translation>Keine Orderbuchstufe lag innerhalb der Preisgrenze (zu weit schlechter als ihre Ausführung oder der Mittelkurs).</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="70"/>
        <source>Shadow book diagnostic: the wallet sold more than its tracked holdings (bought before it was followed); only the tracked shares were applied.</source>
        <translation>Diagnose des Schattenbuchs: Die Wallet hat mehr verkauft als ihr verfolgter Bestand (vor dem Folgen gekauft); nur die verfolgten Anteile wurden angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="73"/>
        <source>Shadow book diagnostic: a merge exceeded the tracked shares of an outcome; only the matched sets were applied.</source>
        <translation>Diagnose des Schattenbuchs: Eine Zusammenführung überstieg die verfolgten Anteile eines Ausgangs; nur die passenden Sätze wurden angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="84"/>
        <source>A gates</source>
        <translation>A Vorprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="86"/>
        <source>B sizing</source>
        <translation>B Bemessung</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="88"/>
        <source>C risk</source>
        <translation>C Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="90"/>
        <source>D book</source>
        <translation>D Orderbuch</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="91"/>
        <source>E fill</source>
        <translation>E Ausführung</translation>
    </message>
</context>
<context>
    <name>TimeWindow</name>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="10"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="11"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="12"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="13"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Slipstream copy-trading terminal</source>
        <translation>Slipstream Copy-Trading-Terminal</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Use DIR for the database, logs and layout.</source>
        <translation>DIR für Datenbank, Protokolle und Layout verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>auto (the demo until a wallet is followed), demo or default.</source>
        <translation>auto (die Demo, bis einer Wallet gefolgt wird), demo oder default.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Demo time runs N times real time (default 30).</source>
        <translation>Die Demo-Zeit läuft N-mal so schnell wie die Echtzeit (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <location filename="../app/main.cpp" line="66"/>
        <location filename="../app/main.cpp" line="70"/>
        <location filename="../app/main.cpp" line="79"/>
        <location filename="../app/main.cpp" line="100"/>
        <location filename="../app/main.cpp" line="107"/>
        <source>Slipstream</source>
        <translation>Slipstream</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>--profile takes auto, demo or default; --demo-speed 1 to 3600.</source>
        <translation>--profile akzeptiert auto, demo oder default; --demo-speed 1 bis 3600.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Cannot open the database:
%1</source>
        <translation>Die Datenbank kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>The engine could not start:
%1</source>
        <translation>Die Engine konnte nicht starten:
%1</translation>
    </message>
</context>
<context>
    <name>slip::api::LiveArming</name>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="33"/>
        <source>No keystore in the data directory: create or import the trading key first (slipstream-cli keystore create|import).</source>
        <translation>Kein Schlüsselspeicher im Datenverzeichnis: Erstellen oder importieren Sie zuerst den Handelsschlüssel (slipstream-cli keystore create|import).</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="40"/>
        <source>The keystore passphrase is needed to unlock the trading key.</source>
        <translation>Zum Entsperren des Handelsschlüssels wird die Passphrase des Schlüsselspeichers benötigt.</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="42"/>
        <source>The keystore did not unlock: %1</source>
        <translation>Der Schlüsselspeicher wurde nicht entsperrt: %1</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="49"/>
        <source>No venue API credentials in the keystore: derive them first (slipstream-cli keystore set-api-credentials).</source>
        <translation>Keine API-Zugangsdaten des Handelsplatzes im Schlüsselspeicher: Leiten Sie sie zuerst ab (slipstream-cli keystore set-api-credentials).</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="56"/>
        <source>Type %1 exactly to confirm.</source>
        <translation>Zur Bestätigung genau %1 eingeben.</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="58"/>
        <source>Live mode was not armed: %1</source>
        <translation>Der Live-Modus wurde nicht scharf geschaltet: %1</translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="60"/>
        <source>Every check passed, but live order submission is not available in this build: nothing was switched and every wallet keeps trading on paper.</source>
        <translation>Alle Prüfungen bestanden, aber das Senden von Live-Orders ist in dieser Version nicht verfügbar: Es wurde nichts umgeschaltet, und jede Wallet handelt weiter auf Papier.</translation>
    </message>
</context>
<context>
    <name>slip::api::Terminal</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="77"/>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="116"/>
        <location filename="../core/api/Terminal.cpp" line="160"/>
        <location filename="../core/api/Terminal.cpp" line="254"/>
        <location filename="../core/api/Terminal.cpp" line="312"/>
        <location filename="../core/api/Terminal.cpp" line="387"/>
        <location filename="../core/api/Terminal.cpp" line="415"/>
        <location filename="../core/api/Terminal.cpp" line="443"/>
        <location filename="../core/api/Terminal.cpp" line="453"/>
        <location filename="../core/api/Terminal.cpp" line="521"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="118"/>
        <source>The engine is already running.</source>
        <translation>Die Engine läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="121"/>
        <location filename="../core/api/Terminal.cpp" line="446"/>
        <location filename="../core/api/Terminal.cpp" line="456"/>
        <source>The stored configuration is not valid: %1</source>
        <translation>Die gespeicherte Konfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="167"/>
        <source>Could not store the demo wallets.</source>
        <translation>Die Demo-Wallets konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="247"/>
        <source>The engine did not take the switch: %1</source>
        <translation>Die Engine hat die Umschaltung nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="315"/>
        <source>Not a valid wallet address: %1.</source>
        <translation>Keine gültige Wallet-Adresse: %1.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="320"/>
        <source>Wallet %1 is already followed.</source>
        <translation>Der Wallet %1 wird bereits gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="337"/>
        <location filename="../core/api/Terminal.cpp" line="357"/>
        <location filename="../core/api/Terminal.cpp" line="374"/>
        <location filename="../core/api/Terminal.cpp" line="528"/>
        <location filename="../core/api/Terminal.cpp" line="569"/>
        <source>Wallet %1 is not followed.</source>
        <translation>Der Wallet %1 wird nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="396"/>
        <source>global.%1: not part of a saved configuration; use the kill switch and pause controls on the toolbar.</source>
        <translation>global.%1: nicht Teil einer gespeicherten Konfiguration; verwenden Sie Notaus und Pause in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="402"/>
        <source>wallets[%1].address: %2 is not followed; follow it in the Wallets panel first.</source>
        <translation>wallets[%1].address: %2 wird nicht gefolgt; folgen Sie ihr zuerst im Panel „Wallets“.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="406"/>
        <source>wallets[%1].mode: live mode is not available in this build; every wallet trades on paper.</source>
        <translation>wallets[%1].mode: Der Live-Modus ist in dieser Version nicht verfügbar; jede Wallet handelt auf Papier.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="463"/>
        <source>The %1 breaker of %2 is not tripped: there is nothing to reset.</source>
        <translation>Der Schutzschalter %1 von %2 hat nicht ausgelöst: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="465"/>
        <source>A reset of the %1 breaker of %2 was already requested; the engine applies it before the scope&apos;s next decision.</source>
        <translation>Das Zurücksetzen des Schutzschalters %1 von %2 wurde bereits angefordert; die Engine wendet es vor der nächsten Entscheidung des Buchs an.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="468"/>
        <source>The engine is not running: a breaker reset goes into the engine&apos;s stream, start the engine first.</source>
        <translation>Die Engine läuft nicht: Das Zurücksetzen eines Schutzschalters läuft über den Datenstrom der Engine; starten Sie zuerst die Engine.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="477"/>
        <source>The engine did not take the reset: %1</source>
        <translation>Die Engine hat das Zurücksetzen nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="514"/>
        <source>Cannot read the ledger.</source>
        <translation>Die Buchungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="523"/>
        <source>Positions are closed in EXEC_USER or EXEC_GLOBAL, not %1.</source>
        <translation>Positionen werden in EXEC_USER oder EXEC_GLOBAL geschlossen, nicht in %1.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="526"/>
        <source>An EXEC_USER position belongs to a wallet: name it.</source>
        <translation>Eine EXEC_USER-Position gehört zu einer Wallet: Geben Sie sie an.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="531"/>
        <source>Name the asset (token id) to close.</source>
        <translation>Geben Sie das zu schließende Asset (Token-ID) an.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="534"/>
        <source>The kill switch is engaged: no orders of any kind, closes included. Release it to close the position.</source>
        <translation>Der Notaus ist aktiv: keine Orders jeglicher Art, auch keine Schließungen. Lösen Sie ihn, um die Position zu schließen.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="540"/>
        <source>There is no open position in %1 to close.</source>
        <translation>Es gibt keine offene Position in %1 zum Schließen.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="542"/>
        <source>The engine is not running: a close goes into the engine&apos;s stream, start the engine first.</source>
        <translation>Die Engine läuft nicht: Eine Schließung läuft über den Datenstrom der Engine; starten Sie zuerst die Engine.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="550"/>
        <source>The engine did not take the close: %1</source>
        <translation>Die Engine hat die Schließung nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>slip::api::WhatIfReplay</name>
    <message>
        <location filename="../core/api/WhatIfReplay.cpp" line="16"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsDock</name>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="38"/>
        <source>Copy attempts</source>
        <translation>Kopierversuche</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="45"/>
        <source>Which book&apos;s attempts to show.</source>
        <translation>Die Versuche welches Buchs angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="46"/>
        <source>All scopes</source>
        <translation>Alle Bücher</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="47"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="48"/>
        <source>Per wallet</source>
        <translation>Pro Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="49"/>
        <source>Only attempts copying this wallet&apos;s trades.</source>
        <translation>Nur Versuche, die Trades dieser Wallet kopieren.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="52"/>
        <source>Market: asset or condition id</source>
        <translation>Markt: Asset- oder Condition-ID</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="53"/>
        <source>Paste an asset (token) id, or a market&apos;s condition id (0x…) to see every outcome of that market. Right-click a row to filter by its market.</source>
        <translation>Eine Asset-(Token-)ID einfügen, oder die Condition-ID eines Markts (0x…), um alle Ausgänge dieses Markts zu sehen. Rechtsklick auf eine Zeile filtert nach ihrem Markt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="56"/>
        <source>Copied (EXECUTE) or skipped (SKIP) attempts.</source>
        <translation>Kopierte (EXECUTE) oder übersprungene (SKIP) Versuche.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="57"/>
        <source>Any decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="58"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="59"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="60"/>
        <source>Only skips that carry this reason code.</source>
        <translation>Nur übersprungene Versuche mit diesem Grundcode.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="61"/>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="67"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation>Rückblickzeitraum, endet beim neuesten gespeicherten Versuch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="104"/>
        <location filename="../ui/docks/AttemptsDock.cpp" line="330"/>
        <source>Select an attempt to see its decision trace.</source>
        <translation>Einen Versuch auswählen, um seine Entscheidungsspur zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="109"/>
        <source>Stage / figure</source>
        <translation>Stufe / Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="109"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="111"/>
        <source>The attempt&apos;s figures and each pipeline stage&apos;s inputs, with the check that failed (spec §5: A gates, B sizing, C risk, D book, E fill).</source>
        <translation>Die Kennzahlen des Versuchs und die Eingaben jeder Pipeline-Stufe, mit der fehlgeschlagenen Prüfung (Spez. §5: A Vorprüfungen, B Bemessung, C Risiko, D Orderbuch, E Ausführung).</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="151"/>
        <source>All wallets</source>
        <translation>Alle Wallets</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="242"/>
        <source>Could not read attempts: %1</source>
        <translation>Versuche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="245"/>
        <source>Showing %1 of %2 attempts (more load as you scroll).</source>
        <translation>%1 von %2 Versuchen angezeigt (weitere laden beim Blättern).</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="257"/>
        <source>Only this wallet</source>
        <translation>Nur diese Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="262"/>
        <source>Only this market outcome</source>
        <translation>Nur dieser Marktausgang</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="266"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="315"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="315"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="337"/>
        <source>Attempt #%1</source>
        <translation>Versuch Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="339"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="340"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="341"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="342"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="343"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="344"/>
        <source>First event / flush / decision (UTC)</source>
        <translation>Erstes Ereignis / Abschluss / Entscheidung (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="344"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="347"/>
        <source>Their shares, USDC, VWAP</source>
        <translation>Ihre Anteile, USDC, VWAP</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="347"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="350"/>
        <source>Target shares, USDC</source>
        <translation>Ziel-Anteile, USDC</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="350"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="353"/>
        <source>Mid at decision</source>
        <translation>Mittelkurs bei Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>SKIP</source>
        <translation>ÜBERSPRINGEN</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="356"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="364"/>
        <source>Filled shares, USDC, VWAP, fee</source>
        <translation>Ausgeführte Anteile, USDC, VWAP, Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="365"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="368"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="373"/>
        <source>Could not read the trace: %1</source>
        <translation>Die Spur konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="378"/>
        <source>No trace stored for this attempt; its figures are shown below.</source>
        <translation>Für diesen Versuch ist keine Spur gespeichert; seine Kennzahlen stehen unten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="381"/>
        <source>Decision trace of attempt #%1.</source>
        <translation>Entscheidungsspur von Versuch Nr. %1.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="382"/>
        <source>Trace</source>
        <translation>Spur</translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsModel</name>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="239"/>
        <source>Asset (token id) %1</source>
        <translation>Asset (Token-ID) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="241"/>
        <source>What the followed wallet traded in this group: %1 shares for %2 USDC.</source>
        <translation>Was die gefolgte Wallet in dieser Gruppe gehandelt hat: %1 Anteile für %2 USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="243"/>
        <source>The followed wallet&apos;s volume-weighted average price in this group.</source>
        <translation>Der volumengewichtete Durchschnittspreis der gefolgten Wallet in dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="245"/>
        <source>The sized copy: %1 shares for %2 USDC (priced at their VWAP).</source>
        <translation>Die bemessene Kopie: %1 Anteile für %2 USDC (bewertet zu ihrem VWAP).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="249"/>
        <source>Copied: every check passed.</source>
        <translation>Kopiert: alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="250"/>
        <source>Shares we filled (paper: walked the order book at decision time).</source>
        <translation>Von uns ausgeführte Anteile (Papier: Orderbuch zum Entscheidungszeitpunkt abgearbeitet).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="251"/>
        <source>Our volume-weighted average fill price.</source>
        <translation>Unser volumengewichteter durchschnittlicher Ausführungspreis.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="252"/>
        <source>Fee paid on the fill, in USDC.</source>
        <translation>Für die Ausführung gezahlte Gebühr, in USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="254"/>
        <source>Global book: one bankroll copying every followed wallet.</source>
        <translation>Globales Buch: ein Kapitalstock kopiert alle gefolgten Wallets.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="255"/>
        <source>Per-wallet book: copying only this wallet with its own bankroll.</source>
        <translation>Wallet-Buch: kopiert nur diese Wallet mit eigenem Kapitalstock.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="263"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="263"/>
        <location filename="../ui/models/AttemptsModel.cpp" line="297"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="265"/>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="265"/>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="270"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="270"/>
        <source>SKIP</source>
        <translation>ÜBERSPRINGEN</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="285"/>
        <source>Decision time (UTC): when the engine decided on the group.</source>
        <translation>Entscheidungszeit (UTC): wann die Engine über die Gruppe entschieden hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="286"/>
        <source>USDC the followed wallet traded in the group.</source>
        <translation>USDC, die die gefolgte Wallet in der Gruppe gehandelt hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="287"/>
        <source>USDC the sizing rules wanted to copy.</source>
        <translation>USDC, die die Bemessungsregeln kopieren wollten.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="288"/>
        <source>Why the attempt was skipped (hover a row for explanations).</source>
        <translation>Warum der Versuch übersprungen wurde (Zeile überfahren für Erklärungen).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="295"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="296"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="298"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="299"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="300"/>
        <source>Their USDC</source>
        <translation>Ihre USDC</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="301"/>
        <source>Their price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="302"/>
        <source>Target USDC</source>
        <translation>Ziel-USDC</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="303"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="304"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="305"/>
        <source>Filled shares</source>
        <translation>Ausgeführte Anteile</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="306"/>
        <source>Our price</source>
        <translation>Unser Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="307"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>slip::ui::BreakersDock</name>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="22"/>
        <source>Daily loss</source>
        <translation>Tagesverlust</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="24"/>
        <source>Weekly loss</source>
        <translation>Wochenverlust</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="25"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="31"/>
        <source>equity at the start of the UTC day</source>
        <translation>Eigenkapital zu Beginn des UTC-Tages</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="33"/>
        <source>equity at Monday 00:00 UTC</source>
        <translation>Eigenkapital am Montag 00:00 UTC</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="34"/>
        <source>peak equity</source>
        <translation>Eigenkapital-Höchststand</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="49"/>
        <source>Breakers</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Since (UTC)</source>
        <translation>Seit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="58"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="58"/>
        <source>Trips</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="61"/>
        <source>EXEC_GLOBAL: the copy of all wallets together. EXEC_USER: the copy of one wallet alone.</source>
        <translation>EXEC_GLOBAL: die Kopie aller Wallets zusammen. EXEC_USER: die Kopie einer einzelnen Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="63"/>
        <source>The wallet whose own book this is (empty for the global book).</source>
        <translation>Die Wallet, deren eigenes Buch dies ist (leer beim globalen Buch).</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="64"/>
        <source>Daily: loss against the day&apos;s start equity. Weekly: against Monday 00:00 UTC. Drawdown: against the peak equity. A tripped breaker blocks new BUY copies (CIRCUIT_BREAKER); sells still go through.</source>
        <translation>Täglich: Verlust gegenüber dem Eigenkapital zu Tagesbeginn. Wöchentlich: gegenüber Montag 00:00 UTC. Drawdown: gegenüber dem Eigenkapital-Höchststand. Ein ausgelöster Schutzschalter blockiert neue BUY-Kopien (CIRCUIT_BREAKER); Verkäufe gehen weiter durch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="68"/>
        <source>Armed, or tripped (latched until re-armed: daily and weekly at their next period, drawdown only by an operator reset).</source>
        <translation>Scharf oder ausgelöst (bleibt ausgelöst bis zum erneuten Scharfschalten: täglich und wöchentlich mit der nächsten Periode, Drawdown nur durch manuelles Zurücksetzen).</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="71"/>
        <source>When the breaker last changed: the trip, or the last re-arm.</source>
        <translation>Wann sich der Schutzschalter zuletzt geändert hat: die Auslösung oder das letzte erneute Scharfschalten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="72"/>
        <source>The scope&apos;s equity when it tripped (or was re-armed).</source>
        <translation>Das Eigenkapital des Buchs bei der Auslösung (oder beim erneuten Scharfschalten).</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="73"/>
        <source>The reference the loss is measured against at that moment.</source>
        <translation>Die Referenz, an der der Verlust zu diesem Zeitpunkt gemessen wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="74"/>
        <source>(reference − equity) / reference at the trip.</source>
        <translation>(Referenz − Eigenkapital) / Referenz bei der Auslösung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="75"/>
        <source>The configured limit: it trips when the loss reaches this (0 = off).</source>
        <translation>Das konfigurierte Limit: Er löst aus, wenn der Verlust diesen Wert erreicht (0 = aus).</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="76"/>
        <source>How often it has tripped.</source>
        <translation>Wie oft er ausgelöst hat.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="96"/>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="99"/>
        <source>Re-arm the selected tripped breaker. You will see the figures that tripped it and be asked to confirm.</source>
        <translation>Den ausgewählten ausgelösten Schutzschalter wieder scharf schalten. Sie sehen die Kennzahlen, die ihn ausgelöst haben, und werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="154"/>
        <source>Could not read the breakers: %1</source>
        <translation>Die Schutzschalter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="166"/>
        <source>TRIPPED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="166"/>
        <source>armed</source>
        <translation>scharf</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="168"/>
        <source>TRIPPED — reset requested</source>
        <translation>AUSGELÖST — Zurücksetzen angefordert</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="170"/>
        <source>New BUY copies of this scope are blocked (CIRCUIT_BREAKER).</source>
        <translation>Neue BUY-Kopien dieses Buchs sind blockiert (CIRCUIT_BREAKER).</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="171"/>
        <source>Watching: trips when the loss reaches the threshold.</source>
        <translation>Überwacht: löst aus, wenn der Verlust die Schwelle erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="185"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="197"/>
        <source>All breakers armed.</source>
        <translation>Alle Schutzschalter scharf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/BreakersDock.cpp" line="198"/>
        <source>%n breaker(s) tripped</source>
        <translation>
            <numerusform>%n Schutzschalter ausgelöst</numerusform>
            <numerusform>%n Schutzschalter ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="219"/>
        <source>the global book (EXEC_GLOBAL)</source>
        <translation>das globale Buch (EXEC_GLOBAL)</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="220"/>
        <source>%1&apos;s own book (EXEC_USER)</source>
        <translation>das eigene Buch von %1 (EXEC_USER)</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="221"/>
        <source>Reset breaker</source>
        <translation>Schutzschalter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="222"/>
        <source>Reset the %1 breaker of %2?</source>
        <translation>Schutzschalter „%1“ für %2 zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="226"/>
        <source>It tripped at %1 UTC with equity %2 against a reference of %3 (%4): a loss of %5, threshold %6.</source>
        <translation>Er löste um %1 UTC aus, bei Eigenkapital %2 gegenüber einer Referenz von %3 (%4): ein Verlust von %5, Schwelle %6.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="232"/>
        <source>The reset re-arms it and sets the peak to the equity at the reset.</source>
        <translation>Das Zurücksetzen schaltet ihn wieder scharf und setzt den Höchststand auf das Eigenkapital zum Zeitpunkt des Zurücksetzens.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="233"/>
        <source>The reset re-arms it; the reference stays the period&apos;s start equity.</source>
        <translation>Das Zurücksetzen schaltet ihn wieder scharf; Referenz bleibt das Eigenkapital zu Beginn der Periode.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="235"/>
        <source>New BUY copies of this scope resume with its next decision.</source>
        <translation>Neue BUY-Kopien dieses Buchs setzen mit seiner nächsten Entscheidung wieder ein.</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="236"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="238"/>
        <source>Keep tripped</source>
        <translation>Ausgelöst lassen</translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="248"/>
        <source>Reset of the %1 breaker requested; the engine applies it before the scope&apos;s next decision.</source>
        <translation>Zurücksetzen des Schutzschalters „%1“ angefordert; die Engine wendet es vor der nächsten Entscheidung des Buchs an.</translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigDock</name>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="75"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="81"/>
        <source>Changes are stored with Apply. A running engine takes a saved configuration at its next start (stop and start it to use the new values).</source>
        <translation>Änderungen werden mit „Übernehmen“ gespeichert. Eine laufende Engine übernimmt eine gespeicherte Konfiguration beim nächsten Start (stoppen und starten Sie sie, um die neuen Werte zu verwenden).</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="86"/>
        <source>The engine reads its configuration when it starts; it does not change settings mid-run.</source>
        <translation>Die Engine liest ihre Konfiguration beim Start; sie ändert Einstellungen nicht während des Laufs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="95"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="96"/>
        <source>Values every wallet uses unless it overrides them. The kill switch and pause are on the toolbar.</source>
        <translation>Werte, die jede Wallet verwendet, sofern sie sie nicht überschreibt. Notaus und Pause befinden sich in der Werkzeugleiste.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="103"/>
        <source>Wallet:</source>
        <translation>Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="106"/>
        <source>The followed wallet whose overrides are shown.</source>
        <translation>Die gefolgte Wallet, deren Überschreibungen angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="111"/>
        <source>Check Override to give this wallet its own value; unchecked keys follow the global value. In the global scope the portfolio-wide keys (total and market exposure, trade vs equity, breakers) always take the global value.</source>
        <translation>„Überschreiben“ ankreuzen, um dieser Wallet einen eigenen Wert zu geben; nicht angekreuzte Schlüssel folgen dem globalen Wert. Im globalen Buch gilt für die portfolioweiten Schlüssel (Gesamt- und Marktrisiko, Trade ggü. Eigenkapital, Schutzschalter) immer der globale Wert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="120"/>
        <source>Per-wallet overrides</source>
        <translation>Überschreibungen pro Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="121"/>
        <source>Each followed wallet&apos;s own values for some keys.</source>
        <translation>Eigene Werte jeder gefolgten Wallet für einzelne Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="130"/>
        <source>Replays the profile&apos;s capture of the last 24 hours — every record stamped within 24 h before the newest captured record, after the books, markets, fee rates and switches recorded before it — under the stored configuration and under the one in these fields. Both start from their bankrolls at the window start. The kill switch and pause in force now are not applied; switches recorded in the capture are.</source>
        <translation>Spielt die Aufzeichnung des Profils der letzten 24 Stunden ab — jeden Datensatz mit Zeitstempel innerhalb von 24 h vor dem neuesten aufgezeichneten Datensatz, nach den zuvor aufgezeichneten Orderbüchern, Märkten, Gebührensätzen und Schaltern — einmal mit der gespeicherten Konfiguration und einmal mit der in diesen Feldern. Beide starten zu Beginn des Zeitraums mit ihrem Kapitalstock. Der aktuell wirksame Notaus und die Pause werden nicht angewendet; in der Aufzeichnung erfasste Schalter schon.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="140"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="188"/>
        <source>Test config</source>
        <translation>Konfiguration testen</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="142"/>
        <source>Replay the last 24 h of capture under the current and the candidate configuration and compare them. Nothing is stored.</source>
        <translation>Die letzten 24 h der Aufzeichnung mit der aktuellen und der Kandidaten-Konfiguration abspielen und vergleichen. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="144"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="146"/>
        <source>Stop the running test.</source>
        <translation>Den laufenden Test abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="154"/>
        <source>Reading the capture, then replaying it twice.</source>
        <translation>Aufzeichnung wird gelesen und dann zweimal abgespielt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Executed (current)</source>
        <translation>Ausgeführt (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Executed (candidate)</source>
        <translation>Ausgeführt (Kandidat)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>Skipped (current)</source>
        <translation>Übersprungen (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>Skipped (candidate)</source>
        <translation>Übersprungen (Kandidat)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>PnL (current)</source>
        <translation>G/V (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="167"/>
        <source>PnL (candidate)</source>
        <translation>G/V (Kandidat)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="172"/>
        <source>Copy attempts executed and skipped in each executable scope, and the scope&apos;s PnL (equity at the end of the replay minus its bankroll), under each configuration.</source>
        <translation>Ausgeführte und übersprungene Kopierversuche in jedem ausführbaren Buch sowie der Gewinn/Verlust des Buchs (Eigenkapital am Ende der Wiedergabe minus Kapitalstock), je Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Skip reason</source>
        <translation>Überspringgrund</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="181"/>
        <source>How often each skip reason fired under each configuration (all scopes).</source>
        <translation>Wie oft jeder Überspringgrund je Konfiguration auftrat (alle Bücher).</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="189"/>
        <source>What-if replay of the candidate configuration over the last 24 h of capture.</source>
        <translation>Was-wäre-wenn-Wiedergabe der Kandidaten-Konfiguration über die letzten 24 h der Aufzeichnung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="199"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="201"/>
        <source>Load a configuration JSON file into the fields (stored only with Apply). A file that does not validate changes nothing.</source>
        <translation>Eine Konfigurations-JSON-Datei in die Felder laden (gespeichert erst mit „Übernehmen“). Eine ungültige Datei ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="203"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="205"/>
        <source>Save the configuration in the fields as JSON (the file `slipstream-cli replay --config` reads).</source>
        <translation>Die Konfiguration in den Feldern als JSON speichern (die Datei, die `slipstream-cli replay --config` liest).</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="207"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="209"/>
        <source>Drop the edits and show the stored configuration.</source>
        <translation>Die Änderungen verwerfen und die gespeicherte Konfiguration anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="210"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="212"/>
        <source>Store the configuration in the fields. A running engine takes it at its next start.</source>
        <translation>Die Konfiguration in den Feldern speichern. Eine laufende Engine übernimmt sie beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="226"/>
        <source>Test config failed: %1</source>
        <translation>Konfigurationstest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="231"/>
        <source>Test config cancelled.</source>
        <translation>Konfigurationstest abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="243"/>
        <source>Reverted to the stored configuration.</source>
        <translation>Auf die gespeicherte Konfiguration zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="256"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="418"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="422"/>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="270"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="535"/>
        <source>Could not read the stored configuration: %1</source>
        <translation>Die gespeicherte Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="357"/>
        <source>Wallet %1: %2</source>
        <translation>Wallet %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="400"/>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="426"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="438"/>
        <source>Saved. A running engine takes the new configuration at its next start.</source>
        <translation>Gespeichert. Eine laufende Engine übernimmt die neue Konfiguration beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="446"/>
        <source>The stored configuration changed elsewhere; Revert shows it (your edits are kept until then).</source>
        <translation>Die gespeicherte Konfiguration wurde anderswo geändert; „Verwerfen“ zeigt sie an (Ihre Änderungen bleiben bis dahin erhalten).</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="454"/>
        <source>Import of %1 failed, nothing was changed: %2</source>
        <translation>Import von %1 fehlgeschlagen, nichts wurde geändert: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="482"/>
        <source>Imported %1. Review the values and Apply to store them.</source>
        <translation>%1 importiert. Prüfen Sie die Werte und speichern Sie sie mit „Übernehmen“.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="490"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="495"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="500"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="503"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="509"/>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="510"/>
        <source>Configuration JSON (*.json);;All files (*)</source>
        <translation>Konfigurations-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="517"/>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="519"/>
        <source>Configuration JSON (*.json)</source>
        <translation>Konfigurations-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="530"/>
        <source>Test config needs a valid configuration: %1</source>
        <translation>Der Konfigurationstest benötigt eine gültige Konfiguration: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="540"/>
        <source>No capture is stored in this profile yet; the terminal records one while the engine runs.</source>
        <translation>In diesem Profil ist noch keine Aufzeichnung gespeichert; das Terminal zeichnet auf, während die Engine läuft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="550"/>
        <source>Testing the candidate configuration…</source>
        <translation>Kandidaten-Konfiguration wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="565"/>
        <source>The capture holds no records.</source>
        <translation>Die Aufzeichnung enthält keine Datensätze.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="567"/>
        <source>Window: %1 to %2 UTC, %3 records (24 h before the newest captured record), after %4 earlier book, market, fee and control records. Read from %5 capture file(s).</source>
        <translation>Zeitraum: %1 bis %2 UTC, %3 Datensätze (24 h vor dem neuesten aufgezeichneten Datensatz), nach %4 früheren Orderbuch-, Markt-, Gebühren- und Steuerungsdatensätzen. Gelesen aus %5 Aufzeichnungsdatei(en).</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="590"/>
        <source>All executable scopes</source>
        <translation>Alle ausführbaren Bücher</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="590"/>
        <source>Every attempt of the global and the per-wallet scopes.</source>
        <translation>Jeder Versuch des globalen Buchs und der Wallet-Bücher.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="607"/>
        <source>Global (EXEC_GLOBAL)</source>
        <translation>Global (EXEC_GLOBAL)</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="608"/>
        <source>The global book, all wallets together.</source>
        <translation>Das globale Buch, alle Wallets zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="612"/>
        <source>Wallet %1</source>
        <translation>Wallet %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="613"/>
        <source>The own executable scope (EXEC_USER) of wallet %1.</source>
        <translation>Das eigene ausführbare Buch (EXEC_USER) der Wallet %1.</translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="638"/>
        <source>Test config finished: %1 executed and %2 skipped under the current configuration, %3 and %4 under the candidate.</source>
        <translation>Konfigurationstest abgeschlossen: %1 ausgeführt und %2 übersprungen mit der aktuellen Konfiguration, %3 und %4 mit dem Kandidaten.</translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigKeyEditor</name>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="43"/>
        <source>Key: %1. Allowed: %2.</source>
        <translation>Schlüssel: %1. Erlaubt: %2.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="45"/>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="47"/>
        <source>Checked: this wallet uses its own value. Unchecked: it follows the global value.</source>
        <translation>Angekreuzt: Diese Wallet verwendet ihren eigenen Wert. Nicht angekreuzt: Sie folgt dem globalen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="69"/>
        <source>the market&apos;s rate</source>
        <translation>Satz des Markts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="71"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="92"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="93"/>
        <source>Remove this key from the configuration: the engine uses its default.</source>
        <translation>Diesen Schlüssel aus der Konfiguration entfernen: Die Engine verwendet ihren Standardwert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="187"/>
        <source>%1: must be %2</source>
        <translation>%1: muss %2 sein</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="195"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="197"/>
        <source>Default. Allowed: %1</source>
        <translation>Standard. Erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="199"/>
        <source>Follows the global value. Allowed: %1</source>
        <translation>Folgt dem globalen Wert. Erlaubt: %1</translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigWhatIfChart</name>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="25"/>
        <source>Current config</source>
        <translation>Aktuelle Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="27"/>
        <source>Candidate config</source>
        <translation>Kandidaten-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="51"/>
        <source>Equity of the global executable scope in USDC (cash plus positions at their marks), time in UTC: the stored configuration against the candidate over the test window.</source>
        <translation>Eigenkapital des globalen ausführbaren Buchs in USDC (Guthaben plus Positionen zu ihren Marktwerten), Zeit in UTC: die gespeicherte Konfiguration gegenüber dem Kandidaten im Testzeitraum.</translation>
    </message>
</context>
<context>
    <name>slip::ui::DistributionChart</name>
    <message>
        <location filename="../ui/widgets/DistributionChart.cpp" line="53"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>slip::ui::EngineControls</name>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="44"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="125"/>
        <source>KILL SWITCH</source>
        <translation>NOTAUS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="61"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="134"/>
        <source>Pause engine</source>
        <translation>Engine pausieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="65"/>
        <source>Paper / &amp;Live…</source>
        <translation>Papier / &amp;Live…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="67"/>
        <source>Every wallet trades on paper. Switching to live needs the unlocked trading key, venue API credentials and a typed confirmation; live order submission is not available in this build, so nothing is switched.</source>
        <translation>Jede Wallet handelt auf Papier. Der Wechsel zu Live erfordert den entsperrten Handelsschlüssel, API-Zugangsdaten des Handelsplatzes und eine eingetippte Bestätigung; das Senden von Live-Orders ist in dieser Version nicht verfügbar, daher wird nichts umgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="74"/>
        <source>PAPER — live not available in this build</source>
        <translation>PAPIER — Live in dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="84"/>
        <source>DEMO — synthetic data from the embedded sandbox venue; no real money</source>
        <translation>DEMO — synthetische Daten vom eingebetteten Sandbox-Handelsplatz; kein echtes Geld</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="85"/>
        <source>This profile replays a bundled, generated capture through a local copy of the venue&apos;s APIs. Nothing here is real trading.</source>
        <translation>Dieses Profil spielt eine mitgelieferte, generierte Aufzeichnung über eine lokale Nachbildung der APIs des Handelsplatzes ab. Nichts davon ist echter Handel.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="106"/>
        <source>LIVE — real orders with real money</source>
        <translation>LIVE — echte Orders mit echtem Geld</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="119"/>
        <source>KILL SWITCH ENGAGED — Release…</source>
        <translation>NOTAUS AKTIV — Lösen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="120"/>
        <source>The kill switch is engaged: no new orders of any kind. Click (or Ctrl+Shift+K) to release it; you will be asked to confirm.</source>
        <translation>Der Notaus ist aktiv: keine neuen Orders jeglicher Art. Klicken (oder Strg+Umschalt+K), um ihn zu lösen; Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="122"/>
        <source>KILL SWITCH ENGAGED — no new orders of any kind until it is released (toolbar button or Ctrl+Shift+K).</source>
        <translation>NOTAUS AKTIV — keine neuen Orders jeglicher Art, bis er gelöst wird (Schaltfläche in der Werkzeugleiste oder Strg+Umschalt+K).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="126"/>
        <source>Stop all copying at once: no new orders of any kind (Ctrl+Shift+K). Takes effect immediately, without confirmation.</source>
        <translation>Sämtliches Kopieren sofort stoppen: keine neuen Orders jeglicher Art (Strg+Umschalt+K). Wirkt sofort, ohne Bestätigung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="134"/>
        <source>Resume engine</source>
        <translation>Engine fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="135"/>
        <source>Resume copying. Trades seen while paused were skipped (ENGINE_PAUSED).</source>
        <translation>Kopieren fortsetzen. Während der Pause erkannte Trades wurden übersprungen (ENGINE_PAUSED).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="136"/>
        <source>Stop copying new trades; trades are still tracked and skipped with ENGINE_PAUSED. Open positions stay as they are.</source>
        <translation>Keine neuen Trades mehr kopieren; Trades werden weiter verfolgt und mit ENGINE_PAUSED übersprungen. Offene Positionen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="138"/>
        <source>Engine paused — trades are tracked but not copied.</source>
        <translation>Engine pausiert — Trades werden verfolgt, aber nicht kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="171"/>
        <source>Could not engage the kill switch: %1</source>
        <translation>Der Notaus konnte nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="179"/>
        <source>Release kill switch</source>
        <translation>Notaus lösen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="180"/>
        <source>Release the kill switch and allow new orders again?</source>
        <translation>Den Notaus lösen und wieder neue Orders erlauben?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="182"/>
        <source>Copying resumes with the next trade of a followed wallet.</source>
        <translation>Das Kopieren setzt mit dem nächsten Trade einer gefolgten Wallet wieder ein.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="183"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="185"/>
        <source>Keep engaged</source>
        <translation>Aktiv lassen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="191"/>
        <source>Could not release the kill switch: %1</source>
        <translation>Der Notaus konnte nicht gelöst werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="202"/>
        <source>Could not pause the engine: %1</source>
        <translation>Die Engine konnte nicht pausiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="203"/>
        <source>Could not resume the engine: %1</source>
        <translation>Die Engine konnte nicht fortgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>slip::ui::EquityChartView</name>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="25"/>
        <source>Equity (USDC)</source>
        <translation>Eigenkapital (USDC)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="48"/>
        <source>Equity of the global book in USDC (cash plus positions at their marks), time in UTC. Wheel or +/− zoom, drag pans, Shift+drag zooms to a range, double-click or 0 resets.</source>
        <translation>Eigenkapital des globalen Buchs in USDC (Guthaben plus Positionen zu ihren Marktwerten), Zeit in UTC. Mausrad oder +/− zoomen, Ziehen verschiebt, Umschalt+Ziehen zoomt auf einen Bereich, Doppelklick oder 0 setzt zurück.</translation>
    </message>
</context>
<context>
    <name>slip::ui::LiveModeDialog</name>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="33"/>
        <source>every wallet</source>
        <translation>alle Wallets</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="35"/>
        <source>Switch to live trading</source>
        <translation>Zu Live-Handel wechseln</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="38"/>
        <source>&lt;b&gt;Live trading for %1.&lt;/b&gt;&lt;br&gt;Live mode sends real, signed orders with real money. It needs the trading key unlocked from the keystore, the venue&apos;s API credentials, and your typed confirmation.</source>
        <translation>&lt;b&gt;Live-Handel für %1.&lt;/b&gt;&lt;br&gt;Der Live-Modus sendet echte, signierte Orders mit echtem Geld. Er erfordert den aus dem Schlüsselspeicher entsperrten Handelsschlüssel, die API-Zugangsdaten des Handelsplatzes und Ihre eingetippte Bestätigung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="47"/>
        <source>Live order submission is not available in this build. The checks below run for real, but even when they all pass nothing is switched: every wallet keeps trading on paper.</source>
        <translation>Das Senden von Live-Orders ist in dieser Version nicht verfügbar. Die folgenden Prüfungen laufen wirklich, aber selbst wenn alle bestehen, wird nichts umgeschaltet: Jede Wallet handelt weiter auf Papier.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="64"/>
        <source>The passphrase of the keystore in the data directory. It is used once to unlock the key for the check and is not kept.</source>
        <translation>Die Passphrase des Schlüsselspeichers im Datenverzeichnis. Sie wird einmalig zum Entsperren des Schlüssels für die Prüfung verwendet und nicht aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="66"/>
        <source>Keystore &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüsselspeichers:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="70"/>
        <source>Type %1 exactly.</source>
        <translation>Genau %1 eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="71"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="81"/>
        <source>Check and &amp;arm live</source>
        <translation>Prüfen und Live &amp;scharf schalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="106"/>
        <source>keystore present</source>
        <translation>Schlüsselspeicher vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="108"/>
        <source>key unlocked with the passphrase</source>
        <translation>Schlüssel mit der Passphrase entsperrt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="110"/>
        <source>venue API credentials stored</source>
        <translation>API-Zugangsdaten des Handelsplatzes gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="111"/>
        <source>typed confirmation</source>
        <translation>Bestätigung eingetippt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="112"/>
        <source>live mode switched on</source>
        <translation>Live-Modus eingeschaltet</translation>
    </message>
</context>
<context>
    <name>slip::ui::LogDock</name>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="17"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="25"/>
        <source>Show lines at this level and above. What is logged at all is set with --log-level.</source>
        <translation>Zeilen ab dieser Stufe anzeigen. Was überhaupt protokolliert wird, legt --log-level fest.</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="26"/>
        <source>Trace and up</source>
        <translation>Trace und höher</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="27"/>
        <source>Debug and up</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="28"/>
        <source>Info and up</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="29"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="30"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="34"/>
        <source>Search messages and categories</source>
        <translation>Meldungen und Kategorien durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="36"/>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="38"/>
        <source>Keep the newest line in view.</source>
        <translation>Die neueste Zeile im Blick behalten.</translation>
    </message>
</context>
<context>
    <name>slip::ui::LogModel</name>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="98"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="99"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="100"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="101"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>slip::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Slipstream — %1</source>
        <translation>Slipstream — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Slipstream</source>
        <translation>Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Slipstream — DEMO — %1</source>
        <translation>Slipstream — DEMO — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Lock Layout</source>
        <translation>Layout &amp;sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;About Slipstream</source>
        <translation>&amp;Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>About Slipstream</source>
        <translation>Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;A copy-trading terminal.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;Ein Copy-Trading-Terminal.&lt;br&gt;Daten: %2</translation>
    </message>
</context>
<context>
    <name>slip::ui::MarketsDock</name>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="65"/>
        <source>Markets</source>
        <translation>Märkte</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="74"/>
        <source>Global book</source>
        <translation>Globales Buch</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="75"/>
        <source>Wallet books</source>
        <translation>Wallet-Bücher</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="76"/>
        <source>Whose decisions and positions: the global book (EXEC_GLOBAL) or the per-wallet books (EXEC_USER) together.</source>
        <translation>Wessen Entscheidungen und Positionen: das globale Buch (EXEC_GLOBAL) oder die Wallet-Bücher (EXEC_USER) zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="80"/>
        <source>Look-back window of the decisions, ending at the newest stored attempt.</source>
        <translation>Rückblickzeitraum der Entscheidungen, endet beim neuesten gespeicherten Versuch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="83"/>
        <source>&amp;Book:</source>
        <translation>&amp;Buch:</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="85"/>
        <source>W&amp;indow:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="87"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="473"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="480"/>
        <source>&amp;Blacklist</source>
        <translation>&amp;Sperrliste</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="89"/>
        <source>Add the selected market to the configuration&apos;s blacklist (no new buys in it, MARKET_BLACKLISTED), or take it off. Sells of positions held stay allowed. The engine applies the change at its next start.</source>
        <translation>Den ausgewählten Markt auf die Sperrliste der Konfiguration setzen (keine neuen Käufe darin, MARKET_BLACKLISTED) oder davon entfernen. Verkäufe gehaltener Positionen bleiben erlaubt. Die Engine wendet die Änderung beim nächsten Start an.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Outcomes</source>
        <translation>Ausgänge</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Spread</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Depth in band</source>
        <translation>Tiefe im Preisband</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="105"/>
        <source>Cost</source>
        <translation>Einstandswert</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="105"/>
        <source>Blacklisted</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="107"/>
        <source>The market&apos;s question (its condition id when the market&apos;s details are not stored yet).</source>
        <translation>Die Frage des Markts (seine Condition-ID, solange die Details des Markts noch nicht gespeichert sind).</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="108"/>
        <source>The market&apos;s outcome tokens.</source>
        <translation>Die Ausgangs-Token des Markts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="109"/>
        <source>Open, closed (no new copies: MARKET_CLOSED) or resolved with the winning outcome.</source>
        <translation>Offen, geschlossen (keine neuen Kopien: MARKET_CLOSED) oder aufgelöst mit dem Gewinnerausgang.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="110"/>
        <source>Decisions on this market&apos;s tokens in the window.</source>
        <translation>Entscheidungen zu den Token dieses Markts im Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="111"/>
        <source>Decisions that executed.</source>
        <translation>Ausgeführte Entscheidungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="112"/>
        <source>Best ask minus best bid of the book at the newest decision that saw a two-sided book (stage D). A spread wider than max_spread skips with SPREAD_TOO_WIDE.</source>
        <translation>Bester Briefkurs minus bester Geldkurs des Orderbuchs bei der neuesten Entscheidung mit beidseitigem Orderbuch (Stufe D). Eine Spanne größer als max_spread wird mit SPREAD_TOO_WIDE übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="114"/>
        <source>USDC on the book inside the price bound (their price plus max_worse_than_fill, capped by the mid plus max_chase_vs_mid) at the newest decision that recorded it; below min_depth_bps of the target skips with INSUFFICIENT_DEPTH. — when no decision trace with stage D is stored.</source>
        <translation>USDC im Orderbuch innerhalb der Preisgrenze (ihr Preis plus max_worse_than_fill, begrenzt durch Mittelkurs plus max_chase_vs_mid) bei der neuesten Entscheidung, die sie erfasst hat; unter min_depth_bps des Ziels wird mit INSUFFICIENT_DEPTH übersprungen. — wenn keine Entscheidungsspur mit Stufe D gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="117"/>
        <source>Mean slippage of our executions: our VWAP against the followed wallet&apos;s price in bps, positive is worse for us.</source>
        <translation>Mittlere Slippage unserer Ausführungen: unser VWAP gegenüber dem Preis der gefolgten Wallet in bps, positiv ist schlechter für uns.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="119"/>
        <source>Open positions of this book in the market&apos;s tokens.</source>
        <translation>Offene Positionen dieses Buchs in den Token des Markts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="120"/>
        <source>Cost basis of those positions, USDC.</source>
        <translation>Einstandswert dieser Positionen, USDC.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="121"/>
        <source>Checked: the condition id is in the configuration&apos;s blacklist (no new buys). Toggle with the checkbox, Space, or the Blacklist button.</source>
        <translation>Angekreuzt: Die Condition-ID steht auf der Sperrliste der Konfiguration (keine neuen Käufe). Umschalten mit dem Kontrollkästchen, der Leertaste oder der Schaltfläche „Sperrliste“.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="137"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="474"/>
        <source>Select a market to see its decisions and our slippage.</source>
        <translation>Einen Markt auswählen, um seine Entscheidungen und unsere Slippage zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="141"/>
        <source>Slippage (bps)</source>
        <translation>Slippage (bps)</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="143"/>
        <source>Our slippage on each execution in the selected market over time (UTC): our VWAP against the followed wallet&apos;s price, in bps; positive is worse for us.</source>
        <translation>Unsere Slippage bei jeder Ausführung im ausgewählten Markt über die Zeit (UTC): unser VWAP gegenüber dem Preis der gefolgten Wallet, in bps; positiv ist schlechter für uns.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Decision time (UTC)</source>
        <translation>Entscheidungszeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Mid</source>
        <translation>Mittelkurs</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="149"/>
        <source>The newest decisions (up to %1) on the selected market with the book each saw.</source>
        <translation>Die neuesten Entscheidungen (bis zu %1) im ausgewählten Markt mit dem jeweils gesehenen Orderbuch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="195"/>
        <source>Blacklist saved; the engine applies it at its next start.</source>
        <translation>Sperrliste gespeichert; die Engine wendet sie beim nächsten Start an.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="286"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="328"/>
        <source>Could not read the decisions: %1</source>
        <translation>Die Entscheidungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="293"/>
        <source>Figures cover the newest %1 decisions of this window.</source>
        <translation>Die Kennzahlen umfassen die neuesten %1 Entscheidungen dieses Zeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="349"/>
        <source>Could not read positions: %1</source>
        <translation>Positionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="360"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="387"/>
        <source>Could not read the configuration: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="406"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="410"/>
        <source>The blacklist was not changed: %1</source>
        <translation>Die Sperrliste wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="414"/>
        <source>Adding %1 to the blacklist…</source>
        <translation>%1 wird zur Sperrliste hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="414"/>
        <source>Removing %1 from the blacklist…</source>
        <translation>%1 wird von der Sperrliste entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="434"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="436"/>
        <source>Resolved: %1</source>
        <translation>Aufgelöst: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="438"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="439"/>
        <source>Ends %1</source>
        <translation>Endet %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="446"/>
        <source>%1 shares</source>
        <translation>%1 Anteile</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="452"/>
        <source>Blacklisted: no new buys in this market. Uncheck to allow them.</source>
        <translation>Gesperrt: keine neuen Käufe in diesem Markt. Häkchen entfernen, um sie zu erlauben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="453"/>
        <source>Check to blacklist this market (no new buys).</source>
        <translation>Ankreuzen, um diesen Markt zu sperren (keine neuen Käufe).</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="464"/>
        <source>No decisions or positions in this book and window yet.</source>
        <translation>Noch keine Entscheidungen oder Positionen in diesem Buch und Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="480"/>
        <source>Remove from &amp;blacklist</source>
        <translation>Von der &amp;Sperrliste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="493"/>
        <source>%1 — %2 decisions, %3 executions with a slippage figure.</source>
        <translation>%1 — %2 Entscheidungen, %3 Ausführungen mit Slippage-Wert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="501"/>
        <source>Attempt #%1</source>
        <translation>Versuch Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="505"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="505"/>
        <source>SKIP: %1</source>
        <translation>ÜBERSPRINGEN: %1</translation>
    </message>
</context>
<context>
    <name>slip::ui::OverviewDock</name>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="72"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="92"/>
        <source>Equity of the global book: cash plus every position at its mark.</source>
        <translation>Eigenkapital des globalen Buchs: Guthaben plus jede Position zu ihrem Marktwert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="93"/>
        <source>Equity change since the start of the current UTC day.</source>
        <translation>Veränderung des Eigenkapitals seit Beginn des aktuellen UTC-Tages.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="94"/>
        <source>Equity change over the last 7 days (or since the first snapshot).</source>
        <translation>Veränderung des Eigenkapitals in den letzten 7 Tagen (oder seit dem ersten Schnappschuss).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="95"/>
        <source>How far equity is below its peak, as a share of the peak.</source>
        <translation>Wie weit das Eigenkapital unter seinem Höchststand liegt, als Anteil des Höchststands.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="96"/>
        <source>Market value of the open positions (the money at risk).</source>
        <translation>Marktwert der offenen Positionen (das eingesetzte Kapital).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="97"/>
        <source>Realized and unrealized PnL of the global book.</source>
        <translation>Realisierter und unrealisierter Gewinn/Verlust des globalen Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="99"/>
        <source>Closed trades (sells, merges, settlements) that realized a gain, out of all that realized PnL in the global book.</source>
        <translation>Abgeschlossene Trades (Verkäufe, Zusammenführungen, Abrechnungen) mit realisiertem Gewinn, von allen, die im globalen Buch Gewinn/Verlust realisiert haben.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Exposure</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="104"/>
        <source>Realized / unrealized</source>
        <translation>Realisiert / unrealisiert</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>1D</source>
        <translation>1T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>7D</source>
        <translation>7T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>30D</source>
        <translation>30T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="124"/>
        <source>Show this much history, ending at the newest snapshot.</source>
        <translation>So viel Verlauf zeigen, endend beim neuesten Schnappschuss.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="130"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="141"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="142"/>
        <source>Markets the global book holds, largest exposure first.</source>
        <translation>Märkte, die das globale Buch hält, größtes Risiko zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="143"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="144"/>
        <source>Followed wallets whose copied lots the global book holds, largest first.</source>
        <translation>Gefolgte Wallets, deren kopierte Posten das globale Buch hält, größte zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>No snapshots of the global book yet.</source>
        <translation>Noch keine Schnappschüsse des globalen Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>Could not read PnL: %1</source>
        <translation>Gewinn/Verlust konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="219"/>
        <source>%1 of %2 closed trades realized a gain (sells, merges, settlements of the global book).</source>
        <translation>%1 von %2 abgeschlossenen Trades haben einen Gewinn realisiert (Verkäufe, Zusammenführungen, Abrechnungen des globalen Buchs).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="229"/>
        <source>How far equity is below its peak (%1), as a share of the peak.</source>
        <translation>Wie weit das Eigenkapital unter seinem Höchststand (%1) liegt, als Anteil des Höchststands.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="232"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>as of %1 UTC</source>
        <translation>Stand %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="248"/>
        <source>Could not read the equity curve: %1</source>
        <translation>Die Eigenkapitalkurve konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="263"/>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="274"/>
        <source>%1
%2 open positions</source>
        <translation>%1
%2 offene Positionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="275"/>
        <source>%1
condition %2
%3 open positions</source>
        <translation>%1
Condition %2
%3 offene Positionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="282"/>
        <source>%1 of the positions have no mark yet and are valued at cost.</source>
        <translation>%1 der Positionen haben noch keinen Marktwert und sind zum Einstandswert bewertet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="301"/>
        <source>Breakers: ?</source>
        <translation>Schutzschalter: ?</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="302"/>
        <source>Could not read the circuit breakers: %1</source>
        <translation>Die Schutzschalter konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="309"/>
        <source>%1 %2 — loss %3 (limit %4) since %5 UTC</source>
        <translation>%1 %2 — Verlust %3 (Limit %4) seit %5 UTC</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="310"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="315"/>
        <source>Breakers armed</source>
        <translation>Schutzschalter scharf</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="317"/>
        <source>No loss or drawdown circuit breaker is tripped (%1 watched).</source>
        <translation>Kein Verlust- oder Drawdown-Schutzschalter hat ausgelöst (%1 überwacht).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/OverviewDock.cpp" line="320"/>
        <source>%n breaker(s) TRIPPED</source>
        <translation>
            <numerusform>%n SCHUTZSCHALTER AUSGELÖST</numerusform>
            <numerusform>%n SCHUTZSCHALTER AUSGELÖST</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="323"/>
        <source>Tripped circuit breakers (no new buys in that scope until reset):
%1</source>
        <translation>Ausgelöste Schutzschalter (keine neuen Käufe in diesem Buch bis zum Zurücksetzen):
%1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="331"/>
        <source>KILL SWITCH ENGAGED</source>
        <translation>NOTAUS AKTIV</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="347"/>
        <source>Engine paused</source>
        <translation>Engine pausiert</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="349"/>
        <source>Engine running (%1)</source>
        <translation>Engine läuft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="334"/>
        <source>No new orders of any kind until the kill switch is released.</source>
        <translation>Keine neuen Orders jeglicher Art, bis der Notaus gelöst wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="53"/>
        <source>USDC</source>
        <translation>USDC</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="53"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="56"/>
        <source>Market value of the open positions: shares at their mark (at cost when no mark yet).</source>
        <translation>Marktwert der offenen Positionen: Anteile zu ihrem Marktwert (zum Einstandswert, solange kein Marktwert vorliegt).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="57"/>
        <source>Share of the global book&apos;s equity.</source>
        <translation>Anteil am Eigenkapital des globalen Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="336"/>
        <source>Kill switch off</source>
        <translation>Notaus aus</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="338"/>
        <source>Copies are allowed (subject to every other check).</source>
        <translation>Kopien sind erlaubt (vorbehaltlich aller anderen Prüfungen).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="345"/>
        <source>Engine not running</source>
        <translation>Engine läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="352"/>
        <source>Lag %1 s</source>
        <translation>Rückstand %1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="353"/>
        <source>How far the engine&apos;s processed stream time is behind the time its health was taken; %1 groups wait for their decision time.</source>
        <translation>Wie weit die verarbeitete Datenstromzeit der Engine hinter dem Zeitpunkt ihrer Zustandsmeldung liegt; %1 Gruppen warten auf ihren Entscheidungszeitpunkt.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="357"/>
        <source>Lag —</source>
        <translation>Rückstand —</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="358"/>
        <source>No engine running, so no lag to report.</source>
        <translation>Keine Engine läuft, daher kein Rückstand zu melden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="360"/>
        <source>Stream time %1 UTC · last event %2 UTC · %3 groups waiting · write queue %4</source>
        <translation>Datenstromzeit %1 UTC · letztes Ereignis %2 UTC · %3 Gruppen wartend · Schreibwarteschlange %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="369"/>
        <source>%1: %2, last message %3, %4 reconnects, %5 errors, %6 rate-limited%7</source>
        <translation>%1: %2, letzte Nachricht %3, %4 Neuverbindungen, %5 Fehler, %6 mal gedrosselt%7</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="370"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="370"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="371"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="371"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="375"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="377"/>
        <source>No feeds reported</source>
        <translation>Keine Datenquellen gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="377"/>
        <source>Feeds: %1</source>
        <translation>Datenquellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="378"/>
        <source>The engine has not reported its feeds yet.</source>
        <translation>Die Engine hat ihre Datenquellen noch nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsDock</name>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="24"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="55"/>
        <source>Equity = cash + market value of the positions at their marks.</source>
        <translation>Eigenkapital = Guthaben + Marktwert der Positionen zu ihren Marktwerten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="56"/>
        <source>&amp;Close position…</source>
        <translation>Position &amp;schließen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="58"/>
        <source>Sell every share of the selected position on paper, against the latest order book (down to the mid minus the max chase). Not available for shadow books or while the kill switch is engaged.</source>
        <translation>Alle Anteile der ausgewählten Position auf Papier verkaufen, gegen das neueste Orderbuch (bis hinunter zum Mittelkurs minus maximalem Abstand). Nicht verfügbar für Schattenbücher oder bei aktivem Notaus.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="61"/>
        <source>Close position…</source>
        <translation>Position schließen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="111"/>
        <source>Could not read positions: %1</source>
        <translation>Positionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="119"/>
        <source>Equity %1 · cash %2 · realized %3 · unrealized %4</source>
        <translation>Eigenkapital %1 · Guthaben %2 · realisiert %3 · unrealisiert %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/PositionsDock.cpp" line="125"/>
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n offene Position</numerusform>
            <numerusform>%n offene Positionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="151"/>
        <source>A shadow book is what the followed wallet holds; it cannot be closed.</source>
        <translation>Ein Schattenbuch zeigt, was die gefolgte Wallet hält; es kann nicht geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="153"/>
        <source>The kill switch is engaged: no orders of any kind, closes included.</source>
        <translation>Der Notaus ist aktiv: keine Orders jeglicher Art, auch keine Schließungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="155"/>
        <source>Select a position to close.</source>
        <translation>Eine Position zum Schließen auswählen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="170"/>
        <location filename="../ui/docks/PositionsDock.cpp" line="192"/>
        <source>Close position</source>
        <translation>Position schließen</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="171"/>
        <source>Sell all %1 shares of %2%3?</source>
        <translation>Alle %1 Anteile von %2%3 verkaufen?</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="178"/>
        <source>Mark %1 · estimated proceeds %2 before fees (cost basis %3, estimated PnL %4).</source>
        <translation>Marktwert %1 · geschätzter Erlös %2 vor Gebühren (Einstandswert %3, geschätzter Gewinn/Verlust %4).</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="182"/>
        <source>No mark yet: the proceeds depend on the order book at the close (cost basis %1).</source>
        <translation>Noch kein Marktwert: Der Erlös hängt vom Orderbuch bei der Schließung ab (Einstandswert %1).</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="186"/>
        <source>Global book: every wallet&apos;s lot of this asset is sold.</source>
        <translation>Globales Buch: Die Posten aller Wallets in diesem Asset werden verkauft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="187"/>
        <source>Global book: only this wallet&apos;s lot is sold.</source>
        <translation>Globales Buch: Nur der Posten dieser Wallet wird verkauft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="188"/>
        <source>This wallet&apos;s own book.</source>
        <translation>Das eigene Buch dieser Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="190"/>
        <source>Paper: the sale walks the latest order book&apos;s bids down to the mid minus the max chase; what the book cannot take stays open.</source>
        <translation>Papier: Der Verkauf arbeitet die Gebote des neuesten Orderbuchs bis zum Mittelkurs minus maximalem Abstand ab; was das Orderbuch nicht aufnehmen kann, bleibt offen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="204"/>
        <source>Close of %1 sent to the engine.</source>
        <translation>Schließung von %1 an die Engine gesendet.</translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsModel</name>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="73"/>
        <source>%1
Asset %2
Condition %3</source>
        <translation>%1
Asset %2
Condition %3</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="74"/>
        <source>Unknown market</source>
        <translation>Unbekannter Markt</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="75"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="77"/>
        <source>Midpoint at %1 UTC</source>
        <translation>Mittelkurs um %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="78"/>
        <source>No mark yet: unrealized PnL is unknown.</source>
        <translation>Noch kein Marktwert: unrealisierter Gewinn/Verlust unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="108"/>
        <source>Shares held in this scope.</source>
        <translation>In diesem Buch gehaltene Anteile.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="109"/>
        <source>Average cost per share: cost basis divided by shares (fees included).</source>
        <translation>Durchschnittskosten pro Anteil: Einstandswert geteilt durch Anteile (inklusive Gebühren).</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="110"/>
        <source>Latest mark: the order book midpoint (fallback: last trade price).</source>
        <translation>Letzter Marktwert: Mittelkurs des Orderbuchs (ersatzweise letzter Handelspreis).</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="111"/>
        <source>Shares times mark, in USDC.</source>
        <translation>Anteile mal Marktwert, in USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="112"/>
        <source>Market value minus cost basis: the profit if sold at the mark.</source>
        <translation>Marktwert minus Einstandswert: der Gewinn bei Verkauf zum Marktwert.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="113"/>
        <source>Profit already locked in by selling, merging or settlement of this asset.</source>
        <translation>Bereits durch Verkauf, Zusammenführung oder Abrechnung dieses Assets gesicherter Gewinn.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="114"/>
        <source>Market value (cost basis without a mark) as a share of the scope&apos;s equity.</source>
        <translation>Marktwert (Einstandswert ohne Marktwert) als Anteil am Eigenkapital des Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="121"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="122"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="123"/>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="124"/>
        <source>Avg cost</source>
        <translation>Ø Kosten</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="125"/>
        <source>Mark</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="126"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="127"/>
        <source>Unrealized</source>
        <translation>Unrealisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="128"/>
        <source>Realized</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="129"/>
        <source>Of equity</source>
        <translation>Am Eigenkapital</translation>
    </message>
</context>
<context>
    <name>slip::ui::ScopeChoice</name>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="16"/>
        <source>Global book</source>
        <translation>Globales Buch</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="17"/>
        <source>One bankroll copying every followed wallet (EXEC_GLOBAL).</source>
        <translation>Ein Kapitalstock kopiert alle gefolgten Wallets (EXEC_GLOBAL).</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="18"/>
        <source>Per-wallet books</source>
        <translation>Wallet-Bücher</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="19"/>
        <source>Each wallet copied alone with its own bankroll (EXEC_USER).</source>
        <translation>Jede Wallet einzeln kopiert mit eigenem Kapitalstock (EXEC_USER).</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="21"/>
        <source>Shadow (the wallet itself)</source>
        <translation>Schatten (die Wallet selbst)</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="22"/>
        <source>What the followed wallet itself did, as we observed it (SHADOW).</source>
        <translation>Was die gefolgte Wallet selbst getan hat, wie wir es beobachtet haben (SHADOW).</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="25"/>
        <source>Which book to show.</source>
        <translation>Welches Buch angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="28"/>
        <source>One followed wallet, or all of them.</source>
        <translation>Eine gefolgte Wallet oder alle.</translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="41"/>
        <source>All wallets</source>
        <translation>Alle Wallets</translation>
    </message>
</context>
<context>
    <name>slip::ui::SkipReasonsDock</name>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="31"/>
        <source>Skip reasons</source>
        <translation>Überspringgründe</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="40"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation>Rückblickzeitraum, endet beim neuesten gespeicherten Versuch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="57"/>
        <source>Skips per reason code. Hover a bar for its meaning; click it to list those attempts.</source>
        <translation>Übersprungene Versuche pro Grundcode. Einen Balken überfahren für seine Bedeutung; anklicken, um diese Versuche aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="194"/>
        <source>Skips</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="66"/>
        <source>Double-click a reason to list those attempts in Copy attempts.</source>
        <translation>Doppelklick auf einen Grund listet diese Versuche unter Kopierversuche auf.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="94"/>
        <source>Counts load when this panel is shown.</source>
        <translation>Die Zählungen werden geladen, wenn dieses Panel angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="127"/>
        <source>Could not read reason counts: %1</source>
        <translation>Grundzählungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="237"/>
        <source>%1 skips; click to list them</source>
        <translation>%1 übersprungen; klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="241"/>
        <source>No skips in this scope and window.</source>
        <translation>Keine übersprungenen Versuche in diesem Buch und Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="242"/>
        <source>%1 reason codes over the skips of this scope and window (an attempt can carry several).</source>
        <translation>%1 Grundcodes über die übersprungenen Versuche dieses Buchs und Zeitraums (ein Versuch kann mehrere tragen).</translation>
    </message>
</context>
<context>
    <name>slip::ui::SystemDock</name>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="62"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="102"/>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="103"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="104"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="101"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="100"/>
        <source>Writer:</source>
        <translation>Schreiber:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="91"/>
        <source>Batches the single database writer has committed, failed, and still has queued.</source>
        <translation>Stapel, die der einzige Datenbank-Schreiber festgeschrieben hat, die fehlgeschlagen sind und die noch warten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="68"/>
        <source>Whether the engine is running, paused or stopped, and on which profile.</source>
        <translation>Ob die Engine läuft, pausiert oder gestoppt ist, und mit welchem Profil.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="71"/>
        <source>The latest capture time the engine has processed, and how far it is behind the time the health was taken (its lag).</source>
        <translation>Die letzte von der Engine verarbeitete Aufzeichnungszeit und wie weit sie hinter dem Zeitpunkt der Zustandsmeldung liegt (ihr Rückstand).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="74"/>
        <source>Detect time of the newest trade of a followed wallet, and how long before the health was taken.</source>
        <translation>Erkennungszeit des neuesten Trades einer gefolgten Wallet und wie lange vor der Zustandsmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="77"/>
        <source>When the last backfill of missed trades (data API) finished.</source>
        <translation>Wann das letzte Nachladen verpasster Trades (Daten-API) abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="79"/>
        <source>Groups waiting for their decision time, attempts waiting for the writer, and batches queued at the database writer. Steady growth means the engine or the disk cannot keep up.</source>
        <translation>Gruppen, die auf ihren Entscheidungszeitpunkt warten, Versuche, die auf den Schreiber warten, und Stapel in der Warteschlange des Datenbank-Schreibers. Stetiges Wachstum bedeutet, dass die Engine oder die Festplatte nicht mithält.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="83"/>
        <source>Bytes the engine has written to this session&apos;s capture journal (every feed payload, so a session can be replayed).</source>
        <translation>Bytes, die die Engine in das Aufzeichnungsjournal dieser Sitzung geschrieben hat (jede Nutzlast der Datenquellen, damit eine Sitzung wiedergegeben werden kann).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="88"/>
        <source>Version of the database schema (migrations applied).</source>
        <translation>Version des Datenbankschemas (angewendete Migrationen).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="89"/>
        <source>Size of the database file on disk (without the WAL).</source>
        <translation>Größe der Datenbankdatei auf der Festplatte (ohne WAL).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="93"/>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="94"/>
        <source>Stream time:</source>
        <translation>Datenstromzeit:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="95"/>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="96"/>
        <source>Last backfill:</source>
        <translation>Letztes Nachladen:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="97"/>
        <source>Queues:</source>
        <translation>Warteschlangen:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="98"/>
        <source>Capture size:</source>
        <translation>Aufzeichnungsgröße:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="99"/>
        <source>Database size:</source>
        <translation>Datenbankgröße:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Feed</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>429s</source>
        <translation>HTTP 429</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="111"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="112"/>
        <source>The venue endpoint or stream the engine reads.</source>
        <translation>Der Endpunkt oder Datenstrom des Handelsplatzes, den die Engine liest.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="113"/>
        <source>Whether the feed is connected (streams) or answering (polled APIs).</source>
        <translation>Ob die Datenquelle verbunden ist (Datenströme) oder antwortet (abgefragte APIs).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="114"/>
        <source>Age of the feed&apos;s last payload when the health was taken.</source>
        <translation>Alter der letzten Nutzlast der Datenquelle zum Zeitpunkt der Zustandsmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="115"/>
        <source>Times the feed reconnected since the engine started.</source>
        <translation>Neuverbindungen der Datenquelle seit dem Start der Engine.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="116"/>
        <source>Failed requests or dropped streams since the engine started.</source>
        <translation>Fehlgeschlagene Anfragen oder abgebrochene Datenströme seit dem Start der Engine.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="117"/>
        <source>HTTP 429 (rate limited) answers since the engine started.</source>
        <translation>HTTP-429-Antworten (gedrosselt) seit dem Start der Engine.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="118"/>
        <source>The feed&apos;s most recent error message.</source>
        <translation>Die letzte Fehlermeldung der Datenquelle.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="120"/>
        <source>The endpoint family a token bucket limits (a request counts against its family, each parent family and the global bucket).</source>
        <translation>Die Endpunktfamilie, die ein Token-Bucket begrenzt (eine Anfrage zählt gegen ihre Familie, jede übergeordnete Familie und den globalen Bucket).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="122"/>
        <source>Requests still allowed in the current window.</source>
        <translation>Im aktuellen Zeitfenster noch erlaubte Anfragen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="123"/>
        <source>Requests allowed per window (the venue&apos;s documented limit).</source>
        <translation>Erlaubte Anfragen pro Zeitfenster (das dokumentierte Limit des Handelsplatzes).</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="124"/>
        <source>Length of the rate-limit window.</source>
        <translation>Länge des Zeitfensters für das Ratenlimit.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="125"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="125"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="126"/>
        <source>A table of the profile&apos;s database.</source>
        <translation>Eine Tabelle der Datenbank des Profils.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="126"/>
        <source>Rows stored in it.</source>
        <translation>Darin gespeicherte Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="127"/>
        <source>Feeds</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="128"/>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="129"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="172"/>
        <source>(stderr only)</source>
        <translation>(nur stderr)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="175"/>
        <source>%1 committed, %2 failed, %3 queued</source>
        <translation>%1 festgeschrieben, %2 fehlgeschlagen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="180"/>
        <source> — last error: %1</source>
        <translation> — letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="197"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="200"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="202"/>
        <source>%1 min %2 s ago</source>
        <translation>vor %1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="203"/>
        <source>%1 h %2 min ago</source>
        <translation>vor %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="206"/>
        <source>Not running (no health stored yet)</source>
        <translation>Läuft nicht (noch keine Zustandsmeldung gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="208"/>
        <source>Stopped (last seen %1 UTC)</source>
        <translation>Gestoppt (zuletzt gesehen %1 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="210"/>
        <source>Running on %1 — kill switch engaged</source>
        <translation>Läuft mit %1 — Notaus aktiv</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="212"/>
        <source>Running on %1 — paused</source>
        <translation>Läuft mit %1 — pausiert</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="214"/>
        <source>Running on %1</source>
        <translation>Läuft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="215"/>
        <source>%1 UTC (lag %2)</source>
        <translation>%1 UTC (Rückstand %2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="217"/>
        <location filename="../ui/docks/SystemDock.cpp" line="269"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="221"/>
        <location filename="../ui/docks/SystemDock.cpp" line="223"/>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="222"/>
        <location filename="../ui/docks/SystemDock.cpp" line="224"/>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="225"/>
        <source>%1 groups waiting, %2 attempts to store, %3 batches at the writer</source>
        <translation>%1 Gruppen wartend, %2 Versuche zu speichern, %3 Stapel beim Schreiber</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="235"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="235"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="244"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="258"/>
        <source>No request has gone out yet.</source>
        <translation>Es wurde noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="259"/>
        <source>No engine running.</source>
        <translation>Keine Engine läuft.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="267"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletDetailDock</name>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="76"/>
        <source>Wallet detail</source>
        <translation>Wallet-Details</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="85"/>
        <source>The followed wallet whose copy performance is shown.</source>
        <translation>Die gefolgte Wallet, deren Kopierergebnis angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="89"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation>Rückblickzeitraum, endet beim neuesten gespeicherten Versuch.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="92"/>
        <source>&amp;Wallet:</source>
        <translation>&amp;Wallet:</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="94"/>
        <source>W&amp;indow:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="108"/>
        <source>Attempts: groups of this wallet&apos;s trades our own book (EXEC_USER) decided on.
Fill rate: attempts that executed, as a share of all attempts.
Partial fills: executions that got fewer shares than the target (the book inside the price bound was too thin), as a share of executions.
Skipped: attempts that were not copied; the reasons are under Distributions.</source>
        <translation>Versuche: Gruppen von Trades dieser Wallet, über die unser eigenes Buch (EXEC_USER) entschieden hat.
Ausführungsquote: ausgeführte Versuche als Anteil aller Versuche.
Teilausführungen: Ausführungen mit weniger Anteilen als das Ziel (das Orderbuch innerhalb der Preisgrenze war zu dünn), als Anteil der Ausführungen.
Übersprungen: nicht kopierte Versuche; die Gründe stehen unter Verteilungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="123"/>
        <source>Shadow PnL</source>
        <translation>Schatten-G/V</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="123"/>
        <source>Executable PnL</source>
        <translation>Ausführbarer G/V</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="126"/>
        <source>Shadow PnL: what the followed wallet&apos;s own trades, at their own prices and full size, have made since we started following it.
Executable PnL: our own book for this wallet (EXEC_USER) — equity minus its bankroll, with our sizing, our fills and our skips.
USDC, one point per minute, time in UTC. Wheel or +/− zoom, ←/→ pan, 0 resets.</source>
        <translation>Schatten-G/V: was die eigenen Trades der gefolgten Wallet zu ihren eigenen Preisen und in voller Größe erzielt haben, seit wir ihr folgen.
Ausführbarer G/V: unser eigenes Buch für diese Wallet (EXEC_USER) — Eigenkapital minus Kapitalstock, mit unserer Bemessung, unseren Ausführungen und unseren übersprungenen Versuchen.
USDC, ein Punkt pro Minute, Zeit in UTC. Mausrad oder +/− zoomen, ←/→ verschieben, 0 setzt zurück.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="130"/>
        <source>Tracking gap</source>
        <translation>Tracking-Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="132"/>
        <source>Tracking gap: shadow PnL minus executable PnL, in USDC, per minute (UTC). Positive means the wallet did better than our copy of it: sizing, skips, slippage and delay.</source>
        <translation>Tracking-Abweichung: Schatten-G/V minus ausführbarer G/V, in USDC, pro Minute (UTC). Positiv heißt, die Wallet schnitt besser ab als unsere Kopie: Bemessung, übersprungene Versuche, Slippage und Verzögerung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="141"/>
        <source>&amp;PnL</source>
        <translation>&amp;G/V</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="165"/>
        <source>executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="166"/>
        <source>Slippage (bps)</source>
        <translation>Slippage (bps)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="167"/>
        <source>Our fill price (VWAP) against the followed wallet&apos;s own average price for the same group, in basis points of their price: (ours − theirs) for buys, (theirs − ours) for sells, so a positive figure is worse for us. Executed buys and sells only.</source>
        <translation>Unser Ausführungspreis (VWAP) gegenüber dem eigenen Durchschnittspreis der gefolgten Wallet für dieselbe Gruppe, in Basispunkten ihres Preises: (unserer − ihrer) bei Käufen, (ihrer − unserer) bei Verkäufen, ein positiver Wert ist also schlechter für uns. Nur ausgeführte Käufe und Verkäufe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="171"/>
        <source>trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="171"/>
        <source>Detection lag</source>
        <translation>Erkennungsverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="172"/>
        <source>Time from the venue&apos;s timestamp of each of the wallet&apos;s trades to the moment Slipstream detected it (the monitor&apos;s polling and the venue&apos;s own delay).</source>
        <translation>Zeit vom Zeitstempel des Handelsplatzes für jeden Trade der Wallet bis zu dem Moment, in dem Slipstream ihn erkannt hat (Abfrageintervall der Überwachung und eigene Verzögerung des Handelsplatzes).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="175"/>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="175"/>
        <source>Decision delay</source>
        <translation>Entscheidungsverzögerung</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="176"/>
        <source>Time from the detection of a group&apos;s first trade to our decision on it: the aggregation window, the configured decision latency and its jitter.</source>
        <translation>Zeit von der Erkennung des ersten Trades einer Gruppe bis zu unserer Entscheidung darüber: Aggregationsfenster, konfigurierte Entscheidungslatenz und deren Jitter.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="179"/>
        <source>skips</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="179"/>
        <source>Skip reasons</source>
        <translation>Überspringgründe</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="180"/>
        <source>How often each reason code stopped a copy of this wallet&apos;s trades (an attempt can carry several). Hover a bar for the code; the Skip reasons panel explains each.</source>
        <translation>Wie oft jeder Grundcode eine Kopie der Trades dieser Wallet verhindert hat (ein Versuch kann mehrere tragen). Einen Balken überfahren für den Code; das Panel „Überspringgründe“ erklärt jeden.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="183"/>
        <source>&amp;Distributions</source>
        <translation>&amp;Verteilungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="190"/>
        <source>Shadow — what the wallet itself holds (SHADOW)</source>
        <translation>Schatten — was die Wallet selbst hält (SHADOW)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="193"/>
        <source>The followed wallet&apos;s positions as we rebuilt them from its trades, at full size.</source>
        <translation>Die Positionen der gefolgten Wallet, wie wir sie aus ihren Trades rekonstruiert haben, in voller Größe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="199"/>
        <source>Executable — our own book for this wallet (EXEC_USER)</source>
        <translation>Ausführbar — unser eigenes Buch für diese Wallet (EXEC_USER)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="202"/>
        <source>Our positions from copying this wallet alone, with our sizing and fills.</source>
        <translation>Unsere Positionen aus dem Kopieren nur dieser Wallet, mit unserer Bemessung und unseren Ausführungen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="207"/>
        <source>P&amp;ositions</source>
        <translation>P&amp;ositionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>USDC</source>
        <translation>USDC</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Filled / target</source>
        <translation>Ausgeführt / Ziel</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="214"/>
        <source>Our VWAP</source>
        <translation>Unser VWAP</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="214"/>
        <source>Slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="216"/>
        <source>The venue&apos;s time of the trade, UTC.</source>
        <translation>Zeit des Trades laut Handelsplatz, UTC.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="217"/>
        <source>BUY or SELL of a token, or SPLIT / MERGE / REDEEM of a market.</source>
        <translation>BUY oder SELL eines Tokens oder SPLIT / MERGE / REDEEM eines Markts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="218"/>
        <source>The market&apos;s question.</source>
        <translation>Die Frage des Markts.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="219"/>
        <source>The outcome token traded.</source>
        <translation>Der gehandelte Ausgangs-Token.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="220"/>
        <source>The wallet&apos;s price per share.</source>
        <translation>Der Preis der Wallet pro Anteil.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="221"/>
        <source>Shares the wallet traded.</source>
        <translation>Von der Wallet gehandelte Anteile.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="222"/>
        <source>USDC the wallet paid or received.</source>
        <translation>Von der Wallet gezahlte oder erhaltene USDC.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="223"/>
        <source>Detection lag: from the venue&apos;s time to our detection.</source>
        <translation>Erkennungsverzögerung: von der Zeit des Handelsplatzes bis zu unserer Erkennung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="224"/>
        <source>What our own book (EXEC_USER) did with the group this trade joined: EXECUTE, or SKIP with the reason codes. — when no decision is stored yet (or the trade was not copyable).</source>
        <translation>Was unser eigenes Buch (EXEC_USER) mit der Gruppe dieses Trades getan hat: EXECUTE oder SKIP mit den Grundcodes. — wenn noch keine Entscheidung gespeichert ist (oder der Trade nicht kopierbar war).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="226"/>
        <source>Shares we filled against the shares we aimed for; fewer is a partial fill.</source>
        <translation>Von uns ausgeführte Anteile gegenüber den angestrebten; weniger bedeutet Teilausführung.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="227"/>
        <source>Our average fill price.</source>
        <translation>Unser durchschnittlicher Ausführungspreis.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="228"/>
        <source>Our VWAP against the wallet&apos;s group price in bps; positive is worse for us.</source>
        <translation>Unser VWAP gegenüber dem Gruppenpreis der Wallet in bps; positiv ist schlechter für uns.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="238"/>
        <source>The wallet&apos;s newest trades (up to %1) with the copy outcome of each.</source>
        <translation>Die neuesten Trades der Wallet (bis zu %1) mit dem jeweiligen Kopierergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="239"/>
        <source>&amp;Trades</source>
        <translation>&amp;Trades</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="312"/>
        <source>%1 is not a followed wallet.</source>
        <translation>%1 ist keine gefolgte Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="348"/>
        <source>No wallet is followed yet: add one in the Wallets panel.</source>
        <translation>Noch keiner Wallet wird gefolgt: Fügen Sie eine im Panel „Wallets“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="382"/>
        <source>Distributions cover the newest %1 of %2 attempts in this window.</source>
        <translation>Die Verteilungen umfassen die neuesten %1 von %2 Versuchen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="402"/>
        <source>Could not read everything: %1</source>
        <translation>Es konnte nicht alles gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="494"/>
        <source>Could not read the PnL history: %1</source>
        <translation>Der Gewinn/Verlust-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="515"/>
        <source>No PnL snapshots of this wallet in this window yet.</source>
        <translation>Noch keine Gewinn/Verlust-Schnappschüsse dieser Wallet in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="519"/>
        <source>At %1: shadow %2 · executable %3 · gap %4</source>
        <translation>Um %1: Schatten %2 · ausführbar %3 · Abweichung %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="531"/>
        <source>Could not read positions: %1</source>
        <translation>Positionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="548"/>
        <source>Could not read the trade feed: %1</source>
        <translation>Die Trade-Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="555"/>
        <source>Detected %1</source>
        <translation>Erkannt %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="562"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="565"/>
        <source>No decision on this trade&apos;s group is stored.</source>
        <translation>Für die Gruppe dieses Trades ist keine Entscheidung gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="569"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="569"/>
        <source>SKIP: %1</source>
        <translation>ÜBERSPRINGEN: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="570"/>
        <source>Copied (attempt #%1).</source>
        <translation>Kopiert (Versuch Nr. %1).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="571"/>
        <source>Attempt #%1 skipped:
%2</source>
        <translation>Versuch Nr. %1 übersprungen:
%2</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="577"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="593"/>
        <source>%1 attempts · %2 executed (fill rate %3) · %4 partial fills (%5 of executions) · %6 skipped</source>
        <translation>%1 Versuche · %2 ausgeführt (Ausführungsquote %3) · %4 Teilausführungen (%5 der Ausführungen) · %6 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="605"/>
        <source>No executed buys or sells.</source>
        <translation>Keine ausgeführten Käufe oder Verkäufe.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="606"/>
        <source>%1 executions · median %2</source>
        <translation>%1 Ausführungen · Median %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="611"/>
        <source>No trades.</source>
        <translation>Keine Trades.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="612"/>
        <source>%1 trades · median %2 ms</source>
        <translation>%1 Trades · Median %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="617"/>
        <source>No attempts.</source>
        <translation>Keine Versuche.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="618"/>
        <source>%1 attempts · median %2 ms</source>
        <translation>%1 Versuche · Median %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="632"/>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="633"/>
        <source>No skips.</source>
        <translation>Keine übersprungenen Versuche.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="634"/>
        <source>%1 reason codes over %2 skips</source>
        <translation>%1 Grundcodes über %2 übersprungene Versuche</translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsDock</name>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="20"/>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="29"/>
        <source>Wallet address (0x…)</source>
        <translation>Wallet-Adresse (0x…)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="30"/>
        <source>The Polymarket proxy wallet to follow: 0x followed by 40 hex digits. Mixed case must carry a valid EIP-55 checksum.</source>
        <translation>Die Polymarket-Proxy-Wallet, der gefolgt werden soll: 0x gefolgt von 40 Hex-Ziffern. Gemischte Schreibweise muss eine gültige EIP-55-Prüfsumme tragen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="35"/>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="37"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="39"/>
        <source>Start following this wallet (paper mode, enabled).</source>
        <translation>Dieser Wallet folgen (Papiermodus, aktiviert).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="68"/>
        <location filename="../ui/docks/WalletsDock.cpp" line="192"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="70"/>
        <source>&amp;Unfollow…</source>
        <translation>&amp;Nicht mehr folgen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="72"/>
        <source>&amp;Live…</source>
        <translation>&amp;Live…</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="74"/>
        <source>Switch the selected wallet from paper to live trading: needs the unlocked trading key, venue API credentials and a typed confirmation. Live order submission is not available in this build, so the dialog runs the checks and switches nothing.</source>
        <translation>Die ausgewählte Wallet von Papier- auf Live-Handel umstellen: erfordert den entsperrten Handelsschlüssel, API-Zugangsdaten des Handelsplatzes und eine eingetippte Bestätigung. Das Senden von Live-Orders ist in dieser Version nicht verfügbar, daher führt der Dialog nur die Prüfungen aus und schaltet nichts um.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="77"/>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="79"/>
        <source>Open the selected wallet in Wallet detail (or double-click its row, or press Enter).</source>
        <translation>Die ausgewählte Wallet in „Wallet-Details“ öffnen (oder Doppelklick auf ihre Zeile oder Eingabetaste).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="80"/>
        <source>&amp;Overrides…</source>
        <translation>Ü&amp;berschreibungen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="82"/>
        <source>Edit the selected wallet&apos;s configuration overrides in Config.</source>
        <translation>Die Konfigurationsüberschreibungen der ausgewählten Wallet unter „Konfiguration“ bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>Unfollow wallet</source>
        <translation>Wallet nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="151"/>
        <source>Stop following %1?

Its recorded trades, attempts and ledger stay in the database.</source>
        <translation>%1 nicht mehr folgen?

Ihre aufgezeichneten Trades, Versuche und Buchungen bleiben in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="192"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsModel</name>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="60"/>
        <source>Shadow PnL: what the wallet&apos;s own trades made at its prices and sizes, tracked from when you followed it (latest per-minute snapshot).</source>
        <translation>Schatten-G/V: was die eigenen Trades der Wallet zu ihren Preisen und Größen erzielt haben, verfolgt seit Sie ihr folgen (neuester Minuten-Schnappschuss).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="63"/>
        <source>Executable PnL: what our copies of this wallet made in its own book (EXEC_USER), after fees and slippage: equity minus the wallet&apos;s bankroll.</source>
        <translation>Ausführbarer G/V: was unsere Kopien dieser Wallet in ihrem eigenen Buch (EXEC_USER) nach Gebühren und Slippage erzielt haben: Eigenkapital minus Kapitalstock der Wallet.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="66"/>
        <source>Tracking gap: shadow PnL minus executable PnL. Positive means the wallet did better than our copy of it (skips, slippage, fees, size limits).</source>
        <translation>Tracking-Abweichung: Schatten-G/V minus ausführbarer G/V. Positiv heißt, die Wallet schnitt besser ab als unsere Kopie (übersprungene Versuche, Slippage, Gebühren, Größenlimits).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Copy attempts decided for this wallet&apos;s own book (EXEC_USER), executed or skipped.</source>
        <translation>Entschiedene Kopierversuche für das eigene Buch dieser Wallet (EXEC_USER), ausgeführt oder übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="71"/>
        <source>Executed attempts as a share of all attempts; partial fills count as executed.</source>
        <translation>Ausgeführte Versuche als Anteil aller Versuche; Teilausführungen zählen als ausgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="73"/>
        <source>When the wallet&apos;s newest trade was detected (UTC).</source>
        <translation>Wann der neueste Trade der Wallet erkannt wurde (UTC).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="114"/>
        <source>Your name for this wallet. Double-click to edit.</source>
        <translation>Ihr Name für diese Wallet. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="120"/>
        <source>The followed proxy wallet (Polymarket profile address).</source>
        <translation>Die gefolgte Proxy-Wallet (Polymarket-Profiladresse).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="129"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="129"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="131"/>
        <source>Paper: copies are simulated against the real order book. Live: real orders.</source>
        <translation>Papier: Kopien werden gegen das echte Orderbuch simuliert. Live: echte Orders.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="137"/>
        <source>Copying</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="137"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="139"/>
        <source>When disabled, this wallet&apos;s trades are still tracked but never copied (reason WALLET_DISABLED).</source>
        <translation>Wenn deaktiviert, werden die Trades dieser Wallet weiter verfolgt, aber nie kopiert (Grund WALLET_DISABLED).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="166"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="167"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="168"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="169"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="170"/>
        <source>Shadow PnL</source>
        <translation>Schatten-G/V</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="171"/>
        <source>Executable PnL</source>
        <translation>Ausführbarer G/V</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="172"/>
        <source>Tracking gap</source>
        <translation>Tracking-Abweichung</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="173"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="174"/>
        <source>Fill rate</source>
        <translation>Ausführungsquote</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="175"/>
        <source>Last trade (UTC)</source>
        <translation>Letzter Trade (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="176"/>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
</context>
</TS>
