<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AmountText</name>
    <message>
        <location filename="../ui/models/AmountText.cpp" line="69"/>
        <source>%1 bps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakerModels</name>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="63"/>
        <source>Cannot read the breaker events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="84"/>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="106"/>
        <source>Unknown scope %1: breakers belong to EXEC_USER or EXEC_GLOBAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="112"/>
        <source>Wallet %1 is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="114"/>
        <source>EXEC_GLOBAL breakers belong to no wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="117"/>
        <source>Unknown breaker %1 (daily, weekly or drawdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/BreakerModels.cpp" line="126"/>
        <source>No such breaker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigKeyText</name>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="33"/>
        <source>Latency and timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="34"/>
        <source>Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="35"/>
        <source>Risk caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="36"/>
        <source>Guardrails (book, price, market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="37"/>
        <source>Circuit breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="46"/>
        <source>Aggregation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="47"/>
        <source>Decision latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="48"/>
        <source>Latency jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="49"/>
        <source>Max event age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="50"/>
        <source>Jitter seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="51"/>
        <source>Sizing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="52"/>
        <source>Copy share of notional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="53"/>
        <source>Share ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="54"/>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="55"/>
        <source>Share of bankroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="56"/>
        <source>Max trade vs equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="57"/>
        <source>Sell mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="58"/>
        <source>Min trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="59"/>
        <source>Max trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="60"/>
        <source>Max total exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="61"/>
        <source>Max exposure per market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="62"/>
        <source>Max exposure per wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="63"/>
        <source>Max book age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="64"/>
        <source>Max spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="65"/>
        <source>Max worse than their fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="66"/>
        <source>Max chase vs mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="67"/>
        <source>Min depth in band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="68"/>
        <source>Near-close cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="69"/>
        <source>Fee rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="70"/>
        <source>Daily loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="71"/>
        <source>Weekly loss limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="72"/>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="73"/>
        <source>Wallet bankroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="74"/>
        <source>Global bankroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="75"/>
        <source>Blacklisted markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="76"/>
        <source>Allowed categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="87"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="89"/>
        <source>bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="91"/>
        <source>ppm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="93"/>
        <source>USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="95"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="103"/>
        <source>Trades of one wallet in one asset and side within this window are copied as one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="105"/>
        <source>Simulated time from the group closing to our order: the book at that moment is walked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="106"/>
        <source>Random extra latency (0 to this value, from the seed) added to each decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="108"/>
        <source>Trades older than this when detected are skipped as stale. 0 disables the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="109"/>
        <source>Seed of the latency jitter; the same seed gives the same decisions on a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="111"/>
        <source>How our size follows theirs: a share of their notional, a share of their shares, a fixed USDC amount, or a share of our bankroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="113"/>
        <source>notional_pct: our notional as basis points of theirs (100 bps = 1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="114"/>
        <source>share_ratio: our shares as parts per million of theirs (10000 ppm = 1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="115"/>
        <source>fixed_usdc: the notional of every copy, in USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="116"/>
        <source>bankroll_bps: each copy&apos;s notional as basis points of the bankroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="118"/>
        <source>A copy is capped at this share of the scope&apos;s equity. Portfolio-wide: the global value applies in the global scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="121"/>
        <source>sizing: sells are sized like buys; proportional: we sell the same fraction of our position as they sold of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="123"/>
        <source>Copies smaller than this notional are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="124"/>
        <source>Copies are capped at this notional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="126"/>
        <source>Buys stop when open exposure would pass this share of equity. Portfolio-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="128"/>
        <source>Buys stop when exposure in one market would pass this share of equity. Portfolio-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="130"/>
        <source>Buys copied from one wallet stop when its lots would pass this share of equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="131"/>
        <source>A book older than this at decision time is not used; the copy is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="132"/>
        <source>Copies are skipped when the spread is wider than this (price units, 0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="134"/>
        <source>The walk stops at prices worse than their fill price by more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="135"/>
        <source>The walk stops at prices worse than the mid by more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="137"/>
        <source>Depth inside the band must be at least this share of our target (12500 = 125%). 0 disables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="138"/>
        <source>No buys in markets closing within this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="140"/>
        <source>Fee rate used for our fills. Empty: each market&apos;s own rate from the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="142"/>
        <source>Breaker: buys stop for the day after losing this share of the day&apos;s starting equity. 0 disables. Portfolio-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="145"/>
        <source>Breaker: buys stop for the week after losing this share of the week&apos;s starting equity. 0 disables. Portfolio-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="148"/>
        <source>Breaker: buys stop after equity falls this far below its peak. 0 disables. Portfolio-wide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="149"/>
        <source>Starting cash of each wallet&apos;s own executable scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="150"/>
        <source>Starting cash of the global executable scope (all wallets together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="151"/>
        <source>Condition ids never copied, separated by commas (compared lowercase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ConfigKeyText.cpp" line="153"/>
        <source>Only markets in these categories are copied, separated by commas. Empty: all categories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionBins</name>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="13"/>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="14"/>
        <source>%1ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="27"/>
        <source>&lt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DistributionBins.cpp" line="30"/>
        <source>≥%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="40"/>
        <source>A label can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="43"/>
        <source>A label cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="23"/>
        <source>The followed wallet&apos;s trade was detected too late (older than max_event_age_ms); copying it now would chase an old price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="26"/>
        <source>The kill switch was engaged at decision time: no new orders of any kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="28"/>
        <source>The engine was paused at decision time: trades are tracked but not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="30"/>
        <source>Copying of this wallet is disabled; its trades are still tracked (shadow book).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="32"/>
        <source>No market metadata was known for the asset at decision time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="34"/>
        <source>The market is closed for trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="36"/>
        <source>The market&apos;s condition id is on the blacklist (buys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="38"/>
        <source>The market&apos;s categories are not in the configured allow-list (buys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="40"/>
        <source>The market ends within near_close_ms of the decision (default 30 minutes; buys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="42"/>
        <source>A loss or drawdown circuit breaker of this scope is tripped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="44"/>
        <source>A sell was seen but this scope holds none of the asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="46"/>
        <source>The sized copy is below min_trade_usdc (default 5 USDC) or rounds to zero shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="48"/>
        <source>The sized copy is below the market&apos;s minimum order size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="50"/>
        <source>The copy would push total exposure above max_total_exposure_bps of equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="52"/>
        <source>The copy would push exposure in this market above max_market_exposure_bps of equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="54"/>
        <source>The copy would push this wallet&apos;s exposure in the global book above max_wallet_exposure_bps of equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="57"/>
        <source>Not enough cash in this scope to pay for the copy (or for any of it at the book&apos;s prices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="59"/>
        <source>No order book for the asset, or the latest one was older than max_book_age_ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="61"/>
        <source>The order book had no bids or no asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="63"/>
        <source>The bid-ask spread was wider than max_spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="65"/>
        <source>Not enough size inside the price bound (min_depth_bps of the target notional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="67"/>
        <source>No book level lay inside the price bound (worse than their fill or the mid by too much).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="70"/>
        <source>Shadow book diagnostic: the wallet sold more than its tracked holdings (bought before it was followed); only the tracked shares were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="73"/>
        <source>Shadow book diagnostic: a merge exceeded the tracked shares of an outcome; only the matched sets were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="84"/>
        <source>A gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="86"/>
        <source>B sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="88"/>
        <source>C risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="90"/>
        <source>D book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="91"/>
        <source>E fill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWindow</name>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="10"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="11"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="12"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TimeWindow.cpp" line="13"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>Slipstream copy-trading terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38"/>
        <source>Use DIR for the database, logs and layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="41"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>auto (the demo until a wallet is followed), demo or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Demo time runs N times real time (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <location filename="../app/main.cpp" line="66"/>
        <location filename="../app/main.cpp" line="70"/>
        <location filename="../app/main.cpp" line="79"/>
        <location filename="../app/main.cpp" line="100"/>
        <location filename="../app/main.cpp" line="107"/>
        <source>Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>--profile takes auto, demo or default; --demo-speed 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Cannot open the database:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="108"/>
        <source>The engine could not start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::api::LiveArming</name>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="33"/>
        <source>No keystore in the data directory: create or import the trading key first (slipstream-cli keystore create|import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="40"/>
        <source>The keystore passphrase is needed to unlock the trading key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="42"/>
        <source>The keystore did not unlock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="49"/>
        <source>No venue API credentials in the keystore: derive them first (slipstream-cli keystore set-api-credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="56"/>
        <source>Type %1 exactly to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="58"/>
        <source>Live mode was not armed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/LiveArming.cpp" line="60"/>
        <source>Every check passed, but live order submission is not available in this build: nothing was switched and every wallet keeps trading on paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::api::Terminal</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="77"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="118"/>
        <source>The engine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="121"/>
        <location filename="../core/api/Terminal.cpp" line="446"/>
        <location filename="../core/api/Terminal.cpp" line="456"/>
        <source>The stored configuration is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="167"/>
        <source>Could not store the demo wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="247"/>
        <source>The engine did not take the switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="315"/>
        <source>Not a valid wallet address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="320"/>
        <source>Wallet %1 is already followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="337"/>
        <location filename="../core/api/Terminal.cpp" line="357"/>
        <location filename="../core/api/Terminal.cpp" line="374"/>
        <location filename="../core/api/Terminal.cpp" line="528"/>
        <location filename="../core/api/Terminal.cpp" line="569"/>
        <source>Wallet %1 is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="396"/>
        <source>global.%1: not part of a saved configuration; use the kill switch and pause controls on the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="402"/>
        <source>wallets[%1].address: %2 is not followed; follow it in the Wallets panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="406"/>
        <source>wallets[%1].mode: live mode is not available in this build; every wallet trades on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="463"/>
        <source>The %1 breaker of %2 is not tripped: there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="465"/>
        <source>A reset of the %1 breaker of %2 was already requested; the engine applies it before the scope&apos;s next decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="468"/>
        <source>The engine is not running: a breaker reset goes into the engine&apos;s stream, start the engine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="477"/>
        <source>The engine did not take the reset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="514"/>
        <source>Cannot read the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="523"/>
        <source>Positions are closed in EXEC_USER or EXEC_GLOBAL, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="526"/>
        <source>An EXEC_USER position belongs to a wallet: name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="531"/>
        <source>Name the asset (token id) to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="534"/>
        <source>The kill switch is engaged: no orders of any kind, closes included. Release it to close the position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="540"/>
        <source>There is no open position in %1 to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="542"/>
        <source>The engine is not running: a close goes into the engine&apos;s stream, start the engine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="550"/>
        <source>The engine did not take the close: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::api::WhatIfReplay</name>
    <message>
        <location filename="../core/api/WhatIfReplay.cpp" line="16"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsDock</name>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="38"/>
        <source>Copy attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="45"/>
        <source>Which book&apos;s attempts to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="46"/>
        <source>All scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="47"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="48"/>
        <source>Per wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="49"/>
        <source>Only attempts copying this wallet&apos;s trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="52"/>
        <source>Market: asset or condition id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="53"/>
        <source>Paste an asset (token) id, or a market&apos;s condition id (0x…) to see every outcome of that market. Right-click a row to filter by its market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="56"/>
        <source>Copied (EXECUTE) or skipped (SKIP) attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="57"/>
        <source>Any decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="58"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="59"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="60"/>
        <source>Only skips that carry this reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="61"/>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="67"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="104"/>
        <location filename="../ui/docks/AttemptsDock.cpp" line="330"/>
        <source>Select an attempt to see its decision trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="109"/>
        <source>Stage / figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="109"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="111"/>
        <source>The attempt&apos;s figures and each pipeline stage&apos;s inputs, with the check that failed (spec §5: A gates, B sizing, C risk, D book, E fill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="151"/>
        <source>All wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="242"/>
        <source>Could not read attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="245"/>
        <source>Showing %1 of %2 attempts (more load as you scroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="257"/>
        <source>Only this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="262"/>
        <source>Only this market outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="266"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="315"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="315"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="337"/>
        <source>Attempt #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="339"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="340"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="341"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="342"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="343"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="344"/>
        <source>First event / flush / decision (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="344"/>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="347"/>
        <source>Their shares, USDC, VWAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="347"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="350"/>
        <source>Target shares, USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="350"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="353"/>
        <source>Mid at decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="354"/>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="356"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="364"/>
        <source>Filled shares, USDC, VWAP, fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="365"/>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="368"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="373"/>
        <source>Could not read the trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="378"/>
        <source>No trace stored for this attempt; its figures are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="381"/>
        <source>Decision trace of attempt #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="382"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsModel</name>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="239"/>
        <source>Asset (token id) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="241"/>
        <source>What the followed wallet traded in this group: %1 shares for %2 USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="243"/>
        <source>The followed wallet&apos;s volume-weighted average price in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="245"/>
        <source>The sized copy: %1 shares for %2 USDC (priced at their VWAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="249"/>
        <source>Copied: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="250"/>
        <source>Shares we filled (paper: walked the order book at decision time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="251"/>
        <source>Our volume-weighted average fill price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="252"/>
        <source>Fee paid on the fill, in USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="254"/>
        <source>Global book: one bankroll copying every followed wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="255"/>
        <source>Per-wallet book: copying only this wallet with its own bankroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="263"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="263"/>
        <location filename="../ui/models/AttemptsModel.cpp" line="297"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="265"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="265"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="270"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="270"/>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="285"/>
        <source>Decision time (UTC): when the engine decided on the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="286"/>
        <source>USDC the followed wallet traded in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="287"/>
        <source>USDC the sizing rules wanted to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="288"/>
        <source>Why the attempt was skipped (hover a row for explanations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="295"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="296"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="298"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="299"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="300"/>
        <source>Their USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="301"/>
        <source>Their price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="302"/>
        <source>Target USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="303"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="304"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="305"/>
        <source>Filled shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="306"/>
        <source>Our price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="307"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::BreakersDock</name>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="22"/>
        <source>Daily loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="24"/>
        <source>Weekly loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="25"/>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="31"/>
        <source>equity at the start of the UTC day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="33"/>
        <source>equity at Monday 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="34"/>
        <source>peak equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="49"/>
        <source>Breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Since (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="57"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="58"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="58"/>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="61"/>
        <source>EXEC_GLOBAL: the copy of all wallets together. EXEC_USER: the copy of one wallet alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="63"/>
        <source>The wallet whose own book this is (empty for the global book).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="64"/>
        <source>Daily: loss against the day&apos;s start equity. Weekly: against Monday 00:00 UTC. Drawdown: against the peak equity. A tripped breaker blocks new BUY copies (CIRCUIT_BREAKER); sells still go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="68"/>
        <source>Armed, or tripped (latched until re-armed: daily and weekly at their next period, drawdown only by an operator reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="71"/>
        <source>When the breaker last changed: the trip, or the last re-arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="72"/>
        <source>The scope&apos;s equity when it tripped (or was re-armed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="73"/>
        <source>The reference the loss is measured against at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="74"/>
        <source>(reference − equity) / reference at the trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="75"/>
        <source>The configured limit: it trips when the loss reaches this (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="76"/>
        <source>How often it has tripped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="96"/>
        <source>&amp;Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="99"/>
        <source>Re-arm the selected tripped breaker. You will see the figures that tripped it and be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="154"/>
        <source>Could not read the breakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="166"/>
        <source>TRIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="166"/>
        <source>armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="168"/>
        <source>TRIPPED — reset requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="170"/>
        <source>New BUY copies of this scope are blocked (CIRCUIT_BREAKER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="171"/>
        <source>Watching: trips when the loss reaches the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="185"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="197"/>
        <source>All breakers armed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/BreakersDock.cpp" line="198"/>
        <source>%n breaker(s) tripped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="219"/>
        <source>the global book (EXEC_GLOBAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="220"/>
        <source>%1&apos;s own book (EXEC_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="221"/>
        <source>Reset breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="222"/>
        <source>Reset the %1 breaker of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="226"/>
        <source>It tripped at %1 UTC with equity %2 against a reference of %3 (%4): a loss of %5, threshold %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="232"/>
        <source>The reset re-arms it and sets the peak to the equity at the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="233"/>
        <source>The reset re-arms it; the reference stays the period&apos;s start equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="235"/>
        <source>New BUY copies of this scope resume with its next decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="236"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="238"/>
        <source>Keep tripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/BreakersDock.cpp" line="248"/>
        <source>Reset of the %1 breaker requested; the engine applies it before the scope&apos;s next decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigDock</name>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="75"/>
        <source>Config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="81"/>
        <source>Changes are stored with Apply. A running engine takes a saved configuration at its next start (stop and start it to use the new values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="86"/>
        <source>The engine reads its configuration when it starts; it does not change settings mid-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="95"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="96"/>
        <source>Values every wallet uses unless it overrides them. The kill switch and pause are on the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="103"/>
        <source>Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="106"/>
        <source>The followed wallet whose overrides are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="111"/>
        <source>Check Override to give this wallet its own value; unchecked keys follow the global value. In the global scope the portfolio-wide keys (total and market exposure, trade vs equity, breakers) always take the global value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="120"/>
        <source>Per-wallet overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="121"/>
        <source>Each followed wallet&apos;s own values for some keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="130"/>
        <source>Replays the profile&apos;s capture of the last 24 hours — every record stamped within 24 h before the newest captured record, after the books, markets, fee rates and switches recorded before it — under the stored configuration and under the one in these fields. Both start from their bankrolls at the window start. The kill switch and pause in force now are not applied; switches recorded in the capture are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="140"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="188"/>
        <source>Test config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="142"/>
        <source>Replay the last 24 h of capture under the current and the candidate configuration and compare them. Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="146"/>
        <source>Stop the running test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="154"/>
        <source>Reading the capture, then replaying it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Executed (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="165"/>
        <source>Executed (candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>Skipped (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>Skipped (candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="166"/>
        <source>PnL (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="167"/>
        <source>PnL (candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="172"/>
        <source>Copy attempts executed and skipped in each executable scope, and the scope&apos;s PnL (equity at the end of the replay minus its bankroll), under each configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Skip reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="177"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="181"/>
        <source>How often each skip reason fired under each configuration (all scopes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="189"/>
        <source>What-if replay of the candidate configuration over the last 24 h of capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="199"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="201"/>
        <source>Load a configuration JSON file into the fields (stored only with Apply). A file that does not validate changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="203"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="205"/>
        <source>Save the configuration in the fields as JSON (the file `slipstream-cli replay --config` reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="207"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="209"/>
        <source>Drop the edits and show the stored configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="210"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="212"/>
        <source>Store the configuration in the fields. A running engine takes it at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="226"/>
        <source>Test config failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="231"/>
        <source>Test config cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="243"/>
        <source>Reverted to the stored configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="256"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="418"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="422"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="270"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="535"/>
        <source>Could not read the stored configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="357"/>
        <source>Wallet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="400"/>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="426"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="438"/>
        <source>Saved. A running engine takes the new configuration at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="446"/>
        <source>The stored configuration changed elsewhere; Revert shows it (your edits are kept until then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="454"/>
        <source>Import of %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="482"/>
        <source>Imported %1. Review the values and Apply to store them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="490"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="495"/>
        <location filename="../ui/docks/ConfigDock.cpp" line="500"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="503"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="509"/>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="510"/>
        <source>Configuration JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="517"/>
        <source>Export configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="519"/>
        <source>Configuration JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="530"/>
        <source>Test config needs a valid configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="540"/>
        <source>No capture is stored in this profile yet; the terminal records one while the engine runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="550"/>
        <source>Testing the candidate configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="565"/>
        <source>The capture holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="567"/>
        <source>Window: %1 to %2 UTC, %3 records (24 h before the newest captured record), after %4 earlier book, market, fee and control records. Read from %5 capture file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="590"/>
        <source>All executable scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="590"/>
        <source>Every attempt of the global and the per-wallet scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="607"/>
        <source>Global (EXEC_GLOBAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="608"/>
        <source>The global book, all wallets together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="612"/>
        <source>Wallet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="613"/>
        <source>The own executable scope (EXEC_USER) of wallet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/ConfigDock.cpp" line="638"/>
        <source>Test config finished: %1 executed and %2 skipped under the current configuration, %3 and %4 under the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigKeyEditor</name>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="43"/>
        <source>Key: %1. Allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="45"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="47"/>
        <source>Checked: this wallet uses its own value. Unchecked: it follows the global value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="69"/>
        <source>the market&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="71"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="92"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="93"/>
        <source>Remove this key from the configuration: the engine uses its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="187"/>
        <source>%1: must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="195"/>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="197"/>
        <source>Default. Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigKeyEditor.cpp" line="199"/>
        <source>Follows the global value. Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::ConfigWhatIfChart</name>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="25"/>
        <source>Current config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="27"/>
        <source>Candidate config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ConfigWhatIfChart.cpp" line="51"/>
        <source>Equity of the global executable scope in USDC (cash plus positions at their marks), time in UTC: the stored configuration against the candidate over the test window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::DistributionChart</name>
    <message>
        <location filename="../ui/widgets/DistributionChart.cpp" line="53"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::EngineControls</name>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="44"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="125"/>
        <source>KILL SWITCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="61"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="134"/>
        <source>Pause engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="65"/>
        <source>Paper / &amp;Live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="67"/>
        <source>Every wallet trades on paper. Switching to live needs the unlocked trading key, venue API credentials and a typed confirmation; live order submission is not available in this build, so nothing is switched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="74"/>
        <source>PAPER — live not available in this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="84"/>
        <source>DEMO — synthetic data from the embedded sandbox venue; no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="85"/>
        <source>This profile replays a bundled, generated capture through a local copy of the venue&apos;s APIs. Nothing here is real trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="106"/>
        <source>LIVE — real orders with real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="119"/>
        <source>KILL SWITCH ENGAGED — Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="120"/>
        <source>The kill switch is engaged: no new orders of any kind. Click (or Ctrl+Shift+K) to release it; you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="122"/>
        <source>KILL SWITCH ENGAGED — no new orders of any kind until it is released (toolbar button or Ctrl+Shift+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="126"/>
        <source>Stop all copying at once: no new orders of any kind (Ctrl+Shift+K). Takes effect immediately, without confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="134"/>
        <source>Resume engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="135"/>
        <source>Resume copying. Trades seen while paused were skipped (ENGINE_PAUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="136"/>
        <source>Stop copying new trades; trades are still tracked and skipped with ENGINE_PAUSED. Open positions stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="138"/>
        <source>Engine paused — trades are tracked but not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="171"/>
        <source>Could not engage the kill switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="179"/>
        <source>Release kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="180"/>
        <source>Release the kill switch and allow new orders again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="182"/>
        <source>Copying resumes with the next trade of a followed wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="183"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="185"/>
        <source>Keep engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="191"/>
        <source>Could not release the kill switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="202"/>
        <source>Could not pause the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="203"/>
        <source>Could not resume the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::EquityChartView</name>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="25"/>
        <source>Equity (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="48"/>
        <source>Equity of the global book in USDC (cash plus positions at their marks), time in UTC. Wheel or +/− zoom, drag pans, Shift+drag zooms to a range, double-click or 0 resets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::LiveModeDialog</name>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="33"/>
        <source>every wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="35"/>
        <source>Switch to live trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="38"/>
        <source>&lt;b&gt;Live trading for %1.&lt;/b&gt;&lt;br&gt;Live mode sends real, signed orders with real money. It needs the trading key unlocked from the keystore, the venue&apos;s API credentials, and your typed confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="47"/>
        <source>Live order submission is not available in this build. The checks below run for real, but even when they all pass nothing is switched: every wallet keeps trading on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="64"/>
        <source>The passphrase of the keystore in the data directory. It is used once to unlock the key for the check and is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="66"/>
        <source>Keystore &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="70"/>
        <source>Type %1 exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="71"/>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="81"/>
        <source>Check and &amp;arm live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="106"/>
        <source>keystore present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="108"/>
        <source>key unlocked with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="110"/>
        <source>venue API credentials stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="111"/>
        <source>typed confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveModeDialog.cpp" line="112"/>
        <source>live mode switched on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::LogDock</name>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="17"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="25"/>
        <source>Show lines at this level and above. What is logged at all is set with --log-level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="26"/>
        <source>Trace and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="27"/>
        <source>Debug and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="28"/>
        <source>Info and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="29"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="30"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="34"/>
        <source>Search messages and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="36"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/LogDock.cpp" line="38"/>
        <source>Keep the newest line in view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::LogModel</name>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="98"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="99"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="100"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="101"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Slipstream — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Slipstream — DEMO — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Banners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="196"/>
        <source>&amp;Lock Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;About Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>About Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;A copy-trading terminal.&lt;br&gt;Data: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::MarketsDock</name>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="65"/>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="74"/>
        <source>Global book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="75"/>
        <source>Wallet books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="76"/>
        <source>Whose decisions and positions: the global book (EXEC_GLOBAL) or the per-wallet books (EXEC_USER) together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="80"/>
        <source>Look-back window of the decisions, ending at the newest stored attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="83"/>
        <source>&amp;Book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="85"/>
        <source>W&amp;indow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="87"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="473"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="480"/>
        <source>&amp;Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="89"/>
        <source>Add the selected market to the configuration&apos;s blacklist (no new buys in it, MARKET_BLACKLISTED), or take it off. Sells of positions held stay allowed. The engine applies the change at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="103"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Depth in band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Slippage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="104"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="105"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="105"/>
        <source>Blacklisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="107"/>
        <source>The market&apos;s question (its condition id when the market&apos;s details are not stored yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="108"/>
        <source>The market&apos;s outcome tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="109"/>
        <source>Open, closed (no new copies: MARKET_CLOSED) or resolved with the winning outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="110"/>
        <source>Decisions on this market&apos;s tokens in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="111"/>
        <source>Decisions that executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="112"/>
        <source>Best ask minus best bid of the book at the newest decision that saw a two-sided book (stage D). A spread wider than max_spread skips with SPREAD_TOO_WIDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="114"/>
        <source>USDC on the book inside the price bound (their price plus max_worse_than_fill, capped by the mid plus max_chase_vs_mid) at the newest decision that recorded it; below min_depth_bps of the target skips with INSUFFICIENT_DEPTH. — when no decision trace with stage D is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="117"/>
        <source>Mean slippage of our executions: our VWAP against the followed wallet&apos;s price in bps, positive is worse for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="119"/>
        <source>Open positions of this book in the market&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="120"/>
        <source>Cost basis of those positions, USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="121"/>
        <source>Checked: the condition id is in the configuration&apos;s blacklist (no new buys). Toggle with the checkbox, Space, or the Blacklist button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="137"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="474"/>
        <source>Select a market to see its decisions and our slippage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="141"/>
        <source>Slippage (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="143"/>
        <source>Our slippage on each execution in the selected market over time (UTC): our VWAP against the followed wallet&apos;s price, in bps; positive is worse for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Decision time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="147"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="148"/>
        <source>Mid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="149"/>
        <source>The newest decisions (up to %1) on the selected market with the book each saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="195"/>
        <source>Blacklist saved; the engine applies it at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="286"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="328"/>
        <source>Could not read the decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="293"/>
        <source>Figures cover the newest %1 decisions of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="349"/>
        <source>Could not read positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="360"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="387"/>
        <source>Could not read the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="406"/>
        <location filename="../ui/docks/MarketsDock.cpp" line="410"/>
        <source>The blacklist was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="414"/>
        <source>Adding %1 to the blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="414"/>
        <source>Removing %1 from the blacklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="434"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="436"/>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="438"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="439"/>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="446"/>
        <source>%1 shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="452"/>
        <source>Blacklisted: no new buys in this market. Uncheck to allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="453"/>
        <source>Check to blacklist this market (no new buys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="464"/>
        <source>No decisions or positions in this book and window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="480"/>
        <source>Remove from &amp;blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="493"/>
        <source>%1 — %2 decisions, %3 executions with a slippage figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="501"/>
        <source>Attempt #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="505"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/MarketsDock.cpp" line="505"/>
        <source>SKIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::OverviewDock</name>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="72"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="92"/>
        <source>Equity of the global book: cash plus every position at its mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="93"/>
        <source>Equity change since the start of the current UTC day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="94"/>
        <source>Equity change over the last 7 days (or since the first snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="95"/>
        <source>How far equity is below its peak, as a share of the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="96"/>
        <source>Market value of the open positions (the money at risk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="97"/>
        <source>Realized and unrealized PnL of the global book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="99"/>
        <source>Closed trades (sells, merges, settlements) that realized a gain, out of all that realized PnL in the global book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="102"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="103"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="104"/>
        <source>Realized / unrealized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>1D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>7D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>30D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="118"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="124"/>
        <source>Show this much history, ending at the newest snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="130"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="141"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="142"/>
        <source>Markets the global book holds, largest exposure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="143"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="144"/>
        <source>Followed wallets whose copied lots the global book holds, largest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>No snapshots of the global book yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>Could not read PnL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="219"/>
        <source>%1 of %2 closed trades realized a gain (sells, merges, settlements of the global book).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="229"/>
        <source>How far equity is below its peak (%1), as a share of the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="232"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="248"/>
        <source>Could not read the equity curve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="263"/>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="274"/>
        <source>%1
%2 open positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="275"/>
        <source>%1
condition %2
%3 open positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="282"/>
        <source>%1 of the positions have no mark yet and are valued at cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="301"/>
        <source>Breakers: ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="302"/>
        <source>Could not read the circuit breakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="309"/>
        <source>%1 %2 — loss %3 (limit %4) since %5 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="310"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="315"/>
        <source>Breakers armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="317"/>
        <source>No loss or drawdown circuit breaker is tripped (%1 watched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/OverviewDock.cpp" line="320"/>
        <source>%n breaker(s) TRIPPED</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="323"/>
        <source>Tripped circuit breakers (no new buys in that scope until reset):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="331"/>
        <source>KILL SWITCH ENGAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="347"/>
        <source>Engine paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="349"/>
        <source>Engine running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="334"/>
        <source>No new orders of any kind until the kill switch is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="53"/>
        <source>USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="53"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="56"/>
        <source>Market value of the open positions: shares at their mark (at cost when no mark yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="57"/>
        <source>Share of the global book&apos;s equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="336"/>
        <source>Kill switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="338"/>
        <source>Copies are allowed (subject to every other check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="345"/>
        <source>Engine not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="352"/>
        <source>Lag %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="353"/>
        <source>How far the engine&apos;s processed stream time is behind the time its health was taken; %1 groups wait for their decision time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="357"/>
        <source>Lag —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="358"/>
        <source>No engine running, so no lag to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="360"/>
        <source>Stream time %1 UTC · last event %2 UTC · %3 groups waiting · write queue %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="369"/>
        <source>%1: %2, last message %3, %4 reconnects, %5 errors, %6 rate-limited%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="370"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="370"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="371"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="371"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="375"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="377"/>
        <source>No feeds reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="377"/>
        <source>Feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="378"/>
        <source>The engine has not reported its feeds yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsDock</name>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="24"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="55"/>
        <source>Equity = cash + market value of the positions at their marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="56"/>
        <source>&amp;Close position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="58"/>
        <source>Sell every share of the selected position on paper, against the latest order book (down to the mid minus the max chase). Not available for shadow books or while the kill switch is engaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="61"/>
        <source>Close position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="111"/>
        <source>Could not read positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="119"/>
        <source>Equity %1 · cash %2 · realized %3 · unrealized %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/PositionsDock.cpp" line="125"/>
        <source>%n open position(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="151"/>
        <source>A shadow book is what the followed wallet holds; it cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="153"/>
        <source>The kill switch is engaged: no orders of any kind, closes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="155"/>
        <source>Select a position to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="170"/>
        <location filename="../ui/docks/PositionsDock.cpp" line="192"/>
        <source>Close position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="171"/>
        <source>Sell all %1 shares of %2%3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="178"/>
        <source>Mark %1 · estimated proceeds %2 before fees (cost basis %3, estimated PnL %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="182"/>
        <source>No mark yet: the proceeds depend on the order book at the close (cost basis %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="186"/>
        <source>Global book: every wallet&apos;s lot of this asset is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="187"/>
        <source>Global book: only this wallet&apos;s lot is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="188"/>
        <source>This wallet&apos;s own book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="190"/>
        <source>Paper: the sale walks the latest order book&apos;s bids down to the mid minus the max chase; what the book cannot take stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="204"/>
        <source>Close of %1 sent to the engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsModel</name>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="73"/>
        <source>%1
Asset %2
Condition %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="74"/>
        <source>Unknown market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="75"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="77"/>
        <source>Midpoint at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="78"/>
        <source>No mark yet: unrealized PnL is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="108"/>
        <source>Shares held in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="109"/>
        <source>Average cost per share: cost basis divided by shares (fees included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="110"/>
        <source>Latest mark: the order book midpoint (fallback: last trade price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="111"/>
        <source>Shares times mark, in USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="112"/>
        <source>Market value minus cost basis: the profit if sold at the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="113"/>
        <source>Profit already locked in by selling, merging or settlement of this asset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="114"/>
        <source>Market value (cost basis without a mark) as a share of the scope&apos;s equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="121"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="122"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="123"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="124"/>
        <source>Avg cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="125"/>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="126"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="127"/>
        <source>Unrealized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="128"/>
        <source>Realized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="129"/>
        <source>Of equity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::ScopeChoice</name>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="16"/>
        <source>Global book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="17"/>
        <source>One bankroll copying every followed wallet (EXEC_GLOBAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="18"/>
        <source>Per-wallet books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="19"/>
        <source>Each wallet copied alone with its own bankroll (EXEC_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="21"/>
        <source>Shadow (the wallet itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="22"/>
        <source>What the followed wallet itself did, as we observed it (SHADOW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="25"/>
        <source>Which book to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="28"/>
        <source>One followed wallet, or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ScopeChoice.cpp" line="41"/>
        <source>All wallets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::SkipReasonsDock</name>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="31"/>
        <source>Skip reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="40"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="57"/>
        <source>Skips per reason code. Hover a bar for its meaning; click it to list those attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="194"/>
        <source>Skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="61"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="66"/>
        <source>Double-click a reason to list those attempts in Copy attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="94"/>
        <source>Counts load when this panel is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="127"/>
        <source>Could not read reason counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="237"/>
        <source>%1 skips; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="241"/>
        <source>No skips in this scope and window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="242"/>
        <source>%1 reason codes over the skips of this scope and window (an attempt can carry several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::SystemDock</name>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="62"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="102"/>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="103"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="104"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="101"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="100"/>
        <source>Writer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="91"/>
        <source>Batches the single database writer has committed, failed, and still has queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="68"/>
        <source>Whether the engine is running, paused or stopped, and on which profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="71"/>
        <source>The latest capture time the engine has processed, and how far it is behind the time the health was taken (its lag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="74"/>
        <source>Detect time of the newest trade of a followed wallet, and how long before the health was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="77"/>
        <source>When the last backfill of missed trades (data API) finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="79"/>
        <source>Groups waiting for their decision time, attempts waiting for the writer, and batches queued at the database writer. Steady growth means the engine or the disk cannot keep up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="83"/>
        <source>Bytes the engine has written to this session&apos;s capture journal (every feed payload, so a session can be replayed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="88"/>
        <source>Version of the database schema (migrations applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="89"/>
        <source>Size of the database file on disk (without the WAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="93"/>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="94"/>
        <source>Stream time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="95"/>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="96"/>
        <source>Last backfill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="97"/>
        <source>Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="98"/>
        <source>Capture size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="99"/>
        <source>Database size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="110"/>
        <source>429s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="111"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="112"/>
        <source>The venue endpoint or stream the engine reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="113"/>
        <source>Whether the feed is connected (streams) or answering (polled APIs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="114"/>
        <source>Age of the feed&apos;s last payload when the health was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="115"/>
        <source>Times the feed reconnected since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="116"/>
        <source>Failed requests or dropped streams since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="117"/>
        <source>HTTP 429 (rate limited) answers since the engine started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="118"/>
        <source>The feed&apos;s most recent error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="119"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="120"/>
        <source>The endpoint family a token bucket limits (a request counts against its family, each parent family and the global bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="122"/>
        <source>Requests still allowed in the current window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="123"/>
        <source>Requests allowed per window (the venue&apos;s documented limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="124"/>
        <source>Length of the rate-limit window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="125"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="125"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="126"/>
        <source>A table of the profile&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="126"/>
        <source>Rows stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="127"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="128"/>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="129"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="172"/>
        <source>(stderr only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="175"/>
        <source>%1 committed, %2 failed, %3 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="180"/>
        <source> — last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="197"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="200"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="202"/>
        <source>%1 min %2 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="203"/>
        <source>%1 h %2 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="206"/>
        <source>Not running (no health stored yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="208"/>
        <source>Stopped (last seen %1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="210"/>
        <source>Running on %1 — kill switch engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="212"/>
        <source>Running on %1 — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="214"/>
        <source>Running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="215"/>
        <source>%1 UTC (lag %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="217"/>
        <location filename="../ui/docks/SystemDock.cpp" line="269"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="221"/>
        <location filename="../ui/docks/SystemDock.cpp" line="223"/>
        <source>%1 UTC (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="222"/>
        <location filename="../ui/docks/SystemDock.cpp" line="224"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="225"/>
        <source>%1 groups waiting, %2 attempts to store, %3 batches at the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="235"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="235"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="244"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="258"/>
        <source>No request has gone out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="259"/>
        <source>No engine running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="267"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletDetailDock</name>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="76"/>
        <source>Wallet detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="85"/>
        <source>The followed wallet whose copy performance is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="89"/>
        <source>Look-back window, ending at the newest stored attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="92"/>
        <source>&amp;Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="94"/>
        <source>W&amp;indow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="108"/>
        <source>Attempts: groups of this wallet&apos;s trades our own book (EXEC_USER) decided on.
Fill rate: attempts that executed, as a share of all attempts.
Partial fills: executions that got fewer shares than the target (the book inside the price bound was too thin), as a share of executions.
Skipped: attempts that were not copied; the reasons are under Distributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="123"/>
        <source>Shadow PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="123"/>
        <source>Executable PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="126"/>
        <source>Shadow PnL: what the followed wallet&apos;s own trades, at their own prices and full size, have made since we started following it.
Executable PnL: our own book for this wallet (EXEC_USER) — equity minus its bankroll, with our sizing, our fills and our skips.
USDC, one point per minute, time in UTC. Wheel or +/− zoom, ←/→ pan, 0 resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="130"/>
        <source>Tracking gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="132"/>
        <source>Tracking gap: shadow PnL minus executable PnL, in USDC, per minute (UTC). Positive means the wallet did better than our copy of it: sizing, skips, slippage and delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="141"/>
        <source>&amp;PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="165"/>
        <source>executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="166"/>
        <source>Slippage (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="167"/>
        <source>Our fill price (VWAP) against the followed wallet&apos;s own average price for the same group, in basis points of their price: (ours − theirs) for buys, (theirs − ours) for sells, so a positive figure is worse for us. Executed buys and sells only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="171"/>
        <source>trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="171"/>
        <source>Detection lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="172"/>
        <source>Time from the venue&apos;s timestamp of each of the wallet&apos;s trades to the moment Slipstream detected it (the monitor&apos;s polling and the venue&apos;s own delay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="175"/>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="175"/>
        <source>Decision delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="176"/>
        <source>Time from the detection of a group&apos;s first trade to our decision on it: the aggregation window, the configured decision latency and its jitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="179"/>
        <source>skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="179"/>
        <source>Skip reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="180"/>
        <source>How often each reason code stopped a copy of this wallet&apos;s trades (an attempt can carry several). Hover a bar for the code; the Skip reasons panel explains each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="183"/>
        <source>&amp;Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="190"/>
        <source>Shadow — what the wallet itself holds (SHADOW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="193"/>
        <source>The followed wallet&apos;s positions as we rebuilt them from its trades, at full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="199"/>
        <source>Executable — our own book for this wallet (EXEC_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="202"/>
        <source>Our positions from copying this wallet alone, with our sizing and fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="207"/>
        <source>P&amp;ositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="212"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="213"/>
        <source>Filled / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="214"/>
        <source>Our VWAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="214"/>
        <source>Slippage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="216"/>
        <source>The venue&apos;s time of the trade, UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="217"/>
        <source>BUY or SELL of a token, or SPLIT / MERGE / REDEEM of a market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="218"/>
        <source>The market&apos;s question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="219"/>
        <source>The outcome token traded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="220"/>
        <source>The wallet&apos;s price per share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="221"/>
        <source>Shares the wallet traded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="222"/>
        <source>USDC the wallet paid or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="223"/>
        <source>Detection lag: from the venue&apos;s time to our detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="224"/>
        <source>What our own book (EXEC_USER) did with the group this trade joined: EXECUTE, or SKIP with the reason codes. — when no decision is stored yet (or the trade was not copyable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="226"/>
        <source>Shares we filled against the shares we aimed for; fewer is a partial fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="227"/>
        <source>Our average fill price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="228"/>
        <source>Our VWAP against the wallet&apos;s group price in bps; positive is worse for us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="238"/>
        <source>The wallet&apos;s newest trades (up to %1) with the copy outcome of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="239"/>
        <source>&amp;Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="290"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="312"/>
        <source>%1 is not a followed wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="348"/>
        <source>No wallet is followed yet: add one in the Wallets panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="382"/>
        <source>Distributions cover the newest %1 of %2 attempts in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="402"/>
        <source>Could not read everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="494"/>
        <source>Could not read the PnL history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="515"/>
        <source>No PnL snapshots of this wallet in this window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="519"/>
        <source>At %1: shadow %2 · executable %3 · gap %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="531"/>
        <source>Could not read positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="548"/>
        <source>Could not read the trade feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="555"/>
        <source>Detected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="562"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="565"/>
        <source>No decision on this trade&apos;s group is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="569"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="569"/>
        <source>SKIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="570"/>
        <source>Copied (attempt #%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="571"/>
        <source>Attempt #%1 skipped:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="577"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="593"/>
        <source>%1 attempts · %2 executed (fill rate %3) · %4 partial fills (%5 of executions) · %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="605"/>
        <source>No executed buys or sells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="606"/>
        <source>%1 executions · median %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="611"/>
        <source>No trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="612"/>
        <source>%1 trades · median %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="617"/>
        <source>No attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="618"/>
        <source>%1 attempts · median %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="632"/>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="633"/>
        <source>No skips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletDetailDock.cpp" line="634"/>
        <source>%1 reason codes over %2 skips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsDock</name>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="20"/>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="29"/>
        <source>Wallet address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="30"/>
        <source>The Polymarket proxy wallet to follow: 0x followed by 40 hex digits. Mixed case must carry a valid EIP-55 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="35"/>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="37"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="39"/>
        <source>Start following this wallet (paper mode, enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="68"/>
        <location filename="../ui/docks/WalletsDock.cpp" line="192"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="70"/>
        <source>&amp;Unfollow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="72"/>
        <source>&amp;Live…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="74"/>
        <source>Switch the selected wallet from paper to live trading: needs the unlocked trading key, venue API credentials and a typed confirmation. Live order submission is not available in this build, so the dialog runs the checks and switches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="77"/>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="79"/>
        <source>Open the selected wallet in Wallet detail (or double-click its row, or press Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="80"/>
        <source>&amp;Overrides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="82"/>
        <source>Edit the selected wallet&apos;s configuration overrides in Config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>Unfollow wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="151"/>
        <source>Stop following %1?

Its recorded trades, attempts and ledger stay in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="192"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsModel</name>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="60"/>
        <source>Shadow PnL: what the wallet&apos;s own trades made at its prices and sizes, tracked from when you followed it (latest per-minute snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="63"/>
        <source>Executable PnL: what our copies of this wallet made in its own book (EXEC_USER), after fees and slippage: equity minus the wallet&apos;s bankroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="66"/>
        <source>Tracking gap: shadow PnL minus executable PnL. Positive means the wallet did better than our copy of it (skips, slippage, fees, size limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Copy attempts decided for this wallet&apos;s own book (EXEC_USER), executed or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="71"/>
        <source>Executed attempts as a share of all attempts; partial fills count as executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="73"/>
        <source>When the wallet&apos;s newest trade was detected (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="114"/>
        <source>Your name for this wallet. Double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="120"/>
        <source>The followed proxy wallet (Polymarket profile address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="129"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="129"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="131"/>
        <source>Paper: copies are simulated against the real order book. Live: real orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="137"/>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="137"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="139"/>
        <source>When disabled, this wallet&apos;s trades are still tracked but never copied (reason WALLET_DISABLED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="166"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="167"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="168"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="169"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="170"/>
        <source>Shadow PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="171"/>
        <source>Executable PnL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="172"/>
        <source>Tracking gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="173"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="174"/>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="175"/>
        <source>Last trade (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="176"/>
        <source>Added (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
