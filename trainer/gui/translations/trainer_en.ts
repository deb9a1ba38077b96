<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AttemptStatus</name>
    <message>
        <location filename="../words.py" line="60"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../words.py" line="61"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../words.py" line="63"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <location filename="../history/model.py" line="146"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="147"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="148"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="149"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="150"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="198"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="200"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../words.py" line="117"/>
        <source>An indicator, rightly ticked:</source>
        <translation>An indicator, rightly ticked:</translation>
    </message>
    <message>
        <location filename="../words.py" line="118"/>
        <source>An indicator you missed:</source>
        <translation>An indicator you missed:</translation>
    </message>
    <message>
        <location filename="../words.py" line="119"/>
        <source>Not an indicator, but ticked:</source>
        <translation>Not an indicator, but ticked:</translation>
    </message>
    <message>
        <location filename="../words.py" line="120"/>
        <source>Not an indicator, rightly left out:</source>
        <translation>Not an indicator, rightly left out:</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../player/debrief_page.py" line="93"/>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="94"/>
        <source>Back to the &amp;library</source>
        <translation>Back to the &amp;library</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="95"/>
        <source>Play &amp;again</source>
        <translation>Play &amp;again</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="96"/>
        <location filename="../player/debrief_page.py" line="98"/>
        <source>Your path, step by step</source>
        <translation>Your path, step by step</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="97"/>
        <source>How it ended and the lessons</source>
        <translation>How it ended and the lessons</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="126"/>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="145"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="156"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="178"/>
        <source>ticked %1 right, %2 wrong, missed %3</source>
        <translation>ticked %1 right, %2 wrong, missed %3</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="184"/>
        <source>(time ran out)</source>
        <translation>(time ran out)</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="197"/>
        <source>You followed the best path all the way.</source>
        <translation>You followed the best path all the way.</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="204"/>
        <source>You left the best path at: %1</source>
        <translation>You left the best path at: %1</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="225"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="238"/>
        <source>The best choice here</source>
        <translation>The best choice here</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="242"/>
        <source>By decision-model stage</source>
        <translation>By decision-model stage</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help.py" line="21"/>
        <source>Choose an answer; in a checklist, tick or untick an item</source>
        <translation>Choose an answer; in a checklist, tick or untick an item</translation>
    </message>
    <message>
        <location filename="../help.py" line="25"/>
        <source>Confirm, or go on to the next step</source>
        <translation>Confirm, or go on to the next step</translation>
    </message>
    <message>
        <location filename="../help.py" line="28"/>
        <source>Pause the scenario (nothing is lost) and go to the library</source>
        <translation>Pause the scenario (nothing is lost) and go to the library</translation>
    </message>
    <message>
        <location filename="../help.py" line="32"/>
        <source>Move between buttons and fields</source>
        <translation>Move between buttons and fields</translation>
    </message>
    <message>
        <location filename="../help.py" line="34"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../help.py" line="35"/>
        <source>Press that button, or open that menu</source>
        <translation>Press that button, or open that menu</translation>
    </message>
    <message>
        <location filename="../help.py" line="37"/>
        <source>Search the scenario library</source>
        <translation>Search the scenario library</translation>
    </message>
    <message>
        <location filename="../help.py" line="39"/>
        <source>Enter on a scenario</source>
        <translation>Enter on a scenario</translation>
    </message>
    <message>
        <location filename="../help.py" line="40"/>
        <source>Start it in the chosen mode and language</source>
        <translation>Start it in the chosen mode and language</translation>
    </message>
    <message>
        <location filename="../help.py" line="44"/>
        <source>Larger, smaller, normal text</source>
        <translation>Larger, smaller, normal text</translation>
    </message>
    <message>
        <location filename="../help.py" line="46"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <location filename="../help.py" line="55"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../help.py" line="79"/>
        <source>Practice in responding to hate crime and in working with local communities, for police officers. It works without a network.</source>
        <translation>Practice in responding to hate crime and in working with local communities, for police officers. It works without a network.</translation>
    </message>
    <message>
        <location filename="../help.py" line="84"/>
        <source>Data folder (profiles, results, backups): %1</source>
        <translation>Data folder (profiles, results, backups): %1</translation>
    </message>
    <message>
        <location filename="../help.py" line="85"/>
        <source>Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).</source>
        <translation>Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../history/page.py" line="230"/>
        <source>Competencies over time and per scenario</source>
        <translation>Competencies over time and per scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="231"/>
        <source>Export &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="232"/>
        <source>Export P&amp;DF</source>
        <translation>Export P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="233"/>
        <location filename="../history/page.py" line="234"/>
        <source>Search by scenario title</source>
        <translation>Search by scenario title</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="238"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="239"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="240"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="243"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="247"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="253"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="254"/>
        <location filename="../history/page.py" line="260"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="255"/>
        <location filename="../history/page.py" line="257"/>
        <source>Competencies over time</source>
        <translation>Competencies over time</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="256"/>
        <source>Finish a scenario to see your competencies here.</source>
        <translation>Finish a scenario to see your competencies here.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="258"/>
        <location filename="../history/page.py" line="262"/>
        <source>Best and last per scenario</source>
        <translation>Best and last per scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="260"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="260"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="260"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="263"/>
        <location filename="../history/page.py" line="264"/>
        <source>Where to improve</source>
        <translation>Where to improve</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="265"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="266"/>
        <source>&amp;Replay the attempt</source>
        <translation>&amp;Replay the attempt</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="268"/>
        <location filename="../history/page.py" line="334"/>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="371"/>
        <source>The charts cannot be shown: %1</source>
        <translation>The charts cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="390"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="392"/>
        <source>This history cannot be shown: %1</source>
        <translation>This history cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="434"/>
        <source>Finish a scenario to see which competencies to work on.</source>
        <translation>Finish a scenario to see which competencies to work on.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="440"/>
        <source>average %1, last %2</source>
        <translation>average %1, last %2</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="444"/>
        <source>Scenarios that train it:</source>
        <translation>Scenarios that train it:</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="468"/>
        <source>%1 of %2 attempts match</source>
        <translation>%1 of %2 attempts match</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="470"/>
        <source>%2 attempts</source>
        <translation>%2 attempts</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="519"/>
        <location filename="../history/page.py" line="523"/>
        <source>history</source>
        <comment>default file name of a history export</comment>
        <translation>history</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="520"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="524"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="538"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>IdleSignOut</name>
    <message>
        <location filename="../idle.py" line="263"/>
        <source>Nobody has used the trainer for a while: signing out in %1 s to keep your results private. Move the mouse or press a key to stay signed in.</source>
        <translation>Nobody has used the trainer for a while: signing out in %1 s to keep your results private. Move the mouse or press a key to stay signed in.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library/page.py" line="91"/>
        <source>● in progress</source>
        <translation>● in progress</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="95"/>
        <source>best %1 · last %2</source>
        <translation>best %1 · last %2</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="182"/>
        <source>Unavailable: %1 error(s) in the scenario file</source>
        <translation>Unavailable: %1 error(s) in the scenario file</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="203"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="209"/>
        <source>◷ timed</source>
        <translation>◷ timed</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="351"/>
        <source>Scenario library</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="352"/>
        <source>Search by title, topic or tag…  (Ctrl+F)</source>
        <translation>Search by title, topic or tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="353"/>
        <source>Search scenarios</source>
        <translation>Search scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="354"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="355"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="356"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="357"/>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="358"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="359"/>
        <source>Scenario &amp;language:</source>
        <translation>Scenario &amp;language:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="360"/>
        <source>Scenario language</source>
        <translation>Scenario language</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="361"/>
        <source>Scenario summary</source>
        <translation>Scenario summary</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="362"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="363"/>
        <source>&amp;Resume where I stopped</source>
        <translation>&amp;Resume where I stopped</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="364"/>
        <source>My &amp;history</source>
        <translation>My &amp;history</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="365"/>
        <source>&amp;Trainer overview</source>
        <translation>&amp;Trainer overview</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="435"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="379"/>
        <source>Practice: you see feedback after every choice.</source>
        <translation>Practice: you see feedback after every choice.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="382"/>
        <source>Assessment: no feedback until the debrief at the end, like a real call.</source>
        <translation>Assessment: no feedback until the debrief at the end, like a real call.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="476"/>
        <source>This scenario cannot be played until its file is fixed:</source>
        <translation>This scenario cannot be played until its file is fixed:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="487"/>
        <source>Duration: about %1 min</source>
        <translation>Duration: about %1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="488"/>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="489"/>
        <source>Timed decisions: a countdown runs at some steps</source>
        <translation>Timed decisions: a countdown runs at some steps</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="491"/>
        <source>No time limits</source>
        <translation>No time limits</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="492"/>
        <source>Competencies: %1</source>
        <translation>Competencies: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="496"/>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="500"/>
        <source>Your best: %1 · your last: %2</source>
        <translation>Your best: %1 · your last: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../help.py" line="78"/>
        <location filename="../main.py" line="346"/>
        <location filename="../window.py" line="293"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../window.py" line="294"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../window.py" line="295"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../window.py" line="296"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../window.py" line="297"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../window.py" line="298"/>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <location filename="../window.py" line="299"/>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location filename="../window.py" line="300"/>
        <source>&amp;Switch profile (sign out)</source>
        <translation>&amp;Switch profile (sign out)</translation>
    </message>
    <message>
        <location filename="../window.py" line="301"/>
        <source>My &amp;history</source>
        <translation>My &amp;history</translation>
    </message>
    <message>
        <location filename="../window.py" line="302"/>
        <source>&amp;Trainer overview</source>
        <translation>&amp;Trainer overview</translation>
    </message>
    <message>
        <location filename="../window.py" line="303"/>
        <source>&amp;Unlock a profile…</source>
        <translation>&amp;Unlock a profile…</translation>
    </message>
    <message>
        <location filename="../window.py" line="304"/>
        <source>Sign-out after &amp;inactivity…</source>
        <translation>Sign-out after &amp;inactivity…</translation>
    </message>
    <message>
        <location filename="../window.py" line="305"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../window.py" line="306"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../window.py" line="307"/>
        <source>&amp;About this app</source>
        <translation>&amp;About this app</translation>
    </message>
    <message>
        <location filename="../window.py" line="308"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../window.py" line="330"/>
        <source>About this app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../window.py" line="422"/>
        <source>Unlock a profile</source>
        <translation>Unlock a profile</translation>
    </message>
    <message>
        <location filename="../window.py" line="425"/>
        <source>No profile is locked.</source>
        <translation>No profile is locked.</translation>
    </message>
    <message>
        <location filename="../window.py" line="428"/>
        <source>Locked profile:</source>
        <translation>Locked profile:</translation>
    </message>
    <message>
        <location filename="../window.py" line="434"/>
        <source>Your password, %1:</source>
        <translation>Your password, %1:</translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location filename="../window.py" line="495"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../window.py" line="498"/>
        <source>attempt</source>
        <comment>default file name of an attempt&apos;s PDF</comment>
        <translation>attempt</translation>
    </message>
    <message>
        <location filename="../window.py" line="559"/>
        <source>Sign-out after inactivity</source>
        <translation>Sign-out after inactivity</translation>
    </message>
    <message>
        <location filename="../window.py" line="560"/>
        <source>Minutes without activity before the officer is signed out (0: never):</source>
        <translation>Minutes without activity before the officer is signed out (0: never):</translation>
    </message>
    <message>
        <location filename="../window.py" line="680"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../window.py" line="687"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../window.py" line="688"/>
        <source>The program hit an internal error. Your saved progress is safe.</source>
        <translation>The program hit an internal error. Your saved progress is safe.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</source>
        <translation>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>Wrong PIN or password. Tries left before a lock: %1.</source>
        <translation>Wrong PIN or password. Tries left before a lock: %1.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation>A PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>A PIN cannot repeat one digit (like 000000).</source>
        <translation>A PIN cannot repeat one digit (like 000000).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>A PIN cannot repeat a short group of digits (like 121212).</source>
        <translation>A PIN cannot repeat a short group of digits (like 121212).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>A PIN cannot be a run of digits (like 123456).</source>
        <translation>A PIN cannot be a run of digits (like 123456).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>An instructor&apos;s password needs at least %1 characters.</source>
        <translation>An instructor&apos;s password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>The password uses too few different characters.</source>
        <translation>The password uses too few different characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>This scenario&apos;s file changed since the library was shown and cannot be played now. The library shows it as it is.</source>
        <translation>This scenario&apos;s file changed since the library was shown and cannot be played now. The library shows it as it is.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</source>
        <translation>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="72"/>
        <source>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</source>
        <translation>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</source>
        <translation>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="84"/>
        <source>The progress database is busy. Try again in a moment.</source>
        <translation>The progress database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>The program is already open on this computer. Close the other window first.</source>
        <translation>The program is already open on this computer. Close the other window first.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>a network drive</source>
        <translation>a network drive</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>a folder synced to the cloud</source>
        <translation>a folder synced to the cloud</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96"/>
        <source>a removable drive (USB)</source>
        <translation>a removable drive (USB)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="99"/>
        <source>The data folder %1 is on %2. Progress is saved only on this computer&apos;s own disk, where no answer can be lost: ask your instructor to choose a folder on this computer.</source>
        <translation>The data folder %1 is on %2. Progress is saved only on this computer&apos;s own disk, where no answer can be lost: ask your instructor to choose a folder on this computer.</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <location filename="../words.py" line="97"/>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../words.py" line="98"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../words.py" line="99"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../words.py" line="100"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../words.py" line="38"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../words.py" line="39"/>
        <source>Partial success</source>
        <translation>Partial success</translation>
    </message>
    <message>
        <location filename="../words.py" line="40"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../words.py" line="73"/>
        <source>Ending: %1 (success)</source>
        <translation>Ending: %1 (success)</translation>
    </message>
    <message>
        <location filename="../words.py" line="74"/>
        <source>Ending: %1 (partial success)</source>
        <translation>Ending: %1 (partial success)</translation>
    </message>
    <message>
        <location filename="../words.py" line="75"/>
        <source>Ending: %1 (failure)</source>
        <translation>Ending: %1 (failure)</translation>
    </message>
    <message>
        <location filename="../words.py" line="87"/>
        <source>The ending is where your decisions led the story; the score counts the points each decision earned.</source>
        <translation>The ending is where your decisions led the story; the score counts the points each decision earned.</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="539"/>
        <location filename="../words.py" line="82"/>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../player/page.py" line="268"/>
        <source>This step of the scenario</source>
        <translation>This step of the scenario</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="269"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="270"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="271"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="272"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="273"/>
        <source>How far the scenario has gone</source>
        <translation>How far the scenario has gone</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="275"/>
        <source>Your progress is saved after every step; resume it later from the library.</source>
        <translation>Your progress is saved after every step; resume it later from the library.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="277"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="278"/>
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="279"/>
        <source>Resume  ⏎</source>
        <translation>Resume  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="458"/>
        <source>Press an item&apos;s number or click it to tick it, then confirm.</source>
        <translation>Press an item&apos;s number or click it to tick it, then confirm.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="558"/>
        <source>The clock is stopped: %1 s left for this decision. It runs again only when you resume. Your progress is saved.</source>
        <translation>The clock is stopped: %1 s left for this decision. It runs again only when you resume. Your progress is saved.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="331"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="331"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="372"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="374"/>
        <source>Steps left to the end: about %1</source>
        <translation>Steps left to the end: about %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="379"/>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="391"/>
        <source>Knowledge card: %1</source>
        <translation>Knowledge card: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="400"/>
        <source>Continue  ⏎</source>
        <translation>Continue  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="406"/>
        <source>See the debrief  ⏎</source>
        <translation>See the debrief  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="432"/>
        <source>What do you do? Press a number or click a choice.</source>
        <translation>What do you do? Press a number or click a choice.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="478"/>
        <source>Confirm  ⏎</source>
        <translation>Confirm  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="535"/>
        <location filename="../player/page.py" line="555"/>
        <source>◷ %1 s left</source>
        <translation>◷ %1 s left</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="698"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="700"/>
        <source>Your last answer could not be saved, so it was not applied.</source>
        <translation>Your last answer could not be saved, so it was not applied.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="704"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="705"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="743"/>
        <source>(no feedback for this choice)</source>
        <translation>(no feedback for this choice)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="741"/>
        <source>Time ran out before you decided.</source>
        <translation>Time ran out before you decided.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="764"/>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="766"/>
        <source>No points for this step.</source>
        <translation>No points for this step.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="769"/>
        <source>Next  ⏎</source>
        <translation>Next  ⏎</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../profiles/page.py" line="119"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="122"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</source>
        <translation>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="126"/>
        <source>Who is training?</source>
        <translation>Who is training?</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="127"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="128"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="129"/>
        <source>&amp;Name or pseudonym</source>
        <translation>&amp;Name or pseudonym</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="130"/>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="133"/>
        <source>A PIN of at least 6 digits keeps others on this laptop out of your results. After 5 wrong tries the profile locks for a while.</source>
        <translation>A PIN of at least 6 digits keeps others on this laptop out of your results. After 5 wrong tries the profile locks for a while.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="137"/>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="139"/>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="140"/>
        <source>Name or pseudonym</source>
        <translation>Name or pseudonym</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="141"/>
        <source>PIN (optional)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="147"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="151"/>
        <source>The previous user was signed out after %1 min without activity. Their answers are saved: they can sign in and go on where they were.</source>
        <translation>The previous user was signed out after %1 min without activity. Their answers are saved: they can sign in and go on where they were.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="198"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="199"/>
        <source>PIN or password for %1:</source>
        <translation>PIN or password for %1:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="215"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="232"/>
        <source>Cannot create the profile</source>
        <translation>Cannot create the profile</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../qt_words.py" line="23"/>
        <source>Previous Month</source>
        <translation>Previous Month</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="24"/>
        <source>Next Month</source>
        <translation>Next Month</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="25"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_words.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="16"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="17"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="18"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_words.py" line="19"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="20"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="21"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="22"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../words.py" line="27"/>
        <source>Best choice</source>
        <translation>Best choice</translation>
    </message>
    <message>
        <location filename="../words.py" line="28"/>
        <source>Good choice</source>
        <translation>Good choice</translation>
    </message>
    <message>
        <location filename="../words.py" line="29"/>
        <source>Poor choice</source>
        <translation>Poor choice</translation>
    </message>
    <message>
        <location filename="../words.py" line="30"/>
        <source>Harmful choice</source>
        <translation>Harmful choice</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../recovery.py" line="39"/>
        <location filename="../recovery.py" line="51"/>
        <location filename="../recovery.py" line="57"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="66"/>
        <source>Progress database damaged</source>
        <translation>Progress database damaged</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="69"/>
        <source>The file with your progress failed its check and was moved aside, unchanged:</source>
        <translation>The file with your progress failed its check and was moved aside, unchanged:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="77"/>
        <source>The file with your progress is missing, although the data folder holds backups of it.</source>
        <translation>The file with your progress is missing, although the data folder holds backups of it.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="86"/>
        <source>The newest good backup is:</source>
        <translation>The newest good backup is:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="93"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="97"/>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="120"/>
        <source>This computer&apos;s clock is behind the newest time stored in the progress database (%1), so its date cannot be trusted.</source>
        <translation>This computer&apos;s clock is behind the newest time stored in the progress database (%1), so its date cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="127"/>
        <source>It would delete %1 of the %2 stored attempts at once (more than half), which usually means the clock is wrong.</source>
        <translation>It would delete %1 of the %2 stored attempts at once (more than half), which usually means the clock is wrong.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="137"/>
        <source>Old attempts were not deleted</source>
        <translation>Old attempts were not deleted</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="140"/>
        <source>The deletion of attempts past the retention period was held back; nothing was deleted.</source>
        <translation>The deletion of attempts past the retention period was held back; nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="146"/>
        <source>Check the date and time of this computer. An instructor can run the deletion anyway from the command line: trainer db retention --apply-now --by NAME</source>
        <translation>Check the date and time of this computer. An instructor can run the deletion anyway from the command line: trainer db retention --apply-now --by NAME</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../history/replay_page.py" line="55"/>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="56"/>
        <source>(time ran out)</source>
        <translation>(time ran out)</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="57"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="58"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="59"/>
        <source>Other options</source>
        <translation>Other options</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="60"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="61"/>
        <source>Time taken: %1 s</source>
        <translation>Time taken: %1 s</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="62"/>
        <source>Card opened</source>
        <translation>Card opened</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="115"/>
        <source>&amp;Back to the history</source>
        <translation>&amp;Back to the history</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="116"/>
        <source>Export P&amp;DF</source>
        <translation>Export P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="117"/>
        <source>The attempt, step by step</source>
        <translation>The attempt, step by step</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="118"/>
        <source>The attempt as it was shown</source>
        <translation>The attempt as it was shown</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="137"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="137"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="139"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="247"/>
        <source>The ending</source>
        <translation>The ending</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="254"/>
        <source>Not finished: the attempt stopped here</source>
        <translation>Not finished: the attempt stopped here</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="269"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="272"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="250"/>
        <source>Abandoned here: the scenario was started over</source>
        <translation>Abandoned here: the scenario was started over</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../reports/pdf.py" line="244"/>
        <source>All dates</source>
        <extracomment>The locale of the report being written (numbers and dates), innermost last.</extracomment>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="321"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="488"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="497"/>
        <source>Debrief of an attempt</source>
        <translation>Debrief of an attempt</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="506"/>
        <location filename="../reports/pdf.py" line="769"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="508"/>
        <location filename="../reports/pdf.py" line="771"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="511"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="512"/>
        <location filename="../reports/pdf.py" line="757"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="513"/>
        <source>Language played</source>
        <translation>Language played</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="514"/>
        <location filename="../reports/pdf.py" line="755"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="516"/>
        <location filename="../reports/pdf.py" line="717"/>
        <location filename="../reports/pdf.py" line="822"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="524"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="537"/>
        <source>The attempt was not finished.</source>
        <translation>The attempt was not finished.</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="544"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="547"/>
        <location filename="../reports/pdf.py" line="655"/>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="547"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="560"/>
        <source>Answers step by step</source>
        <translation>Answers step by step</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="568"/>
        <source>The time ran out.</source>
        <translation>The time ran out.</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="573"/>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="576"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="580"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="586"/>
        <source>right %1, wrong %2, missed %3</source>
        <translation>right %1, wrong %2, missed %3</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="595"/>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="603"/>
        <source>Best answer here: %1</source>
        <translation>Best answer here: %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="612"/>
        <source>Cards opened: %1</source>
        <translation>Cards opened: %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="649"/>
        <source>No finished attempts yet.</source>
        <translation>No finished attempts yet.</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="656"/>
        <location filename="../reports/pdf.py" line="825"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="657"/>
        <location filename="../reports/pdf.py" line="719"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="658"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="692"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="695"/>
        <source>History of results</source>
        <translation>History of results</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="698"/>
        <source>Period: %1 · made %2</source>
        <translation>Period: %1 · made %2</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="705"/>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="711"/>
        <source>Best and last per scenario</source>
        <translation>Best and last per scenario</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="715"/>
        <location filename="../reports/pdf.py" line="756"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="716"/>
        <location filename="../reports/pdf.py" line="749"/>
        <location filename="../reports/pdf.py" line="821"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="718"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="739"/>
        <source>Where to improve</source>
        <translation>Where to improve</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="679"/>
        <source>trained in %1</source>
        <translation>trained in %1</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="745"/>
        <source>Competencies over time</source>
        <translation>Competencies over time</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="804"/>
        <location filename="../reports/pdf.py" line="807"/>
        <source>Trainer overview</source>
        <translation>Trainer overview</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="809"/>
        <source>Period: %1 · attempts: %2</source>
        <translation>Period: %1 · attempts: %2</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="816"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="820"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="870"/>
        <source>The time ran out</source>
        <translation>The time ran out</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="886"/>
        <source>Most often missed</source>
        <translation>Most often missed</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="898"/>
        <source>Most often ticked wrongly</source>
        <translation>Most often ticked wrongly</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="909"/>
        <source>Endings reached</source>
        <translation>Endings reached</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="918"/>
        <source>Average per competency</source>
        <translation>Average per competency</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="272"/>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="533"/>
        <source>The attempt was abandoned (started over).</source>
        <translation>The attempt was abandoned (started over).</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="758"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="759"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="823"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="824"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="849"/>
        <source>attempts %1, finished %2, abandoned %4, in progress %5, average %3</source>
        <translation>attempts %1, finished %2, abandoned %4, in progress %5, average %3</translation>
    </message>
    <message>
        <location filename="../reports/pdf.py" line="273"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../resume_dialog.py" line="45"/>
        <source>Steps taken so far: %1.</source>
        <translation>Steps taken so far: %1.</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="54"/>
        <source>Unfinished scenario</source>
        <translation>Unfinished scenario</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="64"/>
        <location filename="../resume_dialog.py" line="98"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="67"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="82"/>
        <source>Scenario in progress</source>
        <translation>Scenario in progress</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="84"/>
        <source>You have an attempt of “%1” in progress. Resume it, or start over?</source>
        <translation>You have an attempt of “%1” in progress. Resume it, or start over?</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="91"/>
        <source>Starting over records that attempt as abandoned: it stays in your history, without a result.</source>
        <translation>Starting over records that attempt as abandoned: it stays in your history, without a result.</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="101"/>
        <source>&amp;Abandon and start over</source>
        <translation>&amp;Abandon and start over</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="105"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="56"/>
        <source>You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?</source>
        <translation>You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../saved_notice.py" line="21"/>
        <source>Saved as:
