<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <location filename="../ui/models/ReasonText.cpp" line="77"/>
        <source>A gates</source>
        <translation>A Vorprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="79"/>
        <source>B sizing</source>
        <translation>B Bemessung</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="81"/>
        <source>C risk</source>
        <translation>C Risiko</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="83"/>
        <source>D book</source>
        <translation>D Orderbuch</translation>
    </message>
    <message>
        <location filename="../ui/models/ReasonText.cpp" line="84"/>
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
    <name>slip::api::Terminal</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="77"/>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="116"/>
        <location filename="../core/api/Terminal.cpp" line="160"/>
        <location filename="../core/api/Terminal.cpp" line="251"/>
        <location filename="../core/api/Terminal.cpp" line="309"/>
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
        <source>The stored configuration is not valid: %1</source>
        <translation>Die gespeicherte Konfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="167"/>
        <source>Could not store the demo wallets.</source>
        <translation>Die Demo-Wallets konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="244"/>
        <source>The engine did not take the switch: %1</source>
        <translation>Die Engine hat die Umschaltung nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="312"/>
        <source>Not a valid wallet address: %1.</source>
        <translation>Keine gültige Wallet-Adresse: %1.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="317"/>
        <source>Wallet %1 is already followed.</source>
        <translation>Der Wallet %1 wird bereits gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="334"/>
        <location filename="../core/api/Terminal.cpp" line="354"/>
        <location filename="../core/api/Terminal.cpp" line="371"/>
        <source>Wallet %1 is not followed.</source>
        <translation>Der Wallet %1 wird nicht gefolgt.</translation>
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
        <location filename="../ui/docks/AttemptsDock.cpp" line="100"/>
        <location filename="../ui/docks/AttemptsDock.cpp" line="286"/>
        <source>Select an attempt to see its decision trace.</source>
        <translation>Einen Versuch auswählen, um seine Entscheidungsspur zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="105"/>
        <source>Stage / figure</source>
        <translation>Stufe / Kennzahl</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="105"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="107"/>
        <source>The attempt&apos;s figures and each pipeline stage&apos;s inputs, with the check that failed (spec §5: A gates, B sizing, C risk, D book, E fill).</source>
        <translation>Die Kennzahlen des Versuchs und die Eingaben jeder Pipeline-Stufe, mit der fehlgeschlagenen Prüfung (Spez. §5: A Vorprüfungen, B Bemessung, C Risiko, D Orderbuch, E Ausführung).</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="145"/>
        <source>All wallets</source>
        <translation>Alle Wallets</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="147"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="198"/>
        <source>Could not read attempts: %1</source>
        <translation>Versuche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="201"/>
        <source>Showing %1 of %2 attempts (more load as you scroll).</source>
        <translation>%1 von %2 Versuchen angezeigt (weitere laden beim Blättern).</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="213"/>
        <source>Only this wallet</source>
        <translation>Nur diese Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="218"/>
        <source>Only this market outcome</source>
        <translation>Nur dieser Marktausgang</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="222"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="271"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="271"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="293"/>
        <source>Attempt #%1</source>
        <translation>Versuch Nr. %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="295"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="296"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="297"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="298"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="299"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="300"/>
        <source>First event / flush / decision (UTC)</source>
        <translation>Erstes Ereignis / Abschluss / Entscheidung (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="300"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="303"/>
        <source>Their shares, USDC, VWAP</source>
        <translation>Ihre Anteile, USDC, VWAP</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="303"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="306"/>
        <source>Target shares, USDC</source>
        <translation>Ziel-Anteile, USDC</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="306"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="309"/>
        <source>Mid at decision</source>
        <translation>Mittelkurs bei Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="310"/>
        <source>SKIP</source>
        <translation>ÜBERSPRINGEN</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="312"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="320"/>
        <source>Filled shares, USDC, VWAP, fee</source>
        <translation>Ausgeführte Anteile, USDC, VWAP, Gebühr</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="321"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="324"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="329"/>
        <source>Could not read the trace: %1</source>
        <translation>Die Spur konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="334"/>
        <source>No trace stored for this attempt; its figures are shown below.</source>
        <translation>Für diesen Versuch ist keine Spur gespeichert; seine Kennzahlen stehen unten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="337"/>
        <source>Decision trace of attempt #%1.</source>
        <translation>Entscheidungsspur von Versuch Nr. %1.</translation>
    </message>
    <message>
        <location filename="../ui/docks/AttemptsDock.cpp" line="338"/>
        <source>Trace</source>
        <translation>Spur</translation>
    </message>
</context>
<context>
    <name>slip::ui::AttemptsModel</name>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="235"/>
        <source>Asset (token id) %1</source>
        <translation>Asset (Token-ID) %1</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="237"/>
        <source>What the followed wallet traded in this group: %1 shares for %2 USDC.</source>
        <translation>Was die gefolgte Wallet in dieser Gruppe gehandelt hat: %1 Anteile für %2 USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="239"/>
        <source>The followed wallet&apos;s volume-weighted average price in this group.</source>
        <translation>Der volumengewichtete Durchschnittspreis der gefolgten Wallet in dieser Gruppe.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="241"/>
        <source>The sized copy: %1 shares for %2 USDC (priced at their VWAP).</source>
        <translation>Die bemessene Kopie: %1 Anteile für %2 USDC (bewertet zu ihrem VWAP).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="245"/>
        <source>Copied: every check passed.</source>
        <translation>Kopiert: alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="246"/>
        <source>Shares we filled (paper: walked the order book at decision time).</source>
        <translation>Von uns ausgeführte Anteile (Papier: Orderbuch zum Entscheidungszeitpunkt abgearbeitet).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="247"/>
        <source>Our volume-weighted average fill price.</source>
        <translation>Unser volumengewichteter durchschnittlicher Ausführungspreis.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="248"/>
        <source>Fee paid on the fill, in USDC.</source>
        <translation>Für die Ausführung gezahlte Gebühr, in USDC.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="250"/>
        <source>Global book: one bankroll copying every followed wallet.</source>
        <translation>Globales Buch: ein Kapitalstock kopiert alle gefolgten Wallets.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="251"/>
        <source>Per-wallet book: copying only this wallet with its own bankroll.</source>
        <translation>Wallet-Buch: kopiert nur diese Wallet mit eigenem Kapitalstock.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="259"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="259"/>
        <location filename="../ui/models/AttemptsModel.cpp" line="293"/>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="261"/>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="261"/>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="266"/>
        <source>EXECUTE</source>
        <translation>AUSFÜHREN</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="266"/>
        <source>SKIP</source>
        <translation>ÜBERSPRINGEN</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="281"/>
        <source>Decision time (UTC): when the engine decided on the group.</source>
        <translation>Entscheidungszeit (UTC): wann die Engine über die Gruppe entschieden hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="282"/>
        <source>USDC the followed wallet traded in the group.</source>
        <translation>USDC, die die gefolgte Wallet in der Gruppe gehandelt hat.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="283"/>
        <source>USDC the sizing rules wanted to copy.</source>
        <translation>USDC, die die Bemessungsregeln kopieren wollten.</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="284"/>
        <source>Why the attempt was skipped (hover a row for explanations).</source>
        <translation>Warum der Versuch übersprungen wurde (Zeile überfahren für Erklärungen).</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="291"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="292"/>
        <source>Scope</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="294"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="295"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="296"/>
        <source>Their USDC</source>
        <translation>Ihre USDC</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="297"/>
        <source>Their price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="298"/>
        <source>Target USDC</source>
        <translation>Ziel-USDC</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="299"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="300"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="301"/>
        <source>Filled shares</source>
        <translation>Ausgeführte Anteile</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="302"/>
        <source>Our price</source>
        <translation>Unser Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/AttemptsModel.cpp" line="303"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
</context>
<context>
    <name>slip::ui::EngineControls</name>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="43"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="106"/>
        <source>KILL SWITCH</source>
        <translation>NOTAUS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="60"/>
        <location filename="../ui/widgets/EngineControls.cpp" line="115"/>
        <source>Pause engine</source>
        <translation>Engine pausieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="70"/>
        <source>DEMO — synthetic data from the embedded sandbox venue; no real money</source>
        <translation>DEMO — synthetische Daten vom eingebetteten Sandbox-Handelsplatz; kein echtes Geld</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="71"/>
        <source>This profile replays a bundled, generated capture through a local copy of the venue&apos;s APIs. Nothing here is real trading.</source>
        <translation>Dieses Profil spielt eine mitgelieferte, generierte Aufzeichnung über eine lokale Nachbildung der APIs des Handelsplatzes ab. Nichts davon ist echter Handel.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="100"/>
        <source>KILL SWITCH ENGAGED — Release…</source>
        <translation>NOTAUS AKTIV — Lösen…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="101"/>
        <source>The kill switch is engaged: no new orders of any kind. Click (or Ctrl+Shift+K) to release it; you will be asked to confirm.</source>
        <translation>Der Notaus ist aktiv: keine neuen Orders jeglicher Art. Klicken (oder Strg+Umschalt+K), um ihn zu lösen; Sie werden um Bestätigung gebeten.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="103"/>
        <source>KILL SWITCH ENGAGED — no new orders of any kind until it is released (toolbar button or Ctrl+Shift+K).</source>
        <translation>NOTAUS AKTIV — keine neuen Orders jeglicher Art, bis er gelöst wird (Schaltfläche in der Werkzeugleiste oder Strg+Umschalt+K).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="107"/>
        <source>Stop all copying at once: no new orders of any kind (Ctrl+Shift+K). Takes effect immediately, without confirmation.</source>
        <translation>Sämtliches Kopieren sofort stoppen: keine neuen Orders jeglicher Art (Strg+Umschalt+K). Wirkt sofort, ohne Bestätigung.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="115"/>
        <source>Resume engine</source>
        <translation>Engine fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="116"/>
        <source>Resume copying. Trades seen while paused were skipped (ENGINE_PAUSED).</source>
        <translation>Kopieren fortsetzen. Während der Pause erkannte Trades wurden übersprungen (ENGINE_PAUSED).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="117"/>
        <source>Stop copying new trades; trades are still tracked and skipped with ENGINE_PAUSED. Open positions stay as they are.</source>
        <translation>Keine neuen Trades mehr kopieren; Trades werden weiter verfolgt und mit ENGINE_PAUSED übersprungen. Offene Positionen bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="119"/>
        <source>Engine paused — trades are tracked but not copied.</source>
        <translation>Engine pausiert — Trades werden verfolgt, aber nicht kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="137"/>
        <source>Could not engage the kill switch: %1</source>
        <translation>Der Notaus konnte nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="145"/>
        <source>Release kill switch</source>
        <translation>Notaus lösen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="146"/>
        <source>Release the kill switch and allow new orders again?</source>
        <translation>Den Notaus lösen und wieder neue Orders erlauben?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="148"/>
        <source>Copying resumes with the next trade of a followed wallet.</source>
        <translation>Das Kopieren setzt mit dem nächsten Trade einer gefolgten Wallet wieder ein.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="149"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="151"/>
        <source>Keep engaged</source>
        <translation>Aktiv lassen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="157"/>
        <source>Could not release the kill switch: %1</source>
        <translation>Der Notaus konnte nicht gelöst werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="168"/>
        <source>Could not pause the engine: %1</source>
        <translation>Die Engine konnte nicht pausiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EngineControls.cpp" line="169"/>
        <source>Could not resume the engine: %1</source>
        <translation>Die Engine konnte nicht fortgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>slip::ui::EquityChartView</name>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="23"/>
        <source>Equity (USDC)</source>
        <translation>Eigenkapital (USDC)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/EquityChartView.cpp" line="44"/>
        <source>Equity of the global book in USDC (cash plus positions at their marks), time in UTC. Wheel or +/− zoom, drag pans, Shift+drag zooms to a range, double-click or 0 resets.</source>
        <translation>Eigenkapital des globalen Buchs in USDC (Guthaben plus Positionen zu ihren Marktwerten), Zeit in UTC. Mausrad oder +/− zoomen, Ziehen verschiebt, Umschalt+Ziehen zoomt auf einen Bereich, Doppelklick oder 0 setzt zurück.</translation>
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
        <location filename="../ui/MainWindow.cpp" line="42"/>
        <source>Slipstream — %1</source>
        <translation>Slipstream — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>  PAPER — simulated copies only; live trading is not available in this build  </source>
        <translation>  PAPIER — nur simulierte Kopien; Live-Handel ist in dieser Version nicht verfügbar  </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Every copy is simulated against the venue&apos;s order book. No real orders are sent.</source>
        <translation>Jede Kopie wird gegen das Orderbuch des Handelsplatzes simuliert. Es werden keine echten Orders gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Slipstream</source>
        <translation>Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>Slipstream — DEMO — %1</source>
        <translation>Slipstream — DEMO — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="92"/>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Lock Layout</source>
        <translation>Layout &amp;sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="163"/>
        <source>&amp;About Slipstream</source>
        <translation>&amp;Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>About Slipstream</source>
        <translation>Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;A copy-trading terminal.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;Ein Copy-Trading-Terminal.&lt;br&gt;Daten: %2</translation>
    </message>
</context>
<context>
    <name>slip::ui::OverviewDock</name>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="47"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="63"/>
        <source>Equity of the global book: cash plus every position at its mark.</source>
        <translation>Eigenkapital des globalen Buchs: Guthaben plus jede Position zu ihrem Marktwert.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="64"/>
        <source>Equity change since the start of the current UTC day.</source>
        <translation>Veränderung des Eigenkapitals seit Beginn des aktuellen UTC-Tages.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="65"/>
        <source>Equity change over the last 7 days (or since the first snapshot).</source>
        <translation>Veränderung des Eigenkapitals in den letzten 7 Tagen (oder seit dem ersten Schnappschuss).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="66"/>
        <source>How far equity is below its peak, as a share of the peak.</source>
        <translation>Wie weit das Eigenkapital unter seinem Höchststand liegt, als Anteil des Höchststands.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="67"/>
        <source>Market value of the open positions (the money at risk).</source>
        <translation>Marktwert der offenen Positionen (das eingesetzte Kapital).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="68"/>
        <source>Realized and unrealized PnL of the global book.</source>
        <translation>Realisierter und unrealisierter Gewinn/Verlust des globalen Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="70"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Exposure</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="71"/>
        <source>Realized / unrealized</source>
        <translation>Realisiert / unrealisiert</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>1D</source>
        <translation>1T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>7D</source>
        <translation>7T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>30D</source>
        <translation>30T</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="85"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="91"/>
        <source>Show this much history, ending at the newest snapshot.</source>
        <translation>So viel Verlauf zeigen, endend beim neuesten Schnappschuss.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="97"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="158"/>
        <source>No snapshots of the global book yet.</source>
        <translation>Noch keine Schnappschüsse des globalen Buchs.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="158"/>
        <source>Could not read PnL: %1</source>
        <translation>Gewinn/Verlust konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="166"/>
        <source>How far equity is below its peak (%1), as a share of the peak.</source>
        <translation>Wie weit das Eigenkapital unter seinem Höchststand (%1) liegt, als Anteil des Höchststands.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="169"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="170"/>
        <source>as of %1 UTC</source>
        <translation>Stand %1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="185"/>
        <source>Could not read the equity curve: %1</source>
        <translation>Die Eigenkapitalkurve konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="197"/>
        <source>KILL SWITCH ENGAGED</source>
        <translation>NOTAUS AKTIV</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="213"/>
        <source>Engine paused</source>
        <translation>Engine pausiert</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="215"/>
        <source>Engine running (%1)</source>
        <translation>Engine läuft (%1)</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="200"/>
        <source>No new orders of any kind until the kill switch is released.</source>
        <translation>Keine neuen Orders jeglicher Art, bis der Notaus gelöst wird.</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="202"/>
        <source>Kill switch off</source>
        <translation>Notaus aus</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="204"/>
        <source>Copies are allowed (subject to every other check).</source>
        <translation>Kopien sind erlaubt (vorbehaltlich aller anderen Prüfungen).</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="211"/>
        <source>Engine not running</source>
        <translation>Engine läuft nicht</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="216"/>
        <source>Stream time %1 UTC · last event %2 UTC · %3 groups waiting · write queue %4</source>
        <translation>Datenstromzeit %1 UTC · letztes Ereignis %2 UTC · %3 Gruppen wartend · Schreibwarteschlange %4</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="225"/>
        <source>%1: %2, last message %3, %4 reconnects, %5 errors, %6 rate-limited%7</source>
        <translation>%1: %2, letzte Nachricht %3, %4 Neuverbindungen, %5 Fehler, %6 mal gedrosselt%7</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="226"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="226"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="227"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="227"/>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="231"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>No feeds reported</source>
        <translation>Keine Datenquellen gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="233"/>
        <source>Feeds: %1</source>
        <translation>Datenquellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/OverviewDock.cpp" line="234"/>
        <source>The engine has not reported its feeds yet.</source>
        <translation>Die Engine hat ihre Datenquellen noch nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>slip::ui::PositionsDock</name>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="21"/>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="52"/>
        <source>Equity = cash + market value of the positions at their marks.</source>
        <translation>Eigenkapital = Guthaben + Marktwert der Positionen zu ihren Marktwerten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="90"/>
        <source>Could not read positions: %1</source>
        <translation>Positionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/PositionsDock.cpp" line="98"/>
        <source>Equity %1 · cash %2 · realized %3 · unrealized %4</source>
        <translation>Eigenkapital %1 · Guthaben %2 · realisiert %3 · unrealisiert %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/docks/PositionsDock.cpp" line="104"/>
        <source>%n open position(s)</source>
        <translation>
            <numerusform>%n offene Position</numerusform>
            <numerusform>%n offene Positionen</numerusform>
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
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="172"/>
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
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="109"/>
        <source>Could not read reason counts: %1</source>
        <translation>Grundzählungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="208"/>
        <source>%1 skips; click to list them</source>
        <translation>%1 übersprungen; klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="212"/>
        <source>No skips in this scope and window.</source>
        <translation>Keine übersprungenen Versuche in diesem Buch und Zeitraum.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SkipReasonsDock.cpp" line="213"/>
        <source>%1 reason codes over the skips of this scope and window (an attempt can carry several).</source>
        <translation>%1 Grundcodes über die übersprungenen Versuche dieses Buchs und Zeitraums (ein Versuch kann mehrere tragen).</translation>
    </message>
</context>
<context>
    <name>slip::ui::SystemDock</name>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="26"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="38"/>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="39"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="40"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="41"/>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="42"/>
        <source>Size on disk:</source>
        <translation>Größe auf der Festplatte:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="43"/>
        <source>Writer:</source>
        <translation>Schreiber:</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="44"/>
        <source>Batches the single database writer has committed, failed, and still has queued.</source>
        <translation>Stapel, die der einzige Datenbank-Schreiber festgeschrieben hat, die fehlgeschlagen sind und die noch warten.</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="49"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="49"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="84"/>
        <source>(stderr only)</source>
        <translation>(nur stderr)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="87"/>
        <source>%1 committed, %2 failed, %3 queued</source>
        <translation>%1 festgeschrieben, %2 fehlgeschlagen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="92"/>
        <source> — last error: %1</source>
        <translation> — letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsDock</name>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="18"/>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="27"/>
        <source>Wallet address (0x…)</source>
        <translation>Wallet-Adresse (0x…)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="28"/>
        <source>The Polymarket proxy wallet to follow: 0x followed by 40 hex digits. Mixed case must carry a valid EIP-55 checksum.</source>
        <translation>Der zu folgende Polymarket-Proxy-Wallet: 0x gefolgt von 40 Hex-Ziffern. Gemischte Schreibweise muss eine gültige EIP-55-Prüfsumme tragen.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="33"/>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="35"/>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="37"/>
        <source>Start following this wallet (paper mode, enabled).</source>
        <translation>Diesem Wallet folgen (Papiermodus, aktiviert).</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="66"/>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="68"/>
        <source>&amp;Unfollow…</source>
        <translation>&amp;Nicht mehr folgen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="120"/>
        <source>Unfollow wallet</source>
        <translation>Wallet nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="121"/>
        <source>Stop following %1?

Its recorded trades, attempts and ledger stay in the database.</source>
        <translation>%1 nicht mehr folgen?

Seine aufgezeichneten Trades, Versuche und Buchungen bleiben in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="150"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>slip::ui::WalletsModel</name>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="46"/>
        <source>Your name for this wallet. Double-click to edit.</source>
        <translation>Ihr Name für diesen Wallet. Zum Bearbeiten doppelklicken.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="52"/>
        <source>The followed proxy wallet (Polymarket profile address).</source>
        <translation>Der gefolgte Proxy-Wallet (Polymarket-Profiladresse).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="61"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="61"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="63"/>
        <source>Paper: copies are simulated against the real order book. Live: real orders.</source>
        <translation>Papier: Kopien werden gegen das echte Orderbuch simuliert. Live: echte Orders.</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Copying</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="69"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="71"/>
        <source>When disabled, this wallet&apos;s trades are still tracked but never copied (reason WALLET_DISABLED).</source>
        <translation>Wenn deaktiviert, werden die Trades dieses Wallets weiter verfolgt, aber nie kopiert (Grund WALLET_DISABLED).</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="89"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="90"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="91"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="92"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/models/WalletsModel.cpp" line="93"/>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
</context>
</TS>
