<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="33"/>
        <source>A label can have at most %1 characters.</source>
        <translation>Eine Bezeichnung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="36"/>
        <source>A label cannot contain control characters.</source>
        <translation>Eine Bezeichnung darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Slipstream copy-trading terminal</source>
        <translation>Slipstream Copy-Trading-Terminal</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Use DIR for the database, logs and layout.</source>
        <translation>DIR für Datenbank, Protokolle und Layout verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <location filename="../app/main.cpp" line="52"/>
        <location filename="../app/main.cpp" line="60"/>
        <source>Slipstream</source>
        <translation>Slipstream</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Cannot open the database:
%1</source>
        <translation>Die Datenbank kann nicht geöffnet werden:
%1</translation>
    </message>
</context>
<context>
    <name>slip::api::Terminal</name>
    <message>
        <location filename="../core/api/Terminal.cpp" line="69"/>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="123"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="126"/>
        <source>Not a valid wallet address: %1.</source>
        <translation>Keine gültige Wallet-Adresse: %1.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="131"/>
        <source>Wallet %1 is already followed.</source>
        <translation>Der Wallet %1 wird bereits gefolgt.</translation>
    </message>
    <message>
        <location filename="../core/api/Terminal.cpp" line="149"/>
        <location filename="../core/api/Terminal.cpp" line="170"/>
        <location filename="../core/api/Terminal.cpp" line="188"/>
        <source>Wallet %1 is not followed.</source>
        <translation>Der Wallet %1 wird nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>slip::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>Slipstream — %1</source>
        <translation>Slipstream — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>  PAPER — simulated copies only; live trading is not available in this build  </source>
        <translation>  PAPIER — nur simulierte Kopien; Live-Handel ist in dieser Version nicht verfügbar  </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Every copy is simulated against the venue&apos;s order book. No real orders are sent.</source>
        <translation>Jede Kopie wird gegen das Orderbuch des Handelsplatzes simuliert. Es werden keine echten Orders gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Slipstream</source>
        <translation>Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>&amp;Lock Layout</source>
        <translation>Layout &amp;sperren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>&amp;About Slipstream</source>
        <translation>&amp;Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>About Slipstream</source>
        <translation>Über Slipstream</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;A copy-trading terminal.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;Slipstream&lt;/b&gt; %1&lt;br&gt;Ein Copy-Trading-Terminal.&lt;br&gt;Daten: %2</translation>
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
        <location filename="../ui/docks/SystemDock.cpp" line="83"/>
        <source>(stderr only)</source>
        <translation>(nur stderr)</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="86"/>
        <source>%1 committed, %2 failed, %3 queued</source>
        <translation>%1 festgeschrieben, %2 fehlgeschlagen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../ui/docks/SystemDock.cpp" line="91"/>
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
        <location filename="../ui/docks/WalletsDock.cpp" line="63"/>
        <location filename="../ui/docks/WalletsDock.cpp" line="147"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="65"/>
        <source>&amp;Unfollow…</source>
        <translation>&amp;Nicht mehr folgen…</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="117"/>
        <source>Unfollow wallet</source>
        <translation>Wallet nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="118"/>
        <source>Stop following %1?

Its recorded trades, attempts and ledger stay in the database.</source>
        <translation>%1 nicht mehr folgen?

Seine aufgezeichneten Trades, Versuche und Buchungen bleiben in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../ui/docks/WalletsDock.cpp" line="147"/>
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
