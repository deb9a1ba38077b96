<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../player/debrief_page.py" line="80"/>
        <source>Back to the &amp;library</source>
        <translation>Back to the &amp;library</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="81"/>
        <source>Play &amp;again</source>
        <translation>Play &amp;again</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="82"/>
        <source>Your path, step by step</source>
        <translation>Your path, step by step</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="107"/>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="110"/>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="124"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="135"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="155"/>
        <source>ticked %1 right, %2 wrong, missed %3</source>
        <translation>ticked %1 right, %2 wrong, missed %3</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="161"/>
        <source>(time ran out)</source>
        <translation>(time ran out)</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="170"/>
        <source>You followed the best path all the way.</source>
        <translation>You followed the best path all the way.</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="174"/>
        <source>You left the best path at: %1</source>
        <translation>You left the best path at: %1</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="194"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="206"/>
        <source>The best choice here</source>
        <translation>The best choice here</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="210"/>
        <source>By decision-model stage</source>
        <translation>By decision-model stage</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library/page.py" line="108"/>
        <source>● in progress</source>
        <translation>● in progress</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="111"/>
        <source>best %1 · last %2</source>
        <translation>best %1 · last %2</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="131"/>
        <source>Unavailable: %1 error(s) in the scenario file</source>
        <translation>Unavailable: %1 error(s) in the scenario file</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="157"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="163"/>
        <source>◷ timed</source>
        <translation>◷ timed</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="283"/>
        <source>Scenario library</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="284"/>
        <source>Search by title, topic or tag…  (Ctrl+F)</source>
        <translation>Search by title, topic or tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="285"/>
        <source>Search scenarios</source>
        <translation>Search scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="286"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="287"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="288"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="289"/>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="290"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="291"/>
        <source>Scenario &amp;language:</source>
        <translation>Scenario &amp;language:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="292"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="293"/>
        <source>&amp;Resume where I stopped</source>
        <translation>&amp;Resume where I stopped</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="295"/>
        <location filename="../library/page.py" line="326"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="308"/>
        <source>Practice: you see feedback after every choice.</source>
        <translation>Practice: you see feedback after every choice.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="311"/>
        <source>Assessment: no feedback until the debrief at the end, like a real call.</source>
        <translation>Assessment: no feedback until the debrief at the end, like a real call.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="355"/>
        <source>This scenario cannot be played until its file is fixed:</source>
        <translation>This scenario cannot be played until its file is fixed:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="373"/>
        <source>Duration: about %1 min</source>
        <translation>Duration: about %1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="374"/>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="377"/>
        <source>Timed decisions: a countdown runs at some steps</source>
        <translation>Timed decisions: a countdown runs at some steps</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="379"/>
        <source>No time limits</source>
        <translation>No time limits</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="380"/>
        <source>Competencies: %1</source>
        <translation>Competencies: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="385"/>
        <source>Your best: %1 · your last: %2</source>
        <translation>Your best: %1 · your last: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="97"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../window.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../window.py" line="99"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../window.py" line="100"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../window.py" line="101"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../window.py" line="102"/>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <location filename="../window.py" line="103"/>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location filename="../window.py" line="104"/>
        <source>&amp;Switch profile (sign out)</source>
        <translation>&amp;Switch profile (sign out)</translation>
    </message>
    <message>
        <location filename="../window.py" line="146"/>
        <source>Unfinished scenario</source>
        <translation>Unfinished scenario</translation>
    </message>
    <message>
        <location filename="../window.py" line="148"/>
        <source>You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?</source>
        <translation>You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?</translation>
    </message>
    <message>
        <location filename="../window.py" line="152"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../window.py" line="153"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../window.py" line="228"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../window.py" line="235"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../window.py" line="236"/>
        <source>The program hit an internal error. Your saved progress is safe.</source>
        <translation>The program hit an internal error. Your saved progress is safe.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</source>
        <translation>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>Wrong PIN or password. Tries left before a lock: %1.</source>
        <translation>Wrong PIN or password. Tries left before a lock: %1.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation>A PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>A PIN cannot repeat one digit (like 000000).</source>
        <translation>A PIN cannot repeat one digit (like 000000).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>A PIN cannot be a run of digits (like 123456).</source>
        <translation>A PIN cannot be a run of digits (like 123456).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="46"/>
        <source>An instructor&apos;s password needs at least %1 characters.</source>
        <translation>An instructor&apos;s password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>The password uses too few different characters.</source>
        <translation>The password uses too few different characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</source>
        <translation>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</source>
        <translation>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</source>
        <translation>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="73"/>
        <source>The progress database is busy. Try again in a moment.</source>
        <translation>The progress database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>The program is already open on this computer. Close the other window first.</source>
        <translation>The program is already open on this computer. Close the other window first.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../style.py" line="40"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../style.py" line="41"/>
        <source>Partial success</source>
        <translation>Partial success</translation>
    </message>
    <message>
        <location filename="../style.py" line="42"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../player/page.py" line="224"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="226"/>
        <source>Your progress is saved after every step; resume it later from the library.</source>
        <translation>Your progress is saved after every step; resume it later from the library.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="259"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="259"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="293"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="295"/>
        <source>Steps left to the end: about %1</source>
        <translation>Steps left to the end: about %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="300"/>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="312"/>
        <source>Knowledge card: %1</source>
        <translation>Knowledge card: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="321"/>
        <source>Continue  ⏎</source>
        <translation>Continue  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="327"/>
        <source>See the debrief  ⏎</source>
        <translation>See the debrief  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="351"/>
        <source>What do you do? Press a number or click a choice.</source>
        <translation>What do you do? Press a number or click a choice.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="369"/>
        <source>(tick every item that applies)</source>
        <translation>(tick every item that applies)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="387"/>
        <source>Confirm  ⏎</source>
        <translation>Confirm  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="408"/>
        <source>◷ %1 s left</source>
        <translation>◷ %1 s left</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="494"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="496"/>
        <source>Your last answer could not be saved, so it was not applied.</source>
        <translation>Your last answer could not be saved, so it was not applied.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="500"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="501"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="535"/>
        <source>(no feedback for this choice)</source>
        <translation>(no feedback for this choice)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="537"/>
        <source>Time ran out before you decided.</source>
        <translation>Time ran out before you decided.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="544"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="544"/>
        <source>not an indicator</source>
        <translation>not an indicator</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="564"/>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="566"/>
        <source>No points for this step.</source>
        <translation>No points for this step.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="569"/>
        <source>Next  ⏎</source>
        <translation>Next  ⏎</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../profiles/page.py" line="117"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="120"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</source>
        <translation>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="124"/>
        <source>Who is training?</source>
        <translation>Who is training?</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="125"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="126"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="127"/>
        <source>&amp;Name or pseudonym</source>
        <translation>&amp;Name or pseudonym</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="128"/>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="131"/>
        <source>A PIN of at least 6 digits keeps others on this laptop out of your results. After 5 wrong tries the profile locks for a while.</source>
        <translation>A PIN of at least 6 digits keeps others on this laptop out of your results. After 5 wrong tries the profile locks for a while.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="135"/>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="136"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="142"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="173"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="174"/>
        <source>PIN or password for %1:</source>
        <translation>PIN or password for %1:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="182"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="195"/>
        <source>Cannot create the profile</source>
        <translation>Cannot create the profile</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../style.py" line="29"/>
        <source>Best choice</source>
        <translation>Best choice</translation>
    </message>
    <message>
        <location filename="../style.py" line="30"/>
        <source>Good choice</source>
        <translation>Good choice</translation>
    </message>
    <message>
        <location filename="../style.py" line="31"/>
        <source>Poor choice</source>
        <translation>Poor choice</translation>
    </message>
    <message>
        <location filename="../style.py" line="32"/>
        <source>Harmful choice</source>
        <translation>Harmful choice</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../recovery.py" line="39"/>
        <location filename="../recovery.py" line="46"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="55"/>
        <source>Progress database damaged</source>
        <translation>Progress database damaged</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="57"/>
        <source>The file with your progress failed its check and was moved aside, unchanged:</source>
        <translation>The file with your progress failed its check and was moved aside, unchanged:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="66"/>
        <source>The newest good backup is:</source>
        <translation>The newest good backup is:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="73"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="77"/>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../style.py" line="50"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../style.py" line="51"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../style.py" line="52"/>
        <source>Powers and policy</source>
        <translation>Powers and policy</translation>
    </message>
    <message>
        <location filename="../style.py" line="53"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../style.py" line="54"/>
        <source>Action and review</source>
        <translation>Action and review</translation>
    </message>
    <message>
        <location filename="../style.py" line="56"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
</TS>
