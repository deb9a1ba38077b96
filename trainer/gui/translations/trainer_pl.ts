<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../player/debrief_page.py" line="79"/>
        <source>Back to the &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="80"/>
        <source>Play &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="81"/>
        <source>Your path, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="106"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="124"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="132"/>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="152"/>
        <source>ticked %1 right, %2 wrong, missed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="158"/>
        <source>(time ran out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="167"/>
        <source>You followed the best path all the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="171"/>
        <source>You left the best path at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="205"/>
        <source>By decision-model stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library/page.py" line="94"/>
        <source>● in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="97"/>
        <source>best %1 · last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="117"/>
        <source>Unavailable: %1 error(s) in the scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="137"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="143"/>
        <source>◷ timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="261"/>
        <source>Scenario library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="262"/>
        <source>Search by title, topic or tag…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="263"/>
        <source>Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="264"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="265"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="266"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="267"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="268"/>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="269"/>
        <source>Scenario &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="270"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="271"/>
        <source>&amp;Resume where I stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="273"/>
        <location filename="../library/page.py" line="304"/>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="286"/>
        <source>Practice: you see feedback after every choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="289"/>
        <source>Assessment: no feedback until the debrief at the end, like a real call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="331"/>
        <source>This scenario cannot be played until its file is fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="349"/>
        <source>Duration: about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="350"/>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="353"/>
        <source>Timed decisions: a countdown runs at some steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="355"/>
        <source>No time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="356"/>
        <source>Competencies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../library/page.py" line="361"/>
        <source>Your best: %1 · your last: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../window.py" line="92"/>
        <source>Case-scenario trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="94"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="95"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="96"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="97"/>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="98"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="99"/>
        <source>&amp;Switch profile (sign out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="142"/>
        <source>Unfinished scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="144"/>
        <source>You have an unfinished attempt of “%1” (%2 steps so far). Resume it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="148"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="149"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="224"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="231"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../window.py" line="232"/>
        <source>The trainer hit an internal error. Your saved progress is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../style.py" line="40"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="41"/>
        <source>Partial success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="42"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../player/page.py" line="204"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="206"/>
        <source>Your progress is saved after every step; resume it later from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="239"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="239"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="271"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="273"/>
        <source>About %1 more steps to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="285"/>
        <source>Knowledge card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="292"/>
        <source>Continue  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="298"/>
        <source>See the debrief  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="323"/>
        <source>What do you do? Press a number or click a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="341"/>
        <source>(tick every item that applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="359"/>
        <source>Confirm  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="380"/>
        <source>◷ %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="466"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="468"/>
        <source>Your last answer could not be saved, so it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="472"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="473"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="501"/>
        <source>(no feedback for this choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="503"/>
        <source>Time ran out before you decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="510"/>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="510"/>
        <source>not an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="530"/>
        <source>Points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="532"/>
        <source>No points for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../player/page.py" line="535"/>
        <source>Next  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../profiles/page.py" line="113"/>
        <source>Case-scenario trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="116"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="120"/>
        <source>Who is training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="121"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="122"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="123"/>
        <source>&amp;Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="124"/>
        <source>&amp;PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="127"/>
        <source>A PIN of at least 6 digits keeps others on this laptop out of your results. After 5 wrong tries the profile locks for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="131"/>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="132"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="133"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="162"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="163"/>
        <source>PIN or password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="171"/>
        <source>Cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="184"/>
        <source>Cannot create the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../style.py" line="29"/>
        <source>Best choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="30"/>
        <source>Good choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="31"/>
        <source>Poor choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="32"/>
        <source>Harmful choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../style.py" line="50"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="51"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="52"/>
        <source>Powers and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="53"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="54"/>
        <source>Action and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../style.py" line="56"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