%1</source>
        <translation>Saved as:
%1</translation>
    </message>
    <message>
        <location filename="../saved_notice.py" line="29"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../words.py" line="48"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../words.py" line="49"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../words.py" line="50"/>
        <source>Powers and policy</source>
        <translation>Powers and policy</translation>
    </message>
    <message>
        <location filename="../words.py" line="51"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../words.py" line="52"/>
        <source>Action and review</source>
        <translation>Action and review</translation>
    </message>
    <message>
        <location filename="../words.py" line="54"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>TrainerOverview</name>
    <message>
        <location filename="../overview/page.py" line="206"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="211"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="220"/>
        <location filename="../overview/page.py" line="406"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="277"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="279"/>
        <source>ticked wrongly</source>
        <translation>ticked wrongly</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="284"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="288"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="290"/>
        <location filename="../overview/page.py" line="546"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="296"/>
        <location filename="../overview/page.py" line="359"/>
        <location filename="../overview/page.py" line="545"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="302"/>
        <location filename="../overview/page.py" line="365"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="348"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="353"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="384"/>
        <location filename="../overview/page.py" line="773"/>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="401"/>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="412"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="418"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="544"/>
        <source>Decision and option</source>
        <translation>Decision and option</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="577"/>
        <source>The time ran out</source>
        <translation>The time ran out</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="764"/>
        <location filename="../overview/page.py" line="979"/>
        <source>Trainer overview</source>
        <translation>Trainer overview</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="765"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="766"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="767"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="771"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="776"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="780"/>
        <source>Attempts from this date</source>
        <translation>Attempts from this date</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="783"/>
        <source>Attempts up to this date</source>
        <translation>Attempts up to this date</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="796"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="797"/>
        <source>Choices per decision</source>
        <translation>Choices per decision</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="798"/>
        <source>Indicators missed or ticked wrongly</source>
        <translation>Indicators missed or ticked wrongly</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="801"/>
        <source>Endings</source>
        <translation>Endings</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="802"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="810"/>
        <source>Export choices (CSV)</source>
        <translation>Export choices (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="813"/>
        <source>Export attempts (CSV)</source>
        <translation>Export attempts (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="815"/>
        <location filename="../overview/page.py" line="1059"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="832"/>
        <source>Only an instructor can open the overview of all profiles.</source>
        <translation>Only an instructor can open the overview of all profiles.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="948"/>
        <source>Attempts: %1 · scenarios: %2 · profiles: %3</source>
        <translation>Attempts: %1 · scenarios: %2 · profiles: %3</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="991"/>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1031"/>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1043"/>
        <source>Export choices</source>
        <translation>Export choices</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1044"/>
        <source>choices</source>
        <comment>default file name</comment>
        <translation>choices</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1045"/>
        <location filename="../overview/page.py" line="1053"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1051"/>
        <source>Export attempts</source>
        <translation>Export attempts</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1052"/>
        <source>attempts</source>
        <comment>default file name</comment>
        <translation>attempts</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1060"/>
        <source>overview</source>
        <comment>default file name</comment>
        <translation>overview</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="1061"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="554"/>
        <source>completed %1, abandoned %2, in progress %3</source>
        <translation>completed %1, abandoned %2, in progress %3</translation>
    </message>
</context>
</TS>
