<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <location filename="../ui/models/ReasonText.cpp" line="77"/>
        <source>A gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="79"/>
        <source>B sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="81"/>
        <source>C risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="83"/>
        <source>D book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="84"/>
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
    <name>slip::api::Terminal</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="77"/>
        <source>Could not save the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="116"/>
        <location filename="../core/api/Terminal.cpp" line="160"/>
        <location filename="../core/api/Terminal.cpp" line="251"/>
        <location filename="../core/api/Terminal.cpp" line="309"/>
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
        <source>The stored configuration is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="167"/>
        <source>Could not store the demo wallets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="244"/>
        <source>The engine did not take the switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="312"/>
        <source>Not a valid wallet address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="317"/>
        <source>Wallet %1 is already followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="334"/>
        <location filename="../core/api/Terminal.cpp" line="354"/>
        <location filename="../core/api/Terminal.cpp" line="371"/>
        <source>Wallet %1 is not followed.</source>
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
        <location filename="../ui/docks/AttemptsDock.cpp" line="100"/>
        <location filename="../ui/docks/AttemptsDock.cpp" line="286"/>
        <source>Select an attempt to see its decision trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="105"/>
        <source>Stage / figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="105"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="107"/>
        <source>The attempt&apos;s figures and each pipeline stage&apos;s inputs, with the check that failed (spec §5: A gates, B sizing, C risk, D book, E fill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="145"/>
        <source>All wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="147"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="198"/>
        <source>Could not read attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="201"/>
        <source>Showing %1 of %2 attempts (more load as you scroll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="213"/>
        <source>Only this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="218"/>
        <source>Only this market outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="222"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="271"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="271"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="293"/>
        <source>Attempt #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="295"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="296"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="297"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="298"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="299"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="300"/>
        <source>First event / flush / decision (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="300"/>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="303"/>
        <source>Their shares, USDC, VWAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="303"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="306"/>
        <source>Target shares, USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="306"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="309"/>
        <source>Mid at decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="312"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="320"/>
        <source>Filled shares, USDC, VWAP, fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="321"/>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="324"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="329"/>
        <source>Could not read the trace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="334"/>
        <source>No trace stored for this attempt; its figures are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="337"/>
        <source>Decision trace of attempt #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="338"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsModel</name>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="235"/>
        <source>Asset (token id) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="237"/>
        <source>What the followed wallet traded in this group: %1 shares for %2 USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="239"/>
        <source>The followed wallet&apos;s volume-weighted average price in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="241"/>
        <source>The sized copy: %1 shares for %2 USDC (priced at their VWAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="245"/>
        <source>Copied: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="246"/>
        <source>Shares we filled (paper: walked the order book at decision time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="247"/>
        <source>Our volume-weighted average fill price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="248"/>
        <source>Fee paid on the fill, in USDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="250"/>
        <source>Global book: one bankroll copying every followed wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="251"/>
        <source>Per-wallet book: copying only this wallet with its own bankroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="259"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="259"/>
        <location filename="../ui/models/AttemptsModel.cpp" line="293"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="261"/>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="261"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="266"/>
        <source>EXECUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="266"/>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="281"/>
        <source>Decision time (UTC): when the engine decided on the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="282"/>
        <source>USDC the followed wallet traded in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="283"/>
        <source>USDC the sizing rules wanted to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="284"/>
        <source>Why the attempt was skipped (hover a row for explanations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="291"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="292"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="294"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="295"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="296"/>
        <source>Their USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="297"/>
        <source>Their price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="298"/>
        <source>Target USDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="299"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="300"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="301"/>
        <source>Filled shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="302"/>
        <source>Our price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="303"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::EngineControls</name>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="43"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="106"/>
        <source>KILL SWITCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="60"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="115"/>
        <source>Pause engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="70"/>
        <source>DEMO — synthetic data from the embedded sandbox venue; no real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="71"/>
        <source>This profile replays a bundled, generated capture through a local copy of the venue&apos;s APIs. Nothing here is real trading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="100"/>
        <source>KILL SWITCH ENGAGED — Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="101"/>
        <source>The kill switch is engaged: no new orders of any kind. Click (or Ctrl+Shift+K) to release it; you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="103"/>
        <source>KILL SWITCH ENGAGED — no new orders of any kind until it is released (toolbar button or Ctrl+Shift+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="107"/>
        <source>Stop all copying at once: no new orders of any kind (Ctrl+Shift+K). Takes effect immediately, without confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="115"/>
        <source>Resume engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="116"/>
        <source>Resume copying. Trades seen while paused were skipped (ENGINE_PAUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="117"/>
        <source>Stop copying new trades; trades are still tracked and skipped with ENGINE_PAUSED. Open positions stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="119"/>
        <source>Engine paused — trades are tracked but not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="137"/>
        <source>Could not engage the kill switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="145"/>
        <source>Release kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="146"/>
        <source>Release the kill switch and allow new orders again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="148"/>
        <source>Copying resumes with the next trade of a followed wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="149"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="151"/>
        <source>Keep engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="157"/>
        <source>Could not release the kill switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="168"/>
        <source>Could not pause the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="169"/>
        <source>Could not resume the engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::EquityChartView</name>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="23"/>
        <source>Equity (USDC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="44"/>
        <source>Equity of the global book in USDC (cash plus positions at their marks), time in UTC. Wheel or +/− zoom, drag pans, Shift+drag zooms to a range, double-click or 0 resets.</source>
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
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>Slipstream — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>  PAPER — simulated copies only; live trading is not available in this build  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Every copy is simulated against the venue&apos;s order book. No real orders are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>Slipstream — DEMO — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Banners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Lock Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;About Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>About Slipstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;A copy-trading terminal.&lt;br&gt;Data: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::OverviewDock</name>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="47"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="63"/>
        <source>Equity of the global book: cash plus every position at its mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="64"/>
        <source>Equity change since the start of the current UTC day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="65"/>
        <source>Equity change over the last 7 days (or since the first snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="66"/>
        <source>How far equity is below its peak, as a share of the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="67"/>
        <source>Market value of the open positions (the money at risk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="68"/>
        <source>Realized and unrealized PnL of the global book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Realized / unrealized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>1D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>7D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>30D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="91"/>
        <source>Show this much history, ending at the newest snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="97"/>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="158"/>
        <source>No snapshots of the global book yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="158"/>
        <source>Could not read PnL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="166"/>
        <source>How far equity is below its peak (%1), as a share of the peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="169"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="170"/>
        <source>as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="185"/>
        <source>Could not read the equity curve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="197"/>
        <source>KILL SWITCH ENGAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="213"/>
        <source>Engine paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="215"/>
        <source>Engine running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="200"/>
        <source>No new orders of any kind until the kill switch is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="202"/>
        <source>Kill switch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="204"/>
        <source>Copies are allowed (subject to every other check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>Engine not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="216"/>
        <source>Stream time %1 UTC · last event %2 UTC · %3 groups waiting · write queue %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="225"/>
        <source>%1: %2, last message %3, %4 reconnects, %5 errors, %6 rate-limited%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="226"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="226"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="227"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="227"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="231"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>No feeds reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>Feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="234"/>
        <source>The engine has not reported its feeds yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsDock</name>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="21"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="52"/>
        <source>Equity = cash + market value of the positions at their marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="90"/>
        <source>Could not read positions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="98"/>
        <source>Equity %1 · cash %2 · realized %3 · unrealized %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/PositionsDock.cpp" line="104"/>
        <source>%n open position(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="172"/>
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
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="109"/>
        <source>Could not read reason counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="208"/>
        <source>%1 skips; click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="212"/>
        <source>No skips in this scope and window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="213"/>
        <source>%1 reason codes over the skips of this scope and window (an attempt can carry several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::SystemDock</name>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="26"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="38"/>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="39"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="40"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="41"/>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="42"/>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="43"/>
        <source>Writer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="44"/>
        <source>Batches the single database writer has committed, failed, and still has queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="49"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="49"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="84"/>
        <source>(stderr only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="87"/>
        <source>%1 committed, %2 failed, %3 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="92"/>
        <source> — last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsDock</name>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="18"/>
        <source>Wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="27"/>
        <source>Wallet address (0x…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="28"/>
        <source>The Polymarket proxy wallet to follow: 0x followed by 40 hex digits. Mixed case must carry a valid EIP-55 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="33"/>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="35"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="37"/>
        <source>Start following this wallet (paper mode, enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="66"/>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="68"/>
        <source>&amp;Unfollow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="120"/>
        <source>Unfollow wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="121"/>
        <source>Stop following %1?

Its recorded trades, attempts and ledger stay in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsModel</name>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="46"/>
        <source>Your name for this wallet. Double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="52"/>
        <source>The followed proxy wallet (Polymarket profile address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="61"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="61"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="63"/>
        <source>Paper: copies are simulated against the real order book. Live: real orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="71"/>
        <source>When disabled, this wallet&apos;s trades are still tracked but never copied (reason WALLET_DISABLED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="89"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="90"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="91"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="92"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="93"/>
        <source>Added (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
