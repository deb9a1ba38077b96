<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddNodeField</name>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="81"/>
        <source>new node id</source>
        <translation>new node id</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="82"/>
        <source>New node id</source>
        <translation>New node id</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="86"/>
        <source>Type of the new node</source>
        <translation>Type of the new node</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="89"/>
        <source>Add node</source>
        <translation>Add node</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="106"/>
        <source>“%1” is not a valid node id.</source>
        <translation>“%1” is not a valid node id.</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="109"/>
        <source>“%1” is already used.</source>
        <translation>“%1” is already used.</translation>
    </message>
</context>
<context>
    <name>AddressChoice</name>
    <message>
        <location filename="../profiles/address.py" line="35"/>
        <source>&amp;masculine (zrobiłeś)</source>
        <translation>&amp;masculine (zrobiłeś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="37"/>
        <source>f&amp;eminine (zrobiłaś)</source>
        <translation>f&amp;eminine (zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="38"/>
        <source>&amp;both forms (zrobiłeś/zrobiłaś)</source>
        <translation>&amp;both forms (zrobiłeś/zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="43"/>
        <source>Form of a&amp;ddress</source>
        <translation>Form of a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="48"/>
        <source>Polish scenarios speak to you in the second person, and the verb then differs for a man and a woman: “zrobiłeś” or “zrobiłaś”. Choose the form you want to read; “both forms” shows them side by side.</source>
        <translation>Polish scenarios speak to you in the second person, and the verb then differs for a man and a woman: “zrobiłeś” or “zrobiłaś”. Choose the form you want to read; “both forms” shows them side by side.</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="58"/>
        <source>You can change it later: Profile menu, “Form of address…”.</source>
        <translation>You can change it later: Profile menu, “Form of address…”.</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../profiles/address.py" line="106"/>
        <location filename="../profiles/address.py" line="109"/>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="129"/>
        <source>Attempts already started (the one in progress too) and their replays keep the form they were started with. The new form applies from your next attempt.</source>
        <translation>Attempts already started (the one in progress too) and their replays keep the form they were started with. The new form applies from your next attempt.</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="137"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="138"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddressErrors</name>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="369"/>
        <source>A &apos;}&apos; with no &apos;{&apos; before it (write }} for a brace)</source>
        <translation>A &apos;}&apos; with no &apos;{&apos; before it (write }} for a brace)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="372"/>
        <source>A &apos;{&apos; that is not closed by &apos;}&apos; (write {{ for a brace)</source>
        <translation>A &apos;{&apos; that is not closed by &apos;}&apos; (write {{ for a brace)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="375"/>
        <source>{%1} should hold two forms, masculine|feminine, separated by one &apos;|&apos;</source>
        <translation>{%1} should hold two forms, masculine|feminine, separated by one &apos;|&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="379"/>
        <source>{%1} has an empty form</source>
        <translation>{%1} has an empty form</translation>
    </message>
</context>
<context>
    <name>AlternativesEditor</name>
    <message>
        <location filename="../editor/forms/alternatives.py" line="37"/>
        <source>%1: alternatives by path</source>
        <extracomment>Makes the Text field of one alternative (the TextField class: passed in, so that the two modules do not import each other).</extracomment>
        <translation>%1: alternatives by path</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="41"/>
        <source>Add alternative</source>
        <translation>Add alternative</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="46"/>
        <source>Use one text for every path</source>
        <translation>Use one text for every path</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="47"/>
        <source>Possible when only the last alternative is left</source>
        <translation>Possible when only the last alternative is left</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="55"/>
        <source>Alternative %1: otherwise</source>
        <translation>Alternative %1: otherwise</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="56"/>
        <source>Alternative %1</source>
        <translation>Alternative %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="61"/>
        <source>Shown if</source>
        <translation>Shown if</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="62"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <location filename="../words.py" line="65"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../words.py" line="66"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../words.py" line="68"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <location filename="../history/model.py" line="143"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="144"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="145"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="146"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="147"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="195"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="197"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
</context>
<context>
    <name>CardRefsField</name>
    <message>
        <location filename="../editor/forms/nodes.py" line="89"/>
        <source>(the scenario has no cards)</source>
        <translation>(the scenario has no cards)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="104"/>
        <source>Unknown card: %1</source>
        <translation>Unknown card: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../words.py" line="123"/>
        <source>An indicator, rightly ticked:</source>
        <translation>An indicator, rightly ticked:</translation>
    </message>
    <message>
        <location filename="../words.py" line="124"/>
        <source>An indicator you missed:</source>
        <translation>An indicator you missed:</translation>
    </message>
    <message>
        <location filename="../words.py" line="125"/>
        <source>Not an indicator, but ticked:</source>
        <translation>Not an indicator, but ticked:</translation>
    </message>
    <message>
        <location filename="../words.py" line="126"/>
        <source>Not an indicator, rightly left out:</source>
        <translation>Not an indicator, rightly left out:</translation>
    </message>
</context>
<context>
    <name>ConditionErrors</name>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="27"/>
        <source>The condition is too long: %1 characters, at most %2</source>
        <translation>The condition is too long: %1 characters, at most %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="33"/>
        <source>Use &apos;%1&apos; instead of &apos;%2&apos;</source>
        <translation>Use &apos;%1&apos; instead of &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="37"/>
        <source>Arithmetic is not supported: conditions compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</source>
        <translation>Arithmetic is not supported: conditions compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="44"/>
        <source>&apos;.&apos; is not allowed: conditions have no decimals and no attributes</source>
        <translation>&apos;.&apos; is not allowed: conditions have no decimals and no attributes</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="50"/>
        <source>&apos;%1&apos; is not allowed: conditions have no lists or subscripts</source>
        <translation>&apos;%1&apos; is not allowed: conditions have no lists or subscripts</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="56"/>
        <source>Control character %1 is not allowed</source>
        <translation>Control character %1 is not allowed</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="60"/>
        <source>&apos;%1&apos; is not allowed in a condition</source>
        <translation>&apos;%1&apos; is not allowed in a condition</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="64"/>
        <source>Character %1 is not allowed: separate words with plain spaces, tabs or line breaks</source>
        <translation>Character %1 is not allowed: separate words with plain spaces, tabs or line breaks</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="71"/>
        <source>&apos;%1&apos; (%2) is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; (%2) is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="78"/>
        <source>Character %1 is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Character %1 is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="85"/>
        <source>Decimal numbers are not supported: use whole numbers</source>
        <translation>Decimal numbers are not supported: use whole numbers</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="91"/>
        <source>%1 is neither a number nor a name: numbers are plain digits and names start with a letter</source>
        <translation>%1 is neither a number nor a name: numbers are plain digits and names start with a letter</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="99"/>
        <source>Unterminated string: add the closing %1</source>
        <translation>Unterminated string: add the closing %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="103"/>
        <source>Empty id: put a node or choice id between the quotes</source>
        <translation>Empty id: put a node or choice id between the quotes</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="109"/>
        <source>%1 is not a valid id: ids use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, start with a letter or digit and have at most 64 characters</source>
        <translation>%1 is not a valid id: ids use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, start with a letter or digit and have at most 64 characters</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="117"/>
        <source>&apos;%1=&apos; is not an operator: use &apos;%1&apos;</source>
        <translation>&apos;%1=&apos; is not an operator: use &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="121"/>
        <source>&apos;%1&apos; is not an operator: use &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is not an operator: use &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="124"/>
        <source>&apos;&lt;&gt;&apos; is not an operator: use &apos;!=&apos;</source>
        <translation>&apos;&lt;&gt;&apos; is not an operator: use &apos;!=&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="125"/>
        <source>Use &apos;==&apos; to compare, not &apos;=&apos;</source>
        <translation>Use &apos;==&apos; to compare, not &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="126"/>
        <source>Use &apos;not&apos; instead of &apos;!&apos;</source>
        <translation>Use &apos;not&apos; instead of &apos;!&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="127"/>
        <source>The condition is empty</source>
        <translation>The condition is empty</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="129"/>
        <source>The condition is nested too deeply: at most %1 levels of parentheses and &apos;not&apos;</source>
        <translation>The condition is nested too deeply: at most %1 levels of parentheses and &apos;not&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="136"/>
        <source>Comparisons cannot be chained: join two comparisons with &apos;and&apos;, e.g. `%1`</source>
        <translation>Comparisons cannot be chained: join two comparisons with &apos;and&apos;, e.g. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="143"/>
        <source>Empty parentheses: put a condition inside</source>
        <translation>Empty parentheses: put a condition inside</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="146"/>
        <source>&apos;(&apos; is never closed: add &apos;)&apos;</source>
        <translation>&apos;(&apos; is never closed: add &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="148"/>
        <source>Unknown function %1; the functions are %2 and %3</source>
        <translation>Unknown function %1; the functions are %2 and %3</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="152"/>
        <source>%1 is not supported: conditions have no true/false values; write a comparison, e.g. `trust &gt; 0`</source>
        <translation>%1 is not supported: conditions have no true/false values; write a comparison, e.g. `trust &gt; 0`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="159"/>
        <source>Write &apos;%1&apos; in lowercase</source>
        <translation>Write &apos;%1&apos; in lowercase</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="161"/>
        <source>%1 is a function: call it as %2</source>
        <translation>%1 is a function: call it as %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="165"/>
        <source>The name %1 is too long: names have at most 64 characters</source>
        <translation>The name %1 is too long: names have at most 64 characters</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="171"/>
        <source>%1 is not a valid name: names use lowercase letters, digits and &apos;_&apos;, and start with a letter</source>
        <translation>%1 is not a valid name: names use lowercase letters, digits and &apos;_&apos;, and start with a letter</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="179"/>
        <source>Expected &apos;,&apos; or &apos;)&apos; after the argument, found %1</source>
        <translation>Expected &apos;,&apos; or &apos;)&apos; after the argument, found %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="183"/>
        <source>%1() takes %2 argument(s), e.g. %3, but got %4</source>
        <translation>%1() takes %2 argument(s), e.g. %3, but got %4</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="186"/>
        <source>Put the id in quotes: &apos;%1&apos;</source>
        <translation>Put the id in quotes: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="188"/>
        <source>Expected a quoted id, found %1</source>
        <translation>Expected a quoted id, found %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="192"/>
        <source>A quoted id can only be an argument of visited(...) or chose(...)</source>
        <translation>A quoted id can only be an argument of visited(...) or chose(...)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="198"/>
        <source>Unbalanced &apos;)&apos;: there is no &apos;(&apos; to match it</source>
        <translation>Unbalanced &apos;)&apos;: there is no &apos;(&apos; to match it</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="202"/>
        <source>Expected a condition, found %1</source>
        <translation>Expected a condition, found %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="206"/>
        <source>Expected a number or a name after %1, found %2</source>
        <translation>Expected a number or a name after %1, found %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="210"/>
        <source>Expected a condition after %1, found %2</source>
        <translation>Expected a condition after %1, found %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="214"/>
        <source>&apos;,&apos; is only allowed between the arguments of chose(...)</source>
        <translation>&apos;,&apos; is only allowed between the arguments of chose(...)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="219"/>
        <source>Use &apos;==&apos; or &apos;!=&apos; to compare, not &apos;is&apos;</source>
        <translation>Use &apos;==&apos; or &apos;!=&apos; to compare, not &apos;is&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="221"/>
        <source>Missing operator before %1: join conditions with &apos;and&apos; or &apos;or&apos;, or compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</source>
        <translation>Missing operator before %1: join conditions with &apos;and&apos; or &apos;or&apos;, or compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="229"/>
        <source>A condition must be true or false: compare it, e.g. `%1`</source>
        <translation>A condition must be true or false: compare it, e.g. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="235"/>
        <source>&apos;not&apos; needs something true or false: compare it, e.g. `%1`</source>
        <translation>&apos;not&apos; needs something true or false: compare it, e.g. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="241"/>
        <source>Both sides of &apos;%1&apos; must be true or false: compare them, e.g. `%2`</source>
        <translation>Both sides of &apos;%1&apos; must be true or false: compare them, e.g. `%2`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="247"/>
        <source>Comparisons take numbers, but %1 is true or false: use it without comparing</source>
        <translation>Comparisons take numbers, but %1 is true or false: use it without comparing</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="254"/>
        <source>Comparisons take numbers, but a comparison is true or false</source>
        <translation>Comparisons take numbers, but a comparison is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="260"/>
        <source>Comparisons take numbers, but a &apos;not&apos; expression is true or false</source>
        <translation>Comparisons take numbers, but a &apos;not&apos; expression is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="266"/>
        <source>Comparisons take numbers, but an &apos;%1&apos; expression is true or false</source>
        <translation>Comparisons take numbers, but an &apos;%1&apos; expression is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="272"/>
        <source>&apos;-&apos; needs a number, but %1 is true or false: use it without &apos;-&apos;</source>
        <translation>&apos;-&apos; needs a number, but %1 is true or false: use it without &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="278"/>
        <source>&apos;-&apos; needs a number, but a comparison is true or false</source>
        <translation>&apos;-&apos; needs a number, but a comparison is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="284"/>
        <source>&apos;-&apos; needs a number, but a &apos;not&apos; expression is true or false</source>
        <translation>&apos;-&apos; needs a number, but a &apos;not&apos; expression is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="290"/>
        <source>&apos;-&apos; needs a number, but an &apos;%1&apos; expression is true or false</source>
        <translation>&apos;-&apos; needs a number, but an &apos;%1&apos; expression is true or false</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="301"/>
        <source>visited(&apos;node&apos;)</source>
        <translation>visited(&apos;node&apos;)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="302"/>
        <source>chose(&apos;node&apos;, &apos;choice&apos;)</source>
        <translation>chose(&apos;node&apos;, &apos;choice&apos;)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="316"/>
        <source>the end of the condition</source>
        <translation>the end of the condition</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="318"/>
        <source>the quoted id %1</source>
        <translation>the quoted id %1</translation>
    </message>
</context>
<context>
    <name>ConditionField</name>
    <message>
        <location filename="../editor/forms/condition_field.py" line="52"/>
        <source>Write a condition, e.g. trust &gt;= 2 (the last one may go without).</source>
        <translation>Write a condition, e.g. trust &gt;= 2 (the last one may go without).</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="57"/>
        <source>Error at character %1: %2</source>
        <translation>Error at character %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="65"/>
        <source>Unknown variable “%1”: declare it under Variables.</source>
        <translation>Unknown variable “%1”: declare it under Variables.</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="69"/>
        <source>Unknown node “%1”.</source>
        <translation>Unknown node “%1”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="74"/>
        <source>Node “%1” has no choice “%2”.</source>
        <translation>Node “%1” has no choice “%2”.</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../player/debrief_page.py" line="103"/>
        <source>Debrief</source>
        <extracomment>The nodes the debrief lists: where the officer answered something.</extracomment>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="104"/>
        <source>Back to the &amp;library</source>
        <translation>Back to the &amp;library</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="105"/>
        <source>Play &amp;again</source>
        <translation>Play &amp;again</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="106"/>
        <location filename="../player/debrief_page.py" line="108"/>
        <source>Your path, step by step</source>
        <translation>Your path, step by step</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="107"/>
        <source>How it ended and the lessons</source>
        <translation>How it ended and the lessons</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="138"/>
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="157"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="168"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="222"/>
        <source>ticked %1 right, %2 wrong, missed %3</source>
        <translation>ticked %1 right, %2 wrong, missed %3</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="228"/>
        <source>(time ran out)</source>
        <translation>(time ran out)</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="243"/>
        <source>You followed the best path all the way.</source>
        <translation>You followed the best path all the way.</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="250"/>
        <source>You left the best path at: %1</source>
        <translation>You left the best path at: %1</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="272"/>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="291"/>
        <source>The best choice here</source>
        <translation>The best choice here</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="295"/>
        <source>By decision-model stage</source>
        <translation>By decision-model stage</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="109"/>
        <source>Your notes, as you wrote them</source>
        <translation>Your notes, as you wrote them</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="186"/>
        <source>of which %1 self-assessed</source>
        <translation>of which %1 self-assessed</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="216"/>
        <source>your note contains %1 of %2 items</source>
        <translation>your note contains %1 of %2 items</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="263"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
</context>
<context>
    <name>DeleteNodeField</name>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="146"/>
        <source>It is the start node.</source>
        <translation>It is the start node.</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="147"/>
        <source>Undo (Ctrl+Z) brings a deleted node back.</source>
        <translation>Undo (Ctrl+Z) brings a deleted node back.</translation>
    </message>
</context>
<context>
    <name>EditorAnalysis</name>
    <message>
        <location filename="../editor/analysis_panel.py" line="40"/>
        <location filename="../editor/analysis_panel.py" line="178"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="46"/>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="48"/>
        <source>Fix the errors first: a scenario with errors cannot be played.</source>
        <translation>Fix the errors first: a scenario with errors cannot be played.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="51"/>
        <source>%1 situations explored.</source>
        <translation>%1 situations explored.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="55"/>
        <source>Not exact: too many situations to follow them all; maxima are upper bounds.</source>
        <translation>Not exact: too many situations to follow them all; maxima are upper bounds.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="59"/>
        <source>Maximum points</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="67"/>
        <source>Reachable endings (%1)</source>
        <translation>Reachable endings (%1)</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="83"/>
        <source>%1 – never reached</source>
        <translation>%1 – never reached</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="90"/>
        <source>Best path</source>
        <translation>Best path</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="93"/>
        <source>No path ends in success.</source>
        <translation>No path ends in success.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="98"/>
        <source>Best path: %1 step(s), %2 point(s)</source>
        <translation>Best path: %1 step(s), %2 point(s)</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="112"/>
        <source>Success after a harmful choice (%1)</source>
        <translation>Success after a harmful choice (%1)</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="119"/>
        <source>None: every harmful choice rules out success.</source>
        <translation>None: every harmful choice rules out success.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="126"/>
        <source>%1, choice %2 → %3</source>
        <translation>%1, choice %2 → %3</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="135"/>
        <source>e.g. %1, ending in %2</source>
        <translation>e.g. %1, ending in %2</translation>
    </message>
</context>
<context>
    <name>EditorFindingTexts</name>
    <message>
        <location filename="../editor/finding_texts.py" line="22"/>
        <source>The picture description is there, but the step has no picture</source>
        <translation>The picture description is there, but the step has no picture</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="25"/>
        <source>The last text alternative must have no condition, so that some text is always shown</source>
        <translation>The last text alternative must have no condition, so that some text is always shown</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="29"/>
        <source>The analysis is approximate: maxima are upper bounds and dead ends may go unnoticed</source>
        <translation>The analysis is approximate: maxima are upper bounds and dead ends may go unnoticed</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="33"/>
        <source>The masculine/feminine form is written wrongly</source>
        <translation>The masculine/feminine form is written wrongly</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="36"/>
        <source>The glossary cannot be read</source>
        <translation>The glossary cannot be read</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="39"/>
        <source>The picture cannot be used</source>
        <translation>The picture cannot be used</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="42"/>
        <source>The picture&apos;s path is wrong</source>
        <translation>The picture&apos;s path is wrong</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="45"/>
        <source>The value is not allowed here</source>
        <translation>The value is not allowed here</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="48"/>
        <source>The id is not valid: small letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>The id is not valid: small letters, digits, &apos;-&apos; and &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="51"/>
        <source>The condition cannot be read</source>
        <translation>The condition cannot be read</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="54"/>
        <source>No ending can be reached from this step (it only loops or stops)</source>
        <translation>No ending can be reached from this step (it only loops or stops)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="57"/>
        <source>The same id or language is used twice</source>
        <translation>The same id or language is used twice</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="60"/>
        <source>The feedback is long: shorten it</source>
        <translation>The feedback is long: shorten it</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="63"/>
        <source>The text addresses the officer as a man or as a woman only: write both forms</source>
        <translation>The text addresses the officer as a man or as a woman only: write both forms</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="67"/>
        <source>A word the glossary advises against</source>
        <translation>A word the glossary advises against</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="70"/>
        <source>This choice is rated harmful, yet success can still be reached after it</source>
        <translation>This choice is rated harmful, yet success can still be reached after it</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="74"/>
        <source>Not every harmful choice could be checked for a way on to success</source>
        <translation>Not every harmful choice could be checked for a way on to success</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="77"/>
        <source>The scenario&apos;s id must equal its folder&apos;s name</source>
        <translation>The scenario&apos;s id must equal its folder&apos;s name</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="80"/>
        <source>The picture is too large</source>
        <translation>The picture is too large</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="83"/>
        <source>The picture has no description: say in words what it shows</source>
        <translation>The picture has no description: say in words what it shows</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="86"/>
        <source>The picture is large: keep pictures smaller</source>
        <translation>The picture is large: keep pictures smaller</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="89"/>
        <source>The best choice is often the longest one, which gives it away</source>
        <translation>The best choice is often the longest one, which gives it away</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="92"/>
        <source>A required field is missing</source>
        <translation>A required field is missing</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="95"/>
        <source>The picture file does not exist</source>
        <translation>The picture file does not exist</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="98"/>
        <source>A competency that is not built in needs a name</source>
        <translation>A competency that is not built in needs a name</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="101"/>
        <source>A translation is missing (the default language is shown instead)</source>
        <translation>A translation is missing (the default language is shown instead)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="104"/>
        <source>This choice is never offered: its condition is false whenever an officer gets here</source>
        <translation>This choice is never offered: its condition is false whenever an officer gets here</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="108"/>
        <source>No item is marked correct, so the checklist can earn nothing</source>
        <translation>No item is marked correct, so the checklist can earn nothing</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="111"/>
        <source>No ending can be reached from the start step</source>
        <translation>No ending can be reached from the start step</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="114"/>
        <source>The choice has no feedback: say why it helps or harms</source>
        <translation>The choice has no feedback: say why it helps or harms</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="117"/>
        <source>The folder holds no scenario file</source>
        <translation>The folder holds no scenario file</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="120"/>
        <source>No path reaches an ending with the outcome success</source>
        <translation>No path reaches an ending with the outcome success</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="123"/>
        <source>An officer can get here with no choice offered (every condition false)</source>
        <translation>An officer can get here with no choice offered (every condition false)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="127"/>
        <source>This word belongs to the condition language and cannot name a variable</source>
        <translation>This word belongs to the condition language and cannot name a variable</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="131"/>
        <source>The last route must have no condition, so that some route always applies</source>
        <translation>The last route must have no condition, so that some route always applies</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="135"/>
        <source>The folder holds more than one scenario file: keep only one</source>
        <translation>The folder holds more than one scenario file: keep only one</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="138"/>
        <source>The topic is not in the vocabulary; a similar one is</source>
        <translation>The topic is not in the vocabulary; a similar one is</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="141"/>
        <source>A decision with a single choice is not a decision (use a scene?)</source>
        <translation>A decision with a single choice is not a decision (use a scene?)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="144"/>
        <source>The time limit leaves too little time to read</source>
        <translation>The time limit leaves too little time to read</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="147"/>
        <source>The scenario&apos;s conditions are too many to analyse</source>
        <translation>The scenario&apos;s conditions are too many to analyse</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="150"/>
        <source>An officer can get here and then never reach an ending</source>
        <translation>An officer can get here and then never reach an ending</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="153"/>
        <source>No path earns points in this competency</source>
        <translation>No path earns points in this competency</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="156"/>
        <source>This knowledge card is not defined</source>
        <translation>This knowledge card is not defined</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="159"/>
        <source>chose() names something that is not a choice of a decision</source>
        <translation>chose() names something that is not a choice of a decision</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="162"/>
        <source>This competency is not declared</source>
        <translation>This competency is not declared</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="165"/>
        <source>Text in a language the scenario does not list</source>
        <translation>Text in a language the scenario does not list</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="168"/>
        <source>This step does not exist</source>
        <translation>This step does not exist</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="171"/>
        <source>This variable is not declared</source>
        <translation>This variable is not declared</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="174"/>
        <source>This field is not part of the format (a misspelt name?)</source>
        <translation>This field is not part of the format (a misspelt name?)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="177"/>
        <source>Only the last text alternative may go without a condition</source>
        <translation>Only the last text alternative may go without a condition</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="180"/>
        <source>No path from the start leads here</source>
        <translation>No path from the start leads here</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="183"/>
        <source>Only the last route may go without a condition</source>
        <translation>Only the last route may go without a condition</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="186"/>
        <source>The file cannot be read</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="189"/>
        <source>This format version is not supported</source>
        <translation>This format version is not supported</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="192"/>
        <source>This step has no title: the debrief and the replay name each step</source>
        <translation>This step has no title: the debrief and the replay name each step</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="195"/>
        <source>Not every text alternative could be checked</source>
        <translation>Not every text alternative could be checked</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="198"/>
        <source>The value has the wrong type</source>
        <translation>The value has the wrong type</translation>
    </message>
</context>
<context>
    <name>EditorFindings</name>
    <message>
        <location filename="../editor/findings.py" line="54"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="56"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="104"/>
        <source>Details (in English): %1</source>
        <translation>Details (in English): %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="126"/>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="130"/>
        <source>choice %1</source>
        <translation>choice %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="136"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="148"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="149"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="150"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="151"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <location filename="../editor/forms/choices.py" line="66"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="73"/>
        <source>Feedback (why it helps or harms)</source>
        <translation>Feedback (why it helps or harms)</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="81"/>
        <source>Points per competency</source>
        <translation>Points per competency</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="84"/>
        <source>Not a competency of this scenario: %1</source>
        <translation>Not a competency of this scenario: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="87"/>
        <source>No competencies yet: add them under Competencies in the outline.</source>
        <translation>No competencies yet: add them under Competencies in the outline.</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="97"/>
        <source>Changes of variables</source>
        <translation>Changes of variables</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="100"/>
        <source>Not a variable of this scenario: %1</source>
        <translation>Not a variable of this scenario: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="103"/>
        <source>No variables yet: add them under Variables in the outline.</source>
        <translation>No variables yet: add them under Variables in the outline.</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="129"/>
        <source>Choice %1: %2</source>
        <translation>Choice %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="139"/>
        <location filename="../editor/forms/items.py" line="45"/>
        <location filename="../editor/forms/metadata.py" line="163"/>
        <location filename="../editor/forms/nodes.py" line="142"/>
        <location filename="../editor/forms/registries.py" line="27"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="149"/>
        <source>What the officer does or says</source>
        <translation>What the officer does or says</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="156"/>
        <source>Offered only if</source>
        <translation>Offered only if</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="160"/>
        <location filename="../editor/forms/nodes.py" line="241"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="174"/>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="178"/>
        <source>Add choice</source>
        <translation>Add choice</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="31"/>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="55"/>
        <location filename="../editor/forms/nodes.py" line="163"/>
        <location filename="../editor/forms/registries.py" line="180"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="64"/>
        <source>Correct: this item applies</source>
        <translation>Correct: this item applies</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="69"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="84"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="88"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="10"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="11"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="12"/>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="13"/>
        <source>Harmful</source>
        <translation>Harmful</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="19"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="20"/>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="21"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="27"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="28"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="29"/>
        <source>Powers and policy</source>
        <translation>Powers and policy</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="30"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="31"/>
        <source>Action and review</source>
        <translation>Action and review</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="37"/>
        <source>Shuffled</source>
        <translation>Shuffled</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="38"/>
        <source>Fixed (file order)</source>
        <translation>Fixed (file order)</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="44"/>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="45"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="46"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="47"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="48"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="150"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="155"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="167"/>
        <source>The id names the folder: rename the scenario from the library.</source>
        <translation>The id names the folder: rename the scenario from the library.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="176"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="186"/>
        <source>Languages (the first is the default)</source>
        <translation>Languages (the first is the default)</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="194"/>
        <location filename="../editor/forms/nodes.py" line="154"/>
        <location filename="../editor/forms/registries.py" line="171"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="199"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="200"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="205"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="210"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="213"/>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="218"/>
        <source>Start node</source>
        <translation>Start node</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="133"/>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="149"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="173"/>
        <source>Order shown</source>
        <translation>Order shown</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="175"/>
        <source>Default (shuffled)</source>
        <translation>Default (shuffled)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="181"/>
        <source>Timed decision</source>
        <translation>Timed decision</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="189"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="198"/>
        <source>Fewest words</source>
        <translation>Fewest words</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="209"/>
        <source>Competency scored</source>
        <translation>Competency scored</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="218"/>
        <source>Model note (shown after writing)</source>
        <translation>Model note (shown after writing)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="228"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="236"/>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="242"/>
        <source>Picture, cards and stage</source>
        <translation>Picture, cards and stage</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="244"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="250"/>
        <source>What the picture shows (alternative text)</source>
        <translation>What the picture shows (alternative text)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="258"/>
        <source>Knowledge cards offered</source>
        <translation>Knowledge cards offered</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="265"/>
        <source>Decision-model stage</source>
        <translation>Decision-model stage</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="267"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="270"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="272"/>
        <source>Delete this node</source>
        <translation>Delete this node</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="40"/>
        <location filename="../editor/forms/registries.py" line="84"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="42"/>
        <source>What the scenario scores. Built-in ids (e.g. communication, ethics) need no label; any other id does.</source>
        <translation>What the scenario scores. Built-in ids (e.g. communication, ethics) need no label; any other id does.</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="54"/>
        <location filename="../editor/forms/registries.py" line="130"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="61"/>
        <source>Label (empty: the built-in “%1”)</source>
        <translation>Label (empty: the built-in “%1”)</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="70"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="89"/>
        <source>Add competency</source>
        <translation>Add competency</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="99"/>
        <location filename="../editor/forms/registries.py" line="144"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="101"/>
        <source>State that choices change (whole numbers, kept between min and max) and conditions read.</source>
        <translation>State that choices change (whole numbers, kept between min and max) and conditions read.</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="111"/>
        <source>Initial value</source>
        <translation>Initial value</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="112"/>
        <source>Smallest value</source>
        <translation>Smallest value</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="113"/>
        <source>Largest value</source>
        <translation>Largest value</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="149"/>
        <source>Add variable</source>
        <translation>Add variable</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="158"/>
        <location filename="../editor/forms/registries.py" line="195"/>
        <source>Knowledge cards</source>
        <translation>Knowledge cards</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="160"/>
        <source>“Learn more” cards that nodes can offer (a node lists their ids).</source>
        <translation>“Learn more” cards that nodes can offer (a node lists their ids).</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="200"/>
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="119"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="120"/>
        <source>Add a node</source>
        <translation>Add a node</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="121"/>
        <source>All nodes</source>
        <translation>All nodes</translation>
    </message>
    <message>
        <location filename="../editor/forms/renames.py" line="82"/>
        <source>Rename choice %1 to %2</source>
        <translation>Rename choice %1 to %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/context.py" line="119"/>
        <source>An edit that needs format 1.1</source>
        <translation>An edit that needs format 1.1</translation>
    </message>
</context>
<context>
    <name>EditorHistory</name>
    <message>
        <location filename="../editor/describe.py" line="20"/>
        <source>node %1</source>
        <translation>node %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="21"/>
        <source>of node %1</source>
        <translation>of node %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="22"/>
        <source>in node %1</source>
        <translation>in node %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="25"/>
        <source>choice %1</source>
        <translation>choice %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="26"/>
        <source>of choice %1</source>
        <translation>of choice %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="27"/>
        <source>in choice %1</source>
        <translation>in choice %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="30"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="31"/>
        <source>of item %1</source>
        <translation>of item %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="32"/>
        <source>in item %1</source>
        <translation>in item %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="35"/>
        <source>route %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="36"/>
        <source>of route %1</source>
        <translation>of route %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="37"/>
        <source>in route %1</source>
        <translation>in route %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="40"/>
        <source>the time-out choice</source>
        <translation>the time-out choice</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="41"/>
        <source>of the time-out choice</source>
        <translation>of the time-out choice</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="42"/>
        <source>in the time-out choice</source>
        <translation>in the time-out choice</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="45"/>
        <source>variable %1</source>
        <translation>variable %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="46"/>
        <source>of variable %1</source>
        <translation>of variable %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="47"/>
        <source>in variable %1</source>
        <translation>in variable %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="50"/>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="51"/>
        <source>of card %1</source>
        <translation>of card %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="52"/>
        <source>in card %1</source>
        <translation>in card %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="55"/>
        <source>competency %1</source>
        <translation>competency %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="56"/>
        <source>of competency %1</source>
        <translation>of competency %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="57"/>
        <source>in competency %1</source>
        <translation>in competency %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="65"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="66"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="67"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="68"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="69"/>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="70"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="71"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="72"/>
        <source>Effects</source>
        <translation>Effects</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="73"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="74"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="75"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="76"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="77"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="78"/>
        <source>Initial value</source>
        <translation>Initial value</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="79"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="80"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="81"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="82"/>
        <source>Model answer</source>
        <translation>Model answer</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="83"/>
        <source>Minimum words</source>
        <translation>Minimum words</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="84"/>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="85"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="86"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="87"/>
        <source>Image description</source>
        <translation>Image description</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="88"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="89"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="90"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="91"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="92"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="94"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="95"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="96"/>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="97"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="98"/>
        <source>Start node</source>
        <translation>Start node</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="99"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="100"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="101"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="102"/>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="103"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="104"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="105"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="106"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="174"/>
        <source>alternative %1</source>
        <translation>alternative %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="180"/>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="198"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="233"/>
        <location filename="../editor/describe.py" line="246"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="236"/>
        <location filename="../editor/describe.py" line="248"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="240"/>
        <location filename="../editor/describe.py" line="254"/>
        <source>Move %1 to position %2</source>
        <translation>Move %1 to position %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="259"/>
        <source>Add node %1</source>
        <translation>Add node %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="263"/>
        <source>Delete node %1</source>
        <translation>Delete node %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="267"/>
        <source>Rename node %1 to %2</source>
        <translation>Rename node %1 to %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="268"/>
        <source>Rename variable %1 to %2</source>
        <translation>Rename variable %1 to %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="271"/>
        <source>Rename card %1 to %2</source>
        <translation>Rename card %1 to %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="272"/>
        <source>Rename competency %1 to %2</source>
        <translation>Rename competency %1 to %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="278"/>
        <source>Rename choice %1 in node %2 to %3</source>
        <translation>Rename choice %1 in node %2 to %3</translation>
    </message>
</context>
<context>
    <name>EditorMap</name>
    <message>
        <location filename="../editor/map/items.py" line="75"/>
        <source>Scene</source>
        <extracomment>A port&apos;s handle (radius) and how far from its centre a press still takes it.</extracomment>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="76"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="77"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="78"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="79"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="87"/>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="88"/>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="89"/>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="186"/>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="188"/>
        <source>Show the whole map (F)</source>
        <translation>Show the whole map (F)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="190"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="193"/>
        <source>Zoom out (Ctrl+minus, Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+minus, Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="195"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="198"/>
        <source>Zoom in (Ctrl+plus, Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+plus, Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="200"/>
        <source>&amp;Tidy up</source>
        <translation>&amp;Tidy up</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="202"/>
        <source>Lay out the selected nodes again, or the whole map when none is selected (Ctrl+L)</source>
        <translation>Lay out the selected nodes again, or the whole map when none is selected (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="207"/>
        <source>&amp;New node</source>
        <translation>&amp;New node</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="209"/>
        <source>Add a scene node (Insert, or double-click on the map)</source>
        <translation>Add a scene node (Insert, or double-click on the map)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="213"/>
        <source>&amp;Best path</source>
        <translation>&amp;Best path</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="215"/>
        <source>Mark the path with the most points, from the last check (B)</source>
        <translation>Mark the path with the most points, from the last check (B)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="219"/>
        <source>&amp;Harmful paths</source>
        <translation>&amp;Harmful paths</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="222"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="224"/>
        <source>Save the whole map as a PNG image or a PDF page</source>
        <translation>Save the whole map as a PNG image or a PDF page</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="228"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="229"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="231"/>
        <source>Save the whole map as a PNG image (a handout)</source>
        <translation>Save the whole map as a PNG image (a handout)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="234"/>
        <source>Save the whole map on one landscape PDF page, A4 or A3 (a handout)</source>
        <translation>Save the whole map on one landscape PDF page, A4 or A3 (a handout)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="239"/>
        <source>Delete the selected nodes</source>
        <translation>Delete the selected nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="242"/>
        <source>Double-click: new node · Ctrl+wheel: zoom · middle button: pan</source>
        <translation>Double-click: new node · Ctrl+wheel: zoom · middle button: pan</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="246"/>
        <source>Scenario map</source>
        <translation>Scenario map</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="354"/>
        <source>Mark every way to a success ending after a harmful choice, from the last check (H): the harmful choice&apos;s arrow thick and purple, the ways on from it purple, dash-dotted.</source>
        <translation>Mark every way to a success ending after a harmful choice, from the last check (H): the harmful choice&apos;s arrow thick and purple, the ways on from it purple, dash-dotted.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="363"/>
        <source>The last check found no harmful choice that still succeeds.</source>
        <translation>The last check found no harmful choice that still succeeds.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="369"/>
        <source>• {node} › {choice}: success still reached at {endings}</source>
        <translation>• {node} › {choice}: success still reached at {endings}</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="397"/>
        <source>Export the map as PNG</source>
        <translation>Export the map as PNG</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="401"/>
        <source>Export the map as PDF</source>
        <translation>Export the map as PDF</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="429"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="544"/>
        <source>Delete node %1</source>
        <translation>Delete node %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="546"/>
        <source>Delete %1 nodes</source>
        <translation>Delete %1 nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="561"/>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="566"/>
        <source>Delete nodes</source>
        <translation>Delete nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="567"/>
        <source>After this, no choice or route leads to: %1.</source>
        <translation>After this, no choice or route leads to: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="570"/>
        <source>Players can no longer reach those nodes. Undo (Ctrl+Z) brings everything back.</source>
        <translation>Players can no longer reach those nodes. Undo (Ctrl+Z) brings everything back.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="574"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Delete anyway</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="590"/>
        <source>&amp;Chapter from selection…</source>
        <translation>&amp;Chapter from selection…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="593"/>
        <source>Chapter…</source>
        <translation>Chapter…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="595"/>
        <source>Frame the selected nodes as a chapter with a title (Ctrl+G)</source>
        <translation>Frame the selected nodes as a chapter with a title (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="600"/>
        <source>Collapse or expand the chapter</source>
        <translation>Collapse or expand the chapter</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="603"/>
        <source>Remove the chapter (nodes stay)</source>
        <translation>Remove the chapter (nodes stay)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="605"/>
        <source>Mini&amp;map</source>
        <translation>Mini&amp;map</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="607"/>
        <source>Show or hide the overview of the whole map in the corner (M)</source>
        <translation>Show or hide the overview of the whole map in the corner (M)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="611"/>
        <source>Copy the selected nodes</source>
        <translation>Copy the selected nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="612"/>
        <source>Cut the selected nodes</source>
        <translation>Cut the selected nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="613"/>
        <source>Paste nodes</source>
        <translation>Paste nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="614"/>
        <source>Select all nodes</source>
        <translation>Select all nodes</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="646"/>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="647"/>
        <source>Chapter title:</source>
        <translation>Chapter title:</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="659"/>
        <source>Select the nodes of the chapter first.</source>
        <translation>Select the nodes of the chapter first.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="663"/>
        <source>Chapter %1</source>
        <translation>Chapter %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="712"/>
        <source>Copied only: this scenario is read-only, nothing is deleted.</source>
        <translation>Copied only: this scenario is read-only, nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="68"/>
        <source>Nodes: %1</source>
        <translation>Nodes: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="81"/>
        <source>&amp;Rename the chapter…</source>
        <translation>&amp;Rename the chapter…</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="83"/>
        <source>E&amp;xpand the chapter</source>
        <translation>E&amp;xpand the chapter</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="85"/>
        <source>&amp;Collapse the chapter</source>
        <translation>&amp;Collapse the chapter</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="88"/>
        <source>Remove the chapter (&amp;nodes stay)</source>
        <translation>Remove the chapter (&amp;nodes stay)</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="114"/>
        <source>Click the title to select the chapter&apos;s nodes, drag it to move them, double-click it to rename the chapter; ▾ collapses it (C); right-click for more</source>
        <translation>Click the title to select the chapter&apos;s nodes, drag it to move them, double-click it to rename the chapter; ▾ collapses it (C); right-click for more</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="230"/>
        <source>Double-click to expand</source>
        <translation>Double-click to expand</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="269"/>
        <source>CHAPTER</source>
        <translation>CHAPTER</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="34"/>
        <source>Select the nodes to copy first.</source>
        <translation>Select the nodes to copy first.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="40"/>
        <source>Nodes copied: %1.</source>
        <translation>Nodes copied: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="54"/>
        <source>This scenario is read-only: save it as a copy to paste into it.</source>
        <translation>This scenario is read-only: save it as a copy to paste into it.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="63"/>
        <source>The clipboard holds no nodes copied from a map (Ctrl+C on the map).</source>
        <translation>The clipboard holds no nodes copied from a map (Ctrl+C on the map).</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="76"/>
        <source>Paste nodes (%1)</source>
        <translation>Paste nodes (%1)</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="92"/>
        <source>Nodes pasted: %1.</source>
        <translation>Nodes pasted: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="96"/>
        <source>New ids where they were taken: %1.</source>
        <translation>New ids where they were taken: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/minimap.py" line="59"/>
        <source>The whole map: click or drag to move the view (M shows or hides it)</source>
        <translation>The whole map: click or drag to move the view (M shows or hides it)</translation>
    </message>
    <message>
        <location filename="../editor/map/minimap.py" line="63"/>
        <source>Minimap</source>
        <translation>Minimap</translation>
    </message>
</context>
<context>
    <name>EditorOpenDialog</name>
    <message>
        <location filename="../editor/open_dialog.py" line="58"/>
        <source>“%1” cannot be an id: use small letters without accents, digits and &apos;-&apos;, starting with a letter or digit (at most 64 characters), e.g. mosque-report.</source>
        <translation>“%1” cannot be an id: use small letters without accents, digits and &apos;-&apos;, starting with a letter or digit (at most 64 characters), e.g. mosque-report.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="68"/>
        <source>The id “%1” is already used by another scenario.</source>
        <translation>The id “%1” is already used by another scenario.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="86"/>
        <source>Id of the scenario (small letters, digits and &apos;-&apos;, e.g. tram-night-2):</source>
        <translation>Id of the scenario (small letters, digits and &apos;-&apos;, e.g. tram-night-2):</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="110"/>
        <location filename="../editor/open_dialog.py" line="475"/>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="112"/>
        <location filename="../editor/open_dialog.py" line="318"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="114"/>
        <location filename="../editor/open_dialog.py" line="317"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="117"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="120"/>
        <source>Small letters, digits and &apos;-&apos;; it names the scenario&apos;s folder.</source>
        <translation>Small letters, digits and &apos;-&apos;; it names the scenario&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="128"/>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="130"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="133"/>
        <source>&amp;Languages (first = default):</source>
        <translation>&amp;Languages (first = default):</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="145"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="149"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="168"/>
        <source>Languages: codes of two or three small letters, separated by commas, e.g. pl, en.</source>
        <translation>Languages: codes of two or three small letters, separated by commas, e.g. pl, en.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="174"/>
        <source>Languages: each language once.</source>
        <translation>Languages: each language once.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="232"/>
        <source>Open or create a scenario</source>
        <translation>Open or create a scenario</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="239"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="248"/>
        <location filename="../editor/open_dialog.py" line="439"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="251"/>
        <source>&amp;New from template…</source>
        <translation>&amp;New from template…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="256"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicate…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="261"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="266"/>
        <source>De&amp;lete (to the trash)</source>
        <translation>De&amp;lete (to the trash)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="271"/>
        <source>&amp;Restore from the trash</source>
        <translation>&amp;Restore from the trash</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="319"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="320"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="326"/>
        <source>My scenarios</source>
        <translation>My scenarios</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="331"/>
        <source>Shipped scenarios (read-only)</source>
        <translation>Shipped scenarios (read-only)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="336"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="434"/>
        <source>&amp;Open (read-only)</source>
        <translation>&amp;Open (read-only)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="492"/>
        <location filename="../editor/open_dialog.py" line="499"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="512"/>
        <location filename="../editor/open_dialog.py" line="519"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="533"/>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="541"/>
        <location filename="../editor/open_dialog.py" line="554"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="542"/>
        <source>Move %1 to the trash?</source>
        <translation>Move %1 to the trash?</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="545"/>
        <source>It can be restored from the trash later.</source>
        <translation>It can be restored from the trash later.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="548"/>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Move to the trash</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="566"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>EditorOutline</name>
    <message>
        <location filename="../editor/outline.py" line="124"/>
        <source>Search id or text (Ctrl+F)</source>
        <translation>Search id or text (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="129"/>
        <source>Search the outline</source>
        <translation>Search the outline</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="131"/>
        <location filename="../editor/outline_model.py" line="323"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="133"/>
        <source>&amp;Where is this used?</source>
        <translation>&amp;Where is this used?</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="136"/>
        <source>Where is the selected entry used?</source>
        <translation>Where is the selected entry used?</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="139"/>
        <source>Places that use the entry</source>
        <translation>Places that use the entry</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="363"/>
        <source>%1 is used in %2 place(s):</source>
        <translation>%1 is used in %2 place(s):</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="369"/>
        <source>%1 is not used anywhere.</source>
        <translation>%1 is not used anywhere.</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="41"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="42"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="43"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="44"/>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="45"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="46"/>
        <source>Scenes</source>
        <translation>Scenes</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="47"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="48"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="49"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="50"/>
        <source>Endings</source>
        <translation>Endings</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="51"/>
        <source>Other nodes</source>
        <translation>Other nodes</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="52"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="53"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="54"/>
        <source>Powers</source>
        <translation>Powers</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="55"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="56"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="306"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>EditorPublish</name>
    <message>
        <location filename="../editor/publishing.py" line="37"/>
        <source>… and %1 more (see the findings panel).</source>
        <translation>… and %1 more (see the findings panel).</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="59"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="69"/>
        <source>The scenario has %1 error(s): fix them before publishing.</source>
        <translation>The scenario has %1 error(s): fix them before publishing.</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="79"/>
        <source>The scenario has %1 warning(s). Publish it anyway?</source>
        <translation>The scenario has %1 warning(s). Publish it anyway?</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="83"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="94"/>
        <source>The scenario could not be published.</source>
        <translation>The scenario could not be published.</translation>
    </message>
</context>
<context>
    <name>EditorQuestions</name>
    <message>
        <location filename="../editor/questions.py" line="60"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="61"/>
        <source>The changes to %1 are not saved.</source>
        <translation>The changes to %1 are not saved.</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="64"/>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="67"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="68"/>
        <location filename="../editor/questions.py" line="104"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="80"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="81"/>
        <source>The editor stopped before %1 was saved. Unsaved work from %2 was kept.</source>
        <translation>The editor stopped before %1 was saved. Unsaved work from %2 was kept.</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="87"/>
        <source>Restore it now, or discard it?</source>
        <translation>Restore it now, or discard it?</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="89"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="90"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="91"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="121"/>
        <location filename="../editor/twine_import.py" line="45"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EditorRecovery</name>
    <message>
        <location filename="../editor/recovering.py" line="40"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
</context>
<context>
    <name>EditorShares</name>
    <message>
        <location filename="../editor/map/shares.py" line="163"/>
        <source>&lt;b&gt;Officers&apos; choices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Officers&apos; choices&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="164"/>
        <source>Versio&amp;n:</source>
        <translation>Versio&amp;n:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="165"/>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="166"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="168"/>
        <source>Attempts started on this day or later</source>
        <translation>Attempts started on this day or later</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="171"/>
        <source>Attempts started on this day or earlier</source>
        <translation>Attempts started on this day or earlier</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="183"/>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="186"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="260"/>
        <source>Officers&apos; &amp;choices</source>
        <translation>Officers&apos; &amp;choices</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="270"/>
        <source>What officers chose needs the app&apos;s store of attempts: open the editor from the app, signed in as an instructor</source>
        <translation>What officers chose needs the app&apos;s store of attempts: open the editor from the app, signed in as an instructor</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="279"/>
        <source>Show what officers chose (O): each choice&apos;s share of attempts as the arrow&apos;s thickness and a label, the items missed at checklists, the endings reached. Counts under 5 are hidden.</source>
        <translation>Show what officers chose (O): each choice&apos;s share of attempts as the arrow&apos;s thickness and a label, the items missed at checklists, the endings reached. Counts under 5 are hidden.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="344"/>
        <source>The first day is after the last one.</source>
        <translation>The first day is after the last one.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="373"/>
        <source>Only an instructor can see what officers chose.</source>
        <translation>Only an instructor can see what officers chose.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="379"/>
        <source>The attempts could not be read: %1</source>
        <translation>The attempts could not be read: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="403"/>
        <source>No attempts in this selection.</source>
        <translation>No attempts in this selection.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="408"/>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="451"/>
        <source>Reached: %1</source>
        <translation>Reached: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="454"/>
        <source>Attempts that ended here (counts under 5 hidden): %1</source>
        <translation>Attempts that ended here (counts under 5 hidden): %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="469"/>
        <source>Share of attempts that missed each item (a correct one not ticked, a wrong one ticked):</source>
        <translation>Share of attempts that missed each item (a correct one not ticked, a wrong one ticked):</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="484"/>
        <source>Missed: up to %1</source>
        <translation>Missed: up to %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="488"/>
        <source>Missed: %1</source>
        <translation>Missed: %1</translation>
    </message>
</context>
<context>
    <name>EditorShortcuts</name>
    <message>
        <location filename="../editor/shortcuts.py" line="37"/>
        <location filename="../editor/shortcuts.py" line="64"/>
        <source>Editor shortcuts</source>
        <translation>Editor shortcuts</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="41"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="42"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="47"/>
        <source>Show the selected entry or finding</source>
        <translation>Show the selected entry or finding</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="51"/>
        <source>From the search to the results</source>
        <translation>From the search to the results</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="52"/>
        <source>Down arrow</source>
        <translation>Down arrow</translation>
    </message>
</context>
<context>
    <name>EditorTwine</name>
    <message>
        <location filename="../editor/twine_import.py" line="61"/>
        <location filename="../editor/twine_import.py" line="82"/>
        <source>Import from Twine</source>
        <translation>Import from Twine</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="63"/>
        <source>Twine stories (Twee 3) (*.twee *.tw)</source>
        <translation>Twine stories (Twee 3) (*.twee *.tw)</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="90"/>
        <source> (line %1)</source>
        <translation> (line %1)</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="97"/>
        <source>%1 could not be read as a Twine story (Twee 3)%2; nothing was written.</source>
        <translation>%1 could not be read as a Twine story (Twee 3)%2; nothing was written.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="111"/>
        <source>The scenario could not be written to %1; nothing was imported.</source>
        <translation>The scenario could not be written to %1; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="124"/>
        <source>…and %1 more.</source>
        <translation>…and %1 more.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="131"/>
        <source>The story is now the scenario %1. Some of what the file held has no place in a scenario or needs your attention:</source>
        <translation>The story is now the scenario %1. Some of what the file held has no place in a scenario or needs your attention:</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="22"/>
        <source>a script passage (JavaScript)</source>
        <translation>a script passage (JavaScript)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="23"/>
        <source>a stylesheet passage (CSS)</source>
        <translation>a stylesheet passage (CSS)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="24"/>
        <source>a SugarCube widget passage</source>
        <translation>a SugarCube widget passage</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="25"/>
        <source>a Harlowe startup passage</source>
        <translation>a Harlowe startup passage</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="26"/>
        <source>a Harlowe header passage</source>
        <translation>a Harlowe header passage</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="27"/>
        <source>a Harlowe footer passage</source>
        <translation>a Harlowe footer passage</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="28"/>
        <source>a story format&apos;s special passage</source>
        <translation>a story format&apos;s special passage</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="34"/>
        <source>a SugarCube macro</source>
        <translation>a SugarCube macro</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="35"/>
        <source>a Harlowe macro</source>
        <translation>a Harlowe macro</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="36"/>
        <source>a &lt;script&gt; element</source>
        <translation>a &lt;script&gt; element</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="37"/>
        <source>HTML markup</source>
        <translation>HTML markup</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="38"/>
        <source>a story variable</source>
        <translation>a story variable</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="43"/>
        <source>Text before the first passage header belongs to no passage and was not read.</source>
        <translation>Text before the first passage header belongs to no passage and was not read.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="47"/>
        <source>A second passage with this name (the first is on line %1): links go to the first.</source>
        <translation>A second passage with this name (the first is on line %1): links go to the first.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="51"/>
        <source>The passage&apos;s metadata could not be read and was left out.</source>
        <translation>The passage&apos;s metadata could not be read and was left out.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="54"/>
        <source>The scenario&apos;s own block could not be read: its settings were left out.</source>
        <translation>The scenario&apos;s own block could not be read: its settings were left out.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="57"/>
        <source>StoryData could not be read and was left out.</source>
        <translation>StoryData could not be read and was left out.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="60"/>
        <source>StoryData names %1 as the start, but there is no such passage.</source>
        <translation>StoryData names %1 as the start, but there is no such passage.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="63"/>
        <source>No start passage is named: the story starts at the first passage.</source>
        <translation>No start passage is named: the story starts at the first passage.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="66"/>
        <source>No StoryTitle passage: the scenario is titled by its id.</source>
        <translation>No StoryTitle passage: the scenario is titled by its id.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="69"/>
        <source>The passage&apos;s trainer block could not be read: it came in as a plain passage.</source>
        <translation>The passage&apos;s trainer block could not be read: it came in as a plain passage.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="73"/>
        <source>The passage&apos;s trainer block holds no node: it came in as a plain passage.</source>
        <translation>The passage&apos;s trainer block holds no node: it came in as a plain passage.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="76"/>
        <source>%1 control character(s) were removed from the text.</source>
        <translation>%1 control character(s) were removed from the text.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="79"/>
        <source>A link to the web address %1 is not a choice: its words stay in the text.</source>
        <translation>A link to the web address %1 is not a choice: its words stay in the text.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="82"/>
        <source>The link&apos;s setter [%1] is story-format code and was left out.</source>
        <translation>The link&apos;s setter [%1] is story-format code and was left out.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="85"/>
        <source>A link leads to %1, which is no passage here: the empty ending %2 stands in for it.</source>
        <translation>A link leads to %1, which is no passage here: the empty ending %2 stands in for it.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="89"/>
        <source>The tag %1 has no place on a node and was left out.</source>
        <translation>The tag %1 has no place on a node and was left out.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="92"/>
        <source>An ending without a success, partial or failure tag: its outcome is set to partial.</source>
        <translation>An ending without a success, partial or failure tag: its outcome is set to partial.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="96"/>
        <source>The link&apos;s words %1 were not kept: a scene&apos;s way on has no label.</source>
        <translation>The link&apos;s words %1 were not kept: a scene&apos;s way on has no label.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="99"/>
        <source>The tag %1 is for endings, but this passage has links.</source>
        <translation>The tag %1 is for endings, but this passage has links.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="102"/>
        <source>The passage&apos;s links no longer fit its node type (%1): it came in as a plain passage.</source>
        <translation>The passage&apos;s links no longer fit its node type (%1): it came in as a plain passage.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="106"/>
        <source>%1 choice(s) of the trainer block have no link any more and were dropped.</source>
        <translation>%1 choice(s) of the trainer block have no link any more and were dropped.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="109"/>
        <source>The position %1 is not &apos;x,y&apos;: the map places the card itself.</source>
        <translation>The position %1 is not &apos;x,y&apos;: the map places the card itself.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="129"/>
        <source>%1: not imported (a scenario has no place for it).</source>
        <translation>%1: not imported (a scenario has no place for it).</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="137"/>
        <source>%1, “%2”: kept in the text as written, but the trainer does not run it.</source>
        <translation>%1, “%2”: kept in the text as written, but the trainer does not run it.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="145"/>
        <source>(%1 more like it in this passage.)</source>
        <translation>(%1 more like it in this passage.)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="152"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="162"/>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="166"/>
        <source>passage “%1”</source>
        <translation>passage “%1”</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../editor/window.py" line="384"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="386"/>
        <location filename="../editor/window.py" line="434"/>
        <source>&amp;Open or create a scenario…</source>
        <translation>&amp;Open or create a scenario…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="388"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="389"/>
        <location filename="../editor/window.py" line="442"/>
        <source>Save as a &amp;copy…</source>
        <translation>Save as a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="391"/>
        <source>&amp;Import from Twine (.twee)…</source>
        <translation>&amp;Import from Twine (.twee)…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="393"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="394"/>
        <source>Close the &amp;editor</source>
        <translation>Close the &amp;editor</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="395"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="397"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="398"/>
        <source>&amp;Find in the outline</source>
        <translation>&amp;Find in the outline</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="399"/>
        <source>&amp;Where is this used?</source>
        <translation>&amp;Where is this used?</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="400"/>
        <source>Check &amp;now</source>
        <translation>Check &amp;now</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="401"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="403"/>
        <source>Map in the &amp;whole window</source>
        <translation>Map in the &amp;whole window</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="405"/>
        <source>&amp;Next panel</source>
        <translation>&amp;Next panel</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="406"/>
        <source>&amp;Previous panel</source>
        <translation>&amp;Previous panel</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="407"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="408"/>
        <source>&amp;Test from here</source>
        <translation>&amp;Test from here</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="410"/>
        <source>Play the scenario from the selected node, unsaved edits included</source>
        <translation>Play the scenario from the selected node, unsaved edits included</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="414"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="416"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="418"/>
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="419"/>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="420"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="421"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="422"/>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="423"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="424"/>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="425"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="426"/>
        <source>No scenario open</source>
        <translation>No scenario open</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="428"/>
        <source>Open one of your scenarios or a shipped one, or create a new one from a template.</source>
        <translation>Open one of your scenarios or a shipped one, or create a new one from a template.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="437"/>
        <source>This is a shipped scenario: it opens read-only. Save it as a copy to change it.</source>
        <translation>This is a shipped scenario: it opens read-only. Save it as a copy to change it.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="472"/>
        <location filename="../editor/window.py" line="485"/>
        <location filename="../editor/window.py" line="496"/>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="473"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="486"/>
        <source>%1 is not a readable scenario file.</source>
        <translation>%1 is not a readable scenario file.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="497"/>
        <source>%1 is not a scenario: the file must hold the scenario&apos;s fields (id, title, nodes…), and its nodes a map of node ids.</source>
        <translation>%1 is not a scenario: the file must hold the scenario&apos;s fields (id, title, nodes…), and its nodes a map of node ids.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="534"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="604"/>
        <source>new scenario</source>
        <translation>new scenario</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="756"/>
        <source>The check failed (report: %1)</source>
        <translation>The check failed (report: %1)</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="764"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="783"/>
        <source>Scenario editor</source>
        <translation>Scenario editor</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="792"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="798"/>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="804"/>
        <source>not saved yet</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="814"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 error(s), %2 warning(s)</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="832"/>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="833"/>
        <source>%1 could not be saved; the changes are still open here.</source>
        <translation>%1 could not be saved; the changes are still open here.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="844"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="860"/>
        <source>Unsaved work could not be kept for recovery: %1</source>
        <translation>Unsaved work could not be kept for recovery: %1</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="909"/>
        <location filename="../editor/window.py" line="920"/>
        <source>Save as a copy</source>
        <translation>Save as a copy</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="961"/>
        <source>Published as version %1.</source>
        <translation>Published as version %1.</translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="145"/>
        <source>%1 (unknown)</source>
        <translation>%1 (unknown)</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="147"/>
        <source>“%1” is not one of the allowed values.</source>
        <translation>“%1” is not one of the allowed values.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../editor/forms/base.py" line="126"/>
        <source>This scenario is read-only: save it as a copy to edit it.</source>
        <translation>This scenario is read-only: save it as a copy to edit it.</translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <location filename="../editor/forms/__init__.py" line="241"/>
        <source>Read-only: this scenario ships with the trainer. Everything is shown; to change it, save it as a copy.</source>
        <extracomment>A widget with this property set keeps the keyboard when a place is shown in the form.</extracomment>
        <translation>Read-only: this scenario ships with the trainer. Everything is shown; to change it, save it as a copy.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help.py" line="24"/>
        <source>Choose an answer; in a checklist, tick or untick an item</source>
        <translation>Choose an answer; in a checklist, tick or untick an item</translation>
    </message>
    <message>
        <location filename="../help.py" line="30"/>
        <source>Press the focused button; confirm, or go on to the next step</source>
        <translation>Press the focused button; confirm, or go on to the next step</translation>
    </message>
    <message>
        <location filename="../help.py" line="36"/>
        <source>Pause the scenario (nothing is lost) and go to the library; a timed decision first stops its clock</source>
        <translation>Pause the scenario (nothing is lost) and go to the library; a timed decision first stops its clock</translation>
    </message>
    <message>
        <location filename="../help.py" line="42"/>
        <source>Move between buttons and fields</source>
        <translation>Move between buttons and fields</translation>
    </message>
    <message>
        <location filename="../help.py" line="44"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../help.py" line="45"/>
        <source>Press that button, or open that menu</source>
        <translation>Press that button, or open that menu</translation>
    </message>
    <message>
        <location filename="../help.py" line="47"/>
        <source>Search the scenario library</source>
        <translation>Search the scenario library</translation>
    </message>
    <message>
        <location filename="../help.py" line="49"/>
        <source>Enter on a scenario</source>
        <translation>Enter on a scenario</translation>
    </message>
    <message>
        <location filename="../help.py" line="50"/>
        <source>Start it in the chosen mode and language</source>
        <translation>Start it in the chosen mode and language</translation>
    </message>
    <message>
        <location filename="../help.py" line="54"/>
        <source>Larger, smaller, normal text</source>
        <translation>Larger, smaller, normal text</translation>
    </message>
    <message>
        <location filename="../help.py" line="56"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <location filename="../help.py" line="63"/>
        <source>Open the scenario editor (instructors)</source>
        <translation>Open the scenario editor (instructors)</translation>
    </message>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../help.py" line="98"/>
        <source>Practice in responding to hate crime and in working with local communities, for police officers. It works without a network.</source>
        <translation>Practice in responding to hate crime and in working with local communities, for police officers. It works without a network.</translation>
    </message>
    <message>
        <location filename="../help.py" line="103"/>
        <source>Data folder (profiles, results, backups): %1</source>
        <translation>Data folder (profiles, results, backups): %1</translation>
    </message>
    <message>
        <location filename="../help.py" line="104"/>
        <source>Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).</source>
        <translation>Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../history/page.py" line="253"/>
        <source>Competencies over time and per scenario</source>
        <translation>Competencies over time and per scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="254"/>
        <source>Export &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="255"/>
        <source>Export P&amp;DF</source>
        <translation>Export P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="256"/>
        <location filename="../history/page.py" line="257"/>
        <source>Search by scenario title</source>
        <translation>Search by scenario title</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="261"/>
        <source>All modes</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="262"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="263"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="266"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="270"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="276"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="277"/>
        <location filename="../history/page.py" line="283"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="278"/>
        <location filename="../history/page.py" line="280"/>
        <source>Competencies over time</source>
        <translation>Competencies over time</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="279"/>
        <source>Finish a scenario to see your competencies here.</source>
        <translation>Finish a scenario to see your competencies here.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="281"/>
        <location filename="../history/page.py" line="285"/>
        <source>Best and last per scenario</source>
        <translation>Best and last per scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="286"/>
        <location filename="../history/page.py" line="287"/>
        <source>Where to improve</source>
        <translation>Where to improve</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="288"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="289"/>
        <source>&amp;Replay the attempt</source>
        <translation>&amp;Replay the attempt</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="291"/>
        <location filename="../history/page.py" line="357"/>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="394"/>
        <source>The charts cannot be shown: %1</source>
        <translation>The charts cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="413"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="415"/>
        <source>This history cannot be shown: %1</source>
        <translation>This history cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="457"/>
        <source>Finish a scenario to see which competencies to work on.</source>
        <translation>Finish a scenario to see which competencies to work on.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="465"/>
        <source>not played yet</source>
        <translation>not played yet</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="470"/>
        <source>average %1, last %2</source>
        <translation>average %1, last %2</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="480"/>
        <source>Scenarios that train it:</source>
        <translation>Scenarios that train it:</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="509"/>
        <source>%1 of %2 attempts match</source>
        <translation>%1 of %2 attempts match</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="511"/>
        <source>%2 attempts</source>
        <translation>%2 attempts</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="560"/>
        <location filename="../history/page.py" line="564"/>
        <source>history</source>
        <comment>default file name of a history export</comment>
        <translation>history</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="561"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="565"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="582"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="95"/>
        <source>%1 (partly self-assessed)</source>
        <translation>%1 (partly self-assessed)</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../editor/forms/id_field.py" line="25"/>
        <source>small letters a–z, digits and _, starting with a letter (at most 64 characters)</source>
        <extracomment>Renames ``old`` to ``new`` (one undo step); the reason it was refused, or None.</extracomment>
        <translation>small letters a–z, digits and _, starting with a letter (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="29"/>
        <source>small letters a–z, digits, - and _, starting with a letter or digit (at most 64 characters)</source>
        <translation>small letters a–z, digits, - and _, starting with a letter or digit (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="107"/>
        <source>“%1” is not a valid id: %2</source>
        <translation>“%1” is not a valid id: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="112"/>
        <source>“%1” is a reserved word of conditions.</source>
        <translation>“%1” is a reserved word of conditions.</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="114"/>
        <source>“%1” is already used.</source>
        <translation>“%1” is already used.</translation>
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
    <name>ImageField</name>
    <message>
        <location filename="../editor/forms/image_field.py" line="37"/>
        <source>no picture</source>
        <translation>no picture</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="39"/>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="41"/>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="67"/>
        <source>The picture “%1” cannot be shown: it is missing or damaged.</source>
        <translation>The picture “%1” cannot be shown: it is missing or damaged.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="93"/>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="95"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="105"/>
        <source>Save the scenario first: the picture is copied next to it.</source>
        <translation>Save the scenario first: the picture is copied next to it.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="116"/>
        <source>Could not copy “%1” into the scenario&apos;s media folder: %2</source>
        <translation>Could not copy “%1” into the scenario&apos;s media folder: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="126"/>
        <source>⚠ “%1” is %2 MB: pictures over 5 MB make the scenario slow to open.</source>
        <translation>⚠ “%1” is %2 MB: pictures over 5 MB make the scenario slow to open.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="135"/>
        <source>“%1” is not a picture the trainer can show: use PNG, JPEG or WebP.</source>
        <translation>“%1” is not a picture the trainer can show: use PNG, JPEG or WebP.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="139"/>
        <source>“%1” is too large (%2 MB): a picture may have at most 20 MB.</source>
        <translation>“%1” is too large (%2 MB): a picture may have at most 20 MB.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="144"/>
        <source>“%1” cannot be used: %2</source>
        <translation>“%1” cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>InstructorSetupDialog</name>
    <message>
        <location filename="../profiles/setup_dialog.py" line="44"/>
        <location filename="../profiles/setup_dialog.py" line="47"/>
        <source>Set up this laptop for an instructor</source>
        <translation>Set up this laptop for an instructor</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="52"/>
        <source>The first instructor is set up once per laptop. An instructor unlocks profiles and sees everyone&apos;s results; other instructors can only be added by an instructor. Officers do not need this: they create their own profile.</source>
        <translation>The first instructor is set up once per laptop. An instructor unlocks profiles and sees everyone&apos;s results; other instructors can only be added by an instructor. Officers do not need this: they create their own profile.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="66"/>
        <source>Instructor&apos;s &amp;name</source>
        <translation>Instructor&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="68"/>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="88"/>
        <source>At least %1 characters. Keep it to yourself: officers use this laptop too.</source>
        <translation>At least %1 characters. Keep it to yourself: officers use this laptop too.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="99"/>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="123"/>
        <source>Enter the instructor&apos;s name.</source>
        <translation>Enter the instructor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="126"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="37"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="38"/>
        <source>%1: set</source>
        <translation>%1: set</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="62"/>
        <source>Not a whole number: %1</source>
        <translation>Not a whole number: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="65"/>
        <source>Out of range: %1 (allowed %2 to %3)</source>
        <translation>Out of range: %1 (allowed %2 to %3)</translation>
    </message>
</context>
<context>
    <name>ItemFrame</name>
    <message>
        <location filename="../editor/forms/list_section.py" line="76"/>
        <source>Up</source>
        <extracomment>Widgets that edit a value (what &quot;focus this entry&quot; focuses first). Builds an entry&apos;s fields into its frame: (frame, path of the entry, index).</extracomment>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="76"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="77"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="77"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="78"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="78"/>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library/page.py" line="93"/>
        <source>● in progress</source>
        <translation>● in progress</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="97"/>
        <source>best %1 · last %2</source>
        <translation>best %1 · last %2</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="184"/>
        <source>Unavailable: %1 error(s) in the scenario file</source>
        <translation>Unavailable: %1 error(s) in the scenario file</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="205"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="211"/>
        <source>◷ timed</source>
        <translation>◷ timed</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="213"/>
        <source>✓ official</source>
        <translation>✓ official</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="215"/>
        <source>⚠ unofficial</source>
        <translation>⚠ unofficial</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="217"/>
        <source>✎ local</source>
        <translation>✎ local</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="389"/>
        <source>Scenario library</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="390"/>
        <source>Search by title, topic or tag…  (Ctrl+F)</source>
        <translation>Search by title, topic or tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="391"/>
        <source>Search scenarios</source>
        <translation>Search scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="392"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="393"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="394"/>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="395"/>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="396"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="397"/>
        <source>Scenario &amp;language:</source>
        <translation>Scenario &amp;language:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="398"/>
        <source>Scenario language</source>
        <translation>Scenario language</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="399"/>
        <source>Scenario summary</source>
        <translation>Scenario summary</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="400"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="401"/>
        <source>&amp;Resume where I stopped</source>
        <translation>&amp;Resume where I stopped</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="403"/>
        <source>&amp;Trainer overview</source>
        <translation>&amp;Trainer overview</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="476"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="419"/>
        <source>Practice: you see feedback after every choice.</source>
        <translation>Practice: you see feedback after every choice.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="402"/>
        <source>&amp;My history</source>
        <translation>&amp;My history</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="404"/>
        <source>&amp;Clear the search</source>
        <translation>&amp;Clear the search</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="422"/>
        <source>Assessment: no feedback until the debrief at the end, like a real call.</source>
        <translation>Assessment: no feedback until the debrief at the end, like a real call.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="535"/>
        <source>No scenario matches “%1”.</source>
        <translation>No scenario matches “%1”.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="537"/>
        <source>No scenario has this topic.</source>
        <translation>No scenario has this topic.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="541"/>
        <source>Words are found in any form and without Polish letters (“synagoga” finds “synagogi”). Try another word, or clear the search to see every scenario.</source>
        <translation>Words are found in any form and without Polish letters (“synagoga” finds “synagogi”). Try another word, or clear the search to see every scenario.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="574"/>
        <source>This scenario cannot be played until its file is fixed:</source>
        <translation>This scenario cannot be played until its file is fixed:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="585"/>
        <source>Duration: about %1 min</source>
        <translation>Duration: about %1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="586"/>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="587"/>
        <source>Timed decisions: a countdown runs at some steps</source>
        <translation>Timed decisions: a countdown runs at some steps</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="589"/>
        <source>No time limits</source>
        <translation>No time limits</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="590"/>
        <source>Competencies: %1</source>
        <translation>Competencies: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="594"/>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="597"/>
        <source>Official: from a scenario pack signed by %1</source>
        <translation>Official: from a scenario pack signed by %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="602"/>
        <source>Unofficial: from a scenario pack that no training centre trusted on this laptop has signed. Ask your instructor where it comes from.</source>
        <translation>Unofficial: from a scenario pack that no training centre trusted on this laptop has signed. Ask your instructor where it comes from.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="607"/>
        <source>Local: written on this laptop in the scenario editor</source>
        <translation>Local: written on this laptop in the scenario editor</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="611"/>
        <source>Your best: %1 · your last: %2</source>
        <translation>Your best: %1 · your last: %2</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../editor/forms/list_section.py" line="161"/>
        <source>new id</source>
        <translation>new id</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="202"/>
        <source>“%1” is not a valid id: %2</source>
        <translation>“%1” is not a valid id: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="209"/>
        <source>“%1” is a reserved word of conditions.</source>
        <translation>“%1” is a reserved word of conditions.</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="213"/>
        <source>“%1” is already used.</source>
        <translation>“%1” is already used.</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="244"/>
        <source>At least one entry must stay here.</source>
        <translation>At least one entry must stay here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../help.py" line="97"/>
        <location filename="../main.py" line="337"/>
        <location filename="../window.py" line="330"/>
        <source>Case-scenario trainer</source>
        <extracomment>True once those filters are in place (tests wait for it, as a user waits for the window to appear before typing).</extracomment>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../window.py" line="331"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../window.py" line="332"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../window.py" line="333"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../window.py" line="334"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../window.py" line="335"/>
        <source>La&amp;nguage</source>
        <translation>La&amp;nguage</translation>
    </message>
    <message>
        <location filename="../window.py" line="336"/>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location filename="../window.py" line="337"/>
        <source>&amp;Switch profile (sign out)</source>
        <translation>&amp;Switch profile (sign out)</translation>
    </message>
    <message>
        <location filename="../window.py" line="338"/>
        <source>My &amp;history</source>
        <translation>My &amp;history</translation>
    </message>
    <message>
        <location filename="../window.py" line="339"/>
        <source>&amp;Trainer overview</source>
        <translation>&amp;Trainer overview</translation>
    </message>
    <message>
        <location filename="../window.py" line="340"/>
        <source>Scenario &amp;editor…</source>
        <translation>Scenario &amp;editor…</translation>
    </message>
    <message>
        <location filename="../window.py" line="341"/>
        <source>Scenario &amp;packs…</source>
        <translation>Scenario &amp;packs…</translation>
    </message>
    <message>
        <location filename="../window.py" line="342"/>
        <source>&amp;Unlock a profile…</source>
        <translation>&amp;Unlock a profile…</translation>
    </message>
    <message>
        <location filename="../window.py" line="343"/>
        <source>Sign-out after &amp;inactivity…</source>
        <translation>Sign-out after &amp;inactivity…</translation>
    </message>
    <message>
        <location filename="../window.py" line="344"/>
        <source>Form of &amp;address…</source>
        <translation>Form of &amp;address…</translation>
    </message>
    <message>
        <location filename="../window.py" line="345"/>
        <source>Set up this laptop for an &amp;instructor…</source>
        <translation>Set up this laptop for an &amp;instructor…</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../window.py" line="347"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../window.py" line="348"/>
        <source>&amp;About this app</source>
        <translation>&amp;About this app</translation>
    </message>
    <message>
        <location filename="../window.py" line="349"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../window.py" line="385"/>
        <source>About this app</source>
        <translation>About this app</translation>
    </message>
    <message>
        <location filename="../window.py" line="514"/>
        <source>Set up this laptop for an instructor</source>
        <translation>Set up this laptop for an instructor</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>%1 is this laptop&apos;s instructor now: choose the profile and sign in with the password. Further instructors are added by an instructor.</source>
        <translation>%1 is this laptop&apos;s instructor now: choose the profile and sign in with the password. Further instructors are added by an instructor.</translation>
    </message>
    <message>
        <location filename="../window.py" line="619"/>
        <source>Unlock a profile</source>
        <translation>Unlock a profile</translation>
    </message>
    <message>
        <location filename="../window.py" line="623"/>
        <source>No profile is locked.</source>
        <translation>No profile is locked.</translation>
    </message>
    <message>
        <location filename="../window.py" line="627"/>
        <source>Locked profile:</source>
        <translation>Locked profile:</translation>
    </message>
    <message>
        <location filename="../window.py" line="634"/>
        <source>Your password, %1:</source>
        <translation>Your password, %1:</translation>
    </message>
    <message>
        <location filename="../window.py" line="649"/>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <location filename="../window.py" line="698"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../window.py" line="701"/>
        <source>attempt</source>
        <comment>default file name of an attempt&apos;s PDF</comment>
        <translation>attempt</translation>
    </message>
    <message>
        <location filename="../window.py" line="764"/>
        <source>Sign-out after inactivity</source>
        <translation>Sign-out after inactivity</translation>
    </message>
    <message>
        <location filename="../window.py" line="765"/>
        <source>Minutes without activity before the officer is signed out (0: never):</source>
        <translation>Minutes without activity before the officer is signed out (0: never):</translation>
    </message>
    <message>
        <location filename="../window.py" line="891"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../window.py" line="901"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../window.py" line="902"/>
        <source>The program hit an internal error. Your saved progress is safe.</source>
        <translation>The program hit an internal error. Your saved progress is safe.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</source>
        <translation>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>This laptop already has an instructor. Further instructors are added by an instructor.</source>
        <translation>This laptop already has an instructor. Further instructors are added by an instructor.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Wrong PIN or password. Tries left before a lock: %1.</source>
        <translation>Wrong PIN or password. Tries left before a lock: %1.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>A PIN is made of digits only.</source>
        <translation>A PIN is made of digits only.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation>A PIN needs at least %1 digits.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>A PIN cannot repeat one digit (like 000000).</source>
        <translation>A PIN cannot repeat one digit (like 000000).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>A PIN cannot repeat a short group of digits (like 121212).</source>
        <translation>A PIN cannot repeat a short group of digits (like 121212).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>A PIN cannot be a run of digits (like 123456).</source>
        <translation>A PIN cannot be a run of digits (like 123456).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>An instructor&apos;s password needs at least %1 characters.</source>
        <translation>An instructor&apos;s password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>The password uses too few different characters.</source>
        <translation>The password uses too few different characters.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>This scenario&apos;s file changed since the library was shown and cannot be played now. The library shows it as it is.</source>
        <translation>This scenario&apos;s file changed since the library was shown and cannot be played now. The library shows it as it is.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</source>
        <translation>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</source>
        <translation>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</source>
        <translation>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>The progress database is busy. Try again in a moment.</source>
        <translation>The progress database is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="99"/>
        <source>The program is already open on this computer. Close the other window first.</source>
        <translation>The program is already open on this computer. Close the other window first.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>a network drive</source>
        <translation>a network drive</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>a folder synced to the cloud</source>
        <translation>a folder synced to the cloud</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>a removable drive (USB)</source>
        <translation>a removable drive (USB)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>The data folder %1 is on %2. Progress is saved only on this computer&apos;s own disk, where no answer can be lost: ask your instructor to choose a folder on this computer.</source>
        <translation>The data folder %1 is on %2. Progress is saved only on this computer&apos;s own disk, where no answer can be lost: ask your instructor to choose a folder on this computer.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>A profile name cannot contain control characters (here %1). Type the name with letters, digits, spaces and punctuation only.</source>
        <translation>A profile name cannot contain control characters (here %1). Type the name with letters, digits, spaces and punctuation only.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>A profile name cannot contain invisible or text-direction characters (here %1), so that no two names look alike. Type the name again instead of pasting it.</source>
        <translation>A profile name cannot contain invisible or text-direction characters (here %1), so that no two names look alike. Type the name again instead of pasting it.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>A profile with this name already exists (%1). Names that differ only in capital letters, letter width or spaces are the same name.</source>
        <translation>A profile with this name already exists (%1). Names that differ only in capital letters, letter width or spaces are the same name.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>A profile name needs 1 to %1 characters.</source>
        <translation>A profile name needs 1 to %1 characters.</translation>
    </message>
</context>
<context>
    <name>ModesField</name>
    <message>
        <location filename="../editor/forms/metadata.py" line="112"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="112"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="142"/>
        <source>A scenario is played in at least one mode.</source>
        <translation>A scenario is played in at least one mode.</translation>
    </message>
</context>
<context>
    <name>NextField</name>
    <message>
        <location filename="../editor/forms/routes.py" line="27"/>
        <source>Go to one node</source>
        <translation>Go to one node</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="28"/>
        <source>Routes by condition</source>
        <translation>Routes by condition</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="29"/>
        <source>%1: kind</source>
        <translation>%1: kind</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="30"/>
        <source>A node id, or routes tried from the top</source>
        <translation>A node id, or routes tried from the top</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="45"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="49"/>
        <source>Add route</source>
        <translation>Add route</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="56"/>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="56"/>
        <location filename="../editor/forms/routes.py" line="112"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="64"/>
        <source>Unknown node “%1”.</source>
        <translation>Unknown node “%1”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="66"/>
        <source>Say where the story goes next.</source>
        <translation>Say where the story goes next.</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="99"/>
        <source>Route %1: otherwise</source>
        <translation>Route %1: otherwise</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="100"/>
        <source>Route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="105"/>
        <source>If</source>
        <translation>If</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="110"/>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <location filename="../words.py" line="102"/>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <location filename="../words.py" line="103"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../words.py" line="104"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../words.py" line="106"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../words.py" line="105"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>OptionalCondition</name>
    <message>
        <location filename="../editor/forms/choices.py" line="39"/>
        <source>Remove condition</source>
        <translation>Remove condition</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="41"/>
        <source>Offer only if… (add a condition)</source>
        <translation>Offer only if… (add a condition)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../words.py" line="43"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../words.py" line="44"/>
        <source>Partial success</source>
        <translation>Partial success</translation>
    </message>
    <message>
        <location filename="../words.py" line="45"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../words.py" line="78"/>
        <source>Ending: %1 (success)</source>
        <translation>Ending: %1 (success)</translation>
    </message>
    <message>
        <location filename="../words.py" line="79"/>
        <source>Ending: %1 (partial success)</source>
        <translation>Ending: %1 (partial success)</translation>
    </message>
    <message>
        <location filename="../words.py" line="80"/>
        <source>Ending: %1 (failure)</source>
        <translation>Ending: %1 (failure)</translation>
    </message>
    <message>
        <location filename="../words.py" line="92"/>
        <source>The ending is where your decisions led the story; the score counts the points each decision earned.</source>
        <translation>The ending is where your decisions led the story; the score counts the points each decision earned.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="128"/>
        <location filename="../words.py" line="87"/>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../player/page.py" line="332"/>
        <source>This step of the scenario</source>
        <extracomment>The largest a node&apos;s picture is drawn (width, height); larger ones are scaled down. How long after the last key the note being written is kept (a crash loses at most this). Qt&apos;s widgets take 32-bit ints; a progress bar in milliseconds holds 24.8 days.</extracomment>
        <translation>This step of the scenario</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="333"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="334"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="335"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="336"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="337"/>
        <source>How far the scenario has gone</source>
        <translation>How far the scenario has gone</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="339"/>
        <source>Your progress is saved after every step; resume it later from the library.</source>
        <translation>Your progress is saved after every step; resume it later from the library.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="341"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="342"/>
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="343"/>
        <source>Resume  ⏎</source>
        <translation>Resume  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="540"/>
        <source>Press an item&apos;s number or click it to tick it, then confirm.</source>
        <translation>Press an item&apos;s number or click it to tick it, then confirm.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="719"/>
        <source>The clock is stopped: %1 s left for this decision. It runs again only when you resume. Your progress is saved.</source>
        <translation>The clock is stopped: %1 s left for this decision. It runs again only when you resume. Your progress is saved.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="396"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="396"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="444"/>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="446"/>
        <source>Steps left to the end: about %1</source>
        <translation>Steps left to the end: about %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="451"/>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="463"/>
        <source>Knowledge card: %1</source>
        <translation>Knowledge card: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="471"/>
        <source>Continue  ⏎</source>
        <translation>Continue  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="479"/>
        <source>See the debrief  ⏎</source>
        <translation>See the debrief  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="514"/>
        <source>What do you do? Press a number or click a choice.</source>
        <translation>What do you do? Press a number or click a choice.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="560"/>
        <location filename="../player/page.py" line="592"/>
        <location filename="../player/page.py" line="812"/>
        <source>Confirm  ⏎</source>
        <translation>Confirm  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="696"/>
        <location filename="../player/page.py" line="716"/>
        <source>◷ %1 s left</source>
        <translation>◷ %1 s left</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="890"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="892"/>
        <source>Your last answer could not be saved, so it was not applied.</source>
        <translation>Your last answer could not be saved, so it was not applied.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="896"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="897"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="940"/>
        <source>(no feedback for this choice)</source>
        <translation>(no feedback for this choice)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="936"/>
        <source>Time ran out before you decided.</source>
        <translation>Time ran out before you decided.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="962"/>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="964"/>
        <source>No points for this step.</source>
        <translation>No points for this step.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="967"/>
        <location filename="../player/page.py" line="1014"/>
        <source>Next  ⏎</source>
        <translation>Next  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="569"/>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="596"/>
        <source>Submit the note (Ctrl+Enter)</source>
        <translation>Submit the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="985"/>
        <source>Self-assessed: %1 of %2 items in your note</source>
        <translation>Self-assessed: %1 of %2 items in your note</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="1009"/>
        <source>Points (self-assessed): %1</source>
        <translation>Points (self-assessed): %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="1011"/>
        <source>No points for this step (self-assessed).</source>
        <translation>No points for this step (self-assessed).</translation>
    </message>
</context>
<context>
    <name>PointsField</name>
    <message>
        <location filename="../editor/forms/points_field.py" line="63"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="64"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="75"/>
        <location filename="../editor/forms/points_field.py" line="80"/>
        <source>%1: add</source>
        <translation>%1: add</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="79"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../profiles/page.py" line="193"/>
        <source>Case-scenario trainer</source>
        <extracomment>The width, in characters, a name or PIN field keeps beside its caption.</extracomment>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="197"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</source>
        <translation>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="205"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Create your profile to begin: type a name or pseudonym under “New profile”, add a PIN if you want one, and press “Create profile”.</source>
        <translation>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Create your profile to begin: type a name or pseudonym under “New profile”, add a PIN if you want one, and press “Create profile”.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="211"/>
        <source>No profiles on this computer yet. Create yours under “New profile”.</source>
        <translation>No profiles on this computer yet. Create yours under “New profile”.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="213"/>
        <source>Who is training?</source>
        <translation>Who is training?</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="214"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="215"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="217"/>
        <source>&amp;PIN (optional)</source>
        <translation>&amp;PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="216"/>
        <source>N&amp;ame or pseudonym</source>
        <translation>N&amp;ame or pseudonym</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="220"/>
        <source>A PIN keeps others on this laptop out of your results. It needs at least 6 digits, and cannot be one digit repeated (111111), a run (123456, 987654) or a short group repeated (121212). After 5 wrong tries the profile locks for a while.</source>
        <translation>A PIN keeps others on this laptop out of your results. It needs at least 6 digits, and cannot be one digit repeated (111111), a run (123456, 987654) or a short group repeated (121212). After 5 wrong tries the profile locks for a while.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="229"/>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="230"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="231"/>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="232"/>
        <source>Name or pseudonym</source>
        <translation>Name or pseudonym</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="233"/>
        <source>PIN (optional)</source>
        <translation>PIN (optional)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="239"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="243"/>
        <source>The previous user was signed out after %1 min without activity. Their answers are saved: they can sign in and go on where they were.</source>
        <translation>The previous user was signed out after %1 min without activity. Their answers are saved: they can sign in and go on where they were.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="269"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="305"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="308"/>
        <source>PIN or password for %1:</source>
        <translation>PIN or password for %1:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="327"/>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="349"/>
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
        <location filename="../recovery.py" line="42"/>
        <location filename="../recovery.py" line="55"/>
        <location filename="../recovery.py" line="63"/>
        <source>Case-scenario trainer</source>
        <translation>Case-scenario trainer</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="73"/>
        <source>Progress database damaged</source>
        <translation>Progress database damaged</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="77"/>
        <source>The file with your progress failed its check and was moved aside, unchanged:</source>
        <translation>The file with your progress failed its check and was moved aside, unchanged:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="85"/>
        <source>The file with your progress is missing, although the data folder holds backups of it.</source>
        <translation>The file with your progress is missing, although the data folder holds backups of it.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="94"/>
        <source>The newest good backup is:</source>
        <translation>The newest good backup is:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="101"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="105"/>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="128"/>
        <source>This computer&apos;s clock is behind the newest time stored in the progress database (%1), so its date cannot be trusted.</source>
        <translation>This computer&apos;s clock is behind the newest time stored in the progress database (%1), so its date cannot be trusted.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="135"/>
        <source>It would delete %1 of the %2 stored attempts at once (more than half), which usually means the clock is wrong.</source>
        <translation>It would delete %1 of the %2 stored attempts at once (more than half), which usually means the clock is wrong.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="146"/>
        <source>Old attempts were not deleted</source>
        <translation>Old attempts were not deleted</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="150"/>
        <source>The deletion of attempts past the retention period was held back; nothing was deleted.</source>
        <translation>The deletion of attempts past the retention period was held back; nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="156"/>
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
        <location filename="../history/replay_page.py" line="64"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="129"/>
        <source>&amp;Back to the history</source>
        <translation>&amp;Back to the history</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="130"/>
        <source>Export P&amp;DF</source>
        <translation>Export P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="131"/>
        <source>The attempt, step by step</source>
        <translation>The attempt, step by step</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="132"/>
        <source>The attempt as it was shown</source>
        <translation>The attempt as it was shown</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="152"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="152"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="154"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="293"/>
        <source>The ending</source>
        <translation>The ending</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="300"/>
        <source>Not finished: the attempt stopped here</source>
        <translation>Not finished: the attempt stopped here</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="315"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="318"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="296"/>
        <source>Abandoned here: the scenario was started over</source>
        <translation>Abandoned here: the scenario was started over</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="63"/>
        <source>Model note</source>
        <translation>Model note</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="65"/>
        <source>Points (self-assessed)</source>
        <translation>Points (self-assessed)</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="68"/>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="69"/>
        <source>as written, under the steps</source>
        <translation>as written, under the steps</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="133"/>
        <source>Notes, as written</source>
        <translation>Notes, as written</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="326"/>
        <source>of which %1 self-assessed</source>
        <translation>of which %1 self-assessed</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../player/report_panel.py" line="83"/>
        <source>In your note:</source>
        <translation>In your note:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="85"/>
        <source>Not in your note:</source>
        <translation>Not in your note:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="96"/>
        <source>(the note is empty)</source>
        <translation>(the note is empty)</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="224"/>
        <location filename="../player/report_panel.py" line="225"/>
        <source>Model note</source>
        <translation>Model note</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="226"/>
        <source>My note contains:</source>
        <translation>My note contains:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="229"/>
        <source>Compare your note with the model and tick what yours contains (a number key ticks an item). This is a self-assessment: the points are the items you tick.</source>
        <translation>Compare your note with the model and tick what yours contains (a number key ticks an item). This is a self-assessment: the points are the items you tick.</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="250"/>
        <source>The note is too long: %1 characters, at most %2 are kept. Shorten it to submit.</source>
        <translation>The note is too long: %1 characters, at most %2 are kept. Shorten it to submit.</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="261"/>
        <source>%1 more to submit</source>
        <translation>%1 more to submit</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../reports/wording.py" line="143"/>
        <source>All dates</source>
        <extracomment>The locale of the report being written (numbers and dates), innermost last.</extracomment>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../reports/layout.py" line="134"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="77"/>
        <source>version %1</source>
        <extracomment>A note&apos;s paragraphs are drawn a piece at a time, each short enough for one page.</extracomment>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="86"/>
        <source>Debrief of an attempt</source>
        <translation>Debrief of an attempt</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="95"/>
        <location filename="../reports/history_pdf.py" line="173"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="97"/>
        <location filename="../reports/history_pdf.py" line="175"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="100"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="101"/>
        <location filename="../reports/history_pdf.py" line="161"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="102"/>
        <source>Language played</source>
        <translation>Language played</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="103"/>
        <location filename="../reports/history_pdf.py" line="159"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="105"/>
        <location filename="../reports/history_pdf.py" line="121"/>
        <location filename="../reports/overview_pdf.py" line="74"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="113"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="126"/>
        <source>The attempt was not finished.</source>
        <translation>The attempt was not finished.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="135"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="138"/>
        <location filename="../reports/history_pdf.py" line="54"/>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="138"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="151"/>
        <source>Answers step by step</source>
        <translation>Answers step by step</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="159"/>
        <source>The time ran out.</source>
        <translation>The time ran out.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="164"/>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="169"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="173"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="185"/>
        <source>right %1, wrong %2, missed %3</source>
        <translation>right %1, wrong %2, missed %3</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="194"/>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="207"/>
        <source>Best answer here: %1</source>
        <translation>Best answer here: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="216"/>
        <source>Cards opened: %1</source>
        <translation>Cards opened: %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="48"/>
        <source>No finished attempts yet.</source>
        <translation>No finished attempts yet.</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="55"/>
        <location filename="../reports/overview_pdf.py" line="77"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="56"/>
        <location filename="../reports/history_pdf.py" line="123"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="57"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="96"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="99"/>
        <source>History of results</source>
        <translation>History of results</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="102"/>
        <source>Period: %1 · made %2</source>
        <translation>Period: %1 · made %2</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="109"/>
        <source>Attempts: %1</source>
        <translation>Attempts: %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="115"/>
        <source>Best and last per scenario</source>
        <translation>Best and last per scenario</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="119"/>
        <location filename="../reports/history_pdf.py" line="160"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="120"/>
        <location filename="../reports/history_pdf.py" line="153"/>
        <location filename="../reports/overview_pdf.py" line="73"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="122"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="143"/>
        <source>Where to improve</source>
        <translation>Where to improve</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="83"/>
        <source>trained in %1</source>
        <translation>trained in %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="149"/>
        <source>Competencies over time</source>
        <translation>Competencies over time</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="56"/>
        <location filename="../reports/overview_pdf.py" line="59"/>
        <source>Trainer overview</source>
        <translation>Trainer overview</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="61"/>
        <source>Period: %1 · attempts: %2</source>
        <translation>Period: %1 · attempts: %2</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="68"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="122"/>
        <source>The time ran out</source>
        <translation>The time ran out</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="138"/>
        <source>Most often missed</source>
        <translation>Most often missed</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="144"/>
        <source>Most often ticked wrongly</source>
        <translation>Most often ticked wrongly</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="155"/>
        <source>Endings reached</source>
        <translation>Endings reached</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="167"/>
        <source>Average per competency</source>
        <translation>Average per competency</translation>
    </message>
    <message>
        <location filename="../reports/wording.py" line="152"/>
        <source>abandoned</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="122"/>
        <source>The attempt was abandoned (started over).</source>
        <translation>The attempt was abandoned (started over).</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="162"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="163"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="75"/>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="76"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="101"/>
        <source>attempts %1, finished %2, abandoned %4, in progress %5, average %3</source>
        <translation>attempts %1, finished %2, abandoned %4, in progress %5, average %3</translation>
    </message>
    <message>
        <location filename="../reports/wording.py" line="153"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="168"/>
        <source>self-assessed</source>
        <translation>self-assessed</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="179"/>
        <source>in the note: %1 of %2 items</source>
        <translation>in the note: %1 of %2 items</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="201"/>
        <source>The note as written:</source>
        <translation>The note as written:</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="150"/>
        <source>Most often missing from the notes (self-assessed)</source>
        <translation>Most often missing from the notes (self-assessed)</translation>
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
        <location filename="../resume_dialog.py" line="71"/>
        <source>Unfinished scenario</source>
        <translation>Unfinished scenario</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="61"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="80"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="94"/>
        <source>Scenario in progress</source>
        <translation>Scenario in progress</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="95"/>
        <source>You have an attempt of “%1” in progress. Resume it, or start over?</source>
        <translation>You have an attempt of “%1” in progress. Resume it, or start over?</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="102"/>
        <source>Starting over records that attempt as abandoned: it stays in your history, without a result.</source>
        <translation>Starting over records that attempt as abandoned: it stays in your history, without a result.</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="109"/>
        <source>&amp;Abandon and start over</source>
        <translation>&amp;Abandon and start over</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="113"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="72"/>
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
    <name>ScenarioPacks</name>
    <message>
        <location filename="../packs/dialog.py" line="59"/>
        <source>Comes with the app</source>
        <translation>Comes with the app</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="61"/>
        <source>Official: signed by %1</source>
        <translation>Official: signed by %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="65"/>
        <source>Unofficial: not signed by a trusted centre</source>
        <translation>Unofficial: not signed by a trusted centre</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="68"/>
        <source>Written on this laptop</source>
        <translation>Written on this laptop</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="93"/>
        <source>Scenario packs</source>
        <translation>Scenario packs</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="99"/>
        <source>A scenario pack carries scenarios between laptops, on a USB stick for example. Import installs a pack&apos;s scenarios here after checking every file in it; Export makes a pack of the scenarios you tick.</source>
        <translation>A scenario pack carries scenarios between laptops, on a USB stick for example. Import installs a pack&apos;s scenarios here after checking every file in it; Export makes a pack of the scenarios you tick.</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="113"/>
        <location filename="../packs/preview.py" line="92"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="114"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="115"/>
        <location filename="../packs/preview.py" line="93"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="116"/>
        <source>Where it comes from</source>
        <translation>Where it comes from</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="132"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Import a pack…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="136"/>
        <source>&amp;Export the ticked…</source>
        <translation>&amp;Export the ticked…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="141"/>
        <location filename="../packs/preview.py" line="179"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="178"/>
        <source>Reading the library…</source>
        <translation>Reading the library…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="223"/>
        <source>The library could not be read: %1</source>
        <translation>The library could not be read: %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="280"/>
        <source>Export a scenario pack</source>
        <translation>Export a scenario pack</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="282"/>
        <location filename="../packs/dialog.py" line="323"/>
        <source>Scenario packs (*.zip)</source>
        <translation>Scenario packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="292"/>
        <source>Making the pack…</source>
        <translation>Making the pack…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="297"/>
        <source>Saved %1 (scenarios: %2).</source>
        <translation>Saved %1 (scenarios: %2).</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="309"/>
        <source>The pack could not be written: %1</source>
        <translation>The pack could not be written: %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="321"/>
        <source>Import a scenario pack</source>
        <translation>Import a scenario pack</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="331"/>
        <source>Checking the pack…</source>
        <translation>Checking the pack…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="352"/>
        <source>Installing…</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="369"/>
        <source>%1 changed after it was checked and is no longer signed by a trusted centre. Nothing was installed: import it again.</source>
        <translation>%1 changed after it was checked and is no longer signed by a trusted centre. Nothing was installed: import it again.</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="379"/>
        <source>%1 could not be imported: %2. Nothing was installed.</source>
        <translation>%1 could not be imported: %2. Nothing was installed.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="50"/>
        <source>Official pack, signed by %1</source>
        <translation>Official pack, signed by %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="53"/>
        <source>The signature matches the pack&apos;s contents and the key is one this laptop trusts (fingerprint %1).</source>
        <translation>The signature matches the pack&apos;s contents and the key is one this laptop trusts (fingerprint %1).</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="61"/>
        <source>Signed by a key this laptop does not trust</source>
        <translation>Signed by a key this laptop does not trust</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="64"/>
        <source>It says it comes from %1 (fingerprint %2), but that key is not installed here, so anyone could have made it. Its scenarios would be unofficial.</source>
        <translation>It says it comes from %1 (fingerprint %2), but that key is not installed here, so anyone could have made it. Its scenarios would be unofficial.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="73"/>
        <source>Unsigned pack</source>
        <translation>Unsigned pack</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="74"/>
        <source>Nothing shows who made it: a pack on a stick can come from anyone. Its scenarios would be unofficial.</source>
        <translation>Nothing shows who made it: a pack on a stick can come from anyone. Its scenarios would be unofficial.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="94"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="96"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="128"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="160"/>
        <source>I know where this pack comes from: install its scenarios as unofficial.</source>
        <translation>I know where this pack comes from: install its scenarios as unofficial.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="170"/>
        <source>&amp;Install</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="66"/>
        <source>Training centres this laptop trusts</source>
        <translation>Training centres this laptop trusts</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="78"/>
        <source>&amp;Trust a centre&apos;s key…</source>
        <translation>&amp;Trust a centre&apos;s key…</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="81"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Forget…</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="97"/>
        <source>None yet: every pack installs as unofficial, and results leave this laptop unencrypted.</source>
        <translation>None yet: every pack installs as unofficial, and results leave this laptop unencrypted.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="107"/>
        <source>%1
fingerprint %2</source>
        <translation>%1
fingerprint %2</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="117"/>
        <source>Trusted training centres</source>
        <translation>Trusted training centres</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="124"/>
        <source>Your password, %1:</source>
        <translation>Your password, %1:</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="135"/>
        <source>A training centre&apos;s public key</source>
        <translation>A training centre&apos;s public key</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="137"/>
        <source>Centre public keys (*.centre-pub.json)</source>
        <translation>Centre public keys (*.centre-pub.json)</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="152"/>
        <source>%1 is not a training centre&apos;s public key file, or it is damaged. Nothing was changed.</source>
        <translation>%1 is not a training centre&apos;s public key file, or it is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="168"/>
        <source>Trust the key of %1? Its fingerprint is:

%2

Compare it with the fingerprint the centre gave you on paper or by phone: a key file on a stick could be anyone&apos;s. Packs this key signs will install as official, and results exported here will be encrypted to the centre.</source>
        <translation>Trust the key of %1? Its fingerprint is:

%2

Compare it with the fingerprint the centre gave you on paper or by phone: a key file on a stick could be anyone&apos;s. Packs this key signs will install as official, and results exported here will be encrypted to the centre.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="208"/>
        <source>Stop trusting the key of %1 (fingerprint %2)? Scenarios from its packs will show as unofficial, and results will no longer be encrypted to it.</source>
        <translation>Stop trusting the key of %1 (fingerprint %2)? Scenarios from its packs will show as unofficial, and results will no longer be encrypted to it.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="180"/>
        <source>The fingerprints &amp;match: trust it</source>
        <translation>The fingerprints &amp;match: trust it</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="190"/>
        <location filename="../packs/preview.py" line="177"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="218"/>
        <source>&amp;Forget the centre</source>
        <translation>&amp;Forget the centre</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="240"/>
        <source>The trust store could not be changed: %1</source>
        <translation>The trust store could not be changed: %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="187"/>
        <source>Nothing in this pack would change the library.</source>
        <translation>Nothing in this pack would change the library.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="211"/>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="217"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="27"/>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="28"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="29"/>
        <location filename="../packs/texts.py" line="40"/>
        <source>Already installed</source>
        <translation>Already installed</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="30"/>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="38"/>
        <source>Will be installed</source>
        <translation>Will be installed</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="39"/>
        <source>Will replace the installed one</source>
        <translation>Will replace the installed one</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="41"/>
        <source>Will not be installed</source>
        <translation>Will not be installed</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="50"/>
        <source>New on this laptop.</source>
        <translation>New on this laptop.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="51"/>
        <source>Version %1 is replaced by version %2.</source>
        <translation>Version %1 is replaced by version %2.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="54"/>
        <source>The same version number with other content: replaced as asked.</source>
        <translation>The same version number with other content: replaced as asked.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="57"/>
        <source>The installed copy could not be read: replaced as asked.</source>
        <translation>The installed copy could not be read: replaced as asked.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="60"/>
        <source>Version %1 is installed with the same files.</source>
        <translation>Version %1 is installed with the same files.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="63"/>
        <source>The same as the scenario that comes with the app.</source>
        <translation>The same as the scenario that comes with the app.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="66"/>
        <source>A scenario that comes with the app has this id (version %1): the pack&apos;s author must give theirs another id.</source>
        <translation>A scenario that comes with the app has this id (version %1): the pack&apos;s author must give theirs another id.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="71"/>
        <source>Something that is not a scenario is in its place in the data folder: it is left alone.</source>
        <translation>Something that is not a scenario is in its place in the data folder: it is left alone.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="76"/>
        <source>Its place in the data folder is a link: it is left alone.</source>
        <translation>Its place in the data folder is a link: it is left alone.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="79"/>
        <source>The installed copy cannot be read, so its version is unknown; it is kept. To replace it, import the pack from the command line with --yes.</source>
        <translation>The installed copy cannot be read, so its version is unknown; it is kept. To replace it, import the pack from the command line with --yes.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="84"/>
        <source>Version %1 is installed: newer than the pack&apos;s version %2.</source>
        <translation>Version %1 is installed: newer than the pack&apos;s version %2.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="87"/>
        <source>Version %1 is installed with different content under the same number; it is kept. Ask the author to raise the version.</source>
        <translation>Version %1 is installed with different content under the same number; it is kept. Ask the author to raise the version.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="102"/>
        <source>%1 is not a scenario pack, or it is damaged.</source>
        <translation>%1 is not a scenario pack, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="105"/>
        <source>%1 was made with zip features that scenario packs never use.</source>
        <translation>%1 was made with zip features that scenario packs never use.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="108"/>
        <source>%1 was made by a newer version of the trainer: update the app on this laptop.</source>
        <translation>%1 was made by a newer version of the trainer: update the app on this laptop.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="112"/>
        <source>The list of contents in %1 is damaged or contradicts itself.</source>
        <translation>The list of contents in %1 is damaged or contradicts itself.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="115"/>
        <source>%1 holds a file whose name could lead outside its folder or clash with another.</source>
        <translation>%1 holds a file whose name could lead outside its folder or clash with another.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="119"/>
        <source>%1 holds a link or a special file where a plain file must be.</source>
        <translation>%1 holds a link or a special file where a plain file must be.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="122"/>
        <source>%1 is over a size limit, or is packed so tightly that it would fill the disk.</source>
        <translation>%1 is over a size limit, or is packed so tightly that it would fill the disk.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="126"/>
        <source>The files in %1 differ from its list of contents: it was changed or damaged after it was made.</source>
        <translation>The files in %1 differ from its list of contents: it was changed or damaged after it was made.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="131"/>
        <source>%1 holds a file of a kind a scenario pack may not carry.</source>
        <translation>%1 holds a file of a kind a scenario pack may not carry.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="134"/>
        <source>The signature of %1 does not match its contents: it was changed after it was signed.</source>
        <translation>The signature of %1 does not match its contents: it was changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="138"/>
        <source>A scenario in %1 has errors and cannot be played.</source>
        <translation>A scenario in %1 has errors and cannot be played.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="143"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="146"/>
        <source>The file in it: %1.</source>
        <translation>The file in it: %1.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="149"/>
        <source>Nothing was installed.</source>
        <translation>Nothing was installed.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="155"/>
        <source>A chosen scenario has errors: check it in the editor first.</source>
        <translation>A chosen scenario has errors: check it in the editor first.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="158"/>
        <source>A chosen scenario&apos;s folder holds a link; a pack carries plain files only.</source>
        <translation>A chosen scenario&apos;s folder holds a link; a pack carries plain files only.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="162"/>
        <source>A file in a chosen scenario&apos;s folder has a name a pack cannot carry.</source>
        <translation>A file in a chosen scenario&apos;s folder has a name a pack cannot carry.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="165"/>
        <source>The chosen scenarios are too large for one pack: choose fewer.</source>
        <translation>The chosen scenarios are too large for one pack: choose fewer.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="170"/>
        <source>The pack could not be made.</source>
        <translation>The pack could not be made.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="173"/>
        <source>The file: %1.</source>
        <translation>The file: %1.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../words.py" line="53"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../words.py" line="54"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../words.py" line="55"/>
        <source>Powers and policy</source>
        <translation>Powers and policy</translation>
    </message>
    <message>
        <location filename="../words.py" line="56"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../words.py" line="57"/>
        <source>Action and review</source>
        <translation>Action and review</translation>
    </message>
    <message>
        <location filename="../words.py" line="59"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../editor/forms/text_field.py" line="75"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="100"/>
        <source>Vary by path…</source>
        <translation>Vary by path…</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="103"/>
        <source>Different text depending on what the officer did before (format 1.1)</source>
        <translation>Different text depending on what the officer did before (format 1.1)</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="121"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="166"/>
        <source>⚠ Missing: no text in %1</source>
        <translation>⚠ Missing: no text in %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="169"/>
        <source>⚠ Missing translation: %1 shows the %2 text</source>
        <translation>⚠ Missing translation: %1 shows the %2 text</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="183"/>
        <source>Form of address, at character %1: %2</source>
        <translation>Form of address, at character %1: %2</translation>
    </message>
</context>
<context>
    <name>TimeLimitField</name>
    <message>
        <location filename="../editor/forms/timing.py" line="39"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="51"/>
        <source>When the time runs out</source>
        <translation>When the time runs out</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="54"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="65"/>
        <source>Timed decision</source>
        <translation>Timed decision</translation>
    </message>
</context>
<context>
    <name>TrainerOverview</name>
    <message>
        <location filename="../overview/tables.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="48"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="57"/>
        <location filename="../overview/tables.py" line="286"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="114"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="116"/>
        <source>ticked wrongly</source>
        <translation>ticked wrongly</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="121"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="125"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="152"/>
        <location filename="../overview/tables.py" line="127"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="151"/>
        <location filename="../overview/tables.py" line="133"/>
        <location filename="../overview/tables.py" line="184"/>
        <location filename="../overview/tables.py" line="243"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="32"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="232"/>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="237"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="70"/>
        <location filename="../overview/tables.py" line="264"/>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="281"/>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="292"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="298"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="150"/>
        <source>Decision and option</source>
        <translation>Decision and option</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="183"/>
        <source>The time ran out</source>
        <translation>The time ran out</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="200"/>
        <location filename="../overview/page.py" line="356"/>
        <source>Trainer overview</source>
        <translation>Trainer overview</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="201"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="63"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="64"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="68"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="204"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="73"/>
        <source>Attempts from this date</source>
        <translation>Attempts from this date</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="76"/>
        <source>Attempts up to this date</source>
        <translation>Attempts up to this date</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="219"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="220"/>
        <source>Choices per decision</source>
        <translation>Choices per decision</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="221"/>
        <source>Indicators missed or ticked wrongly</source>
        <translation>Indicators missed or ticked wrongly</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="227"/>
        <source>Endings</source>
        <translation>Endings</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="228"/>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="236"/>
        <source>Export choices (CSV)</source>
        <translation>Export choices (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="239"/>
        <source>Export attempts (CSV)</source>
        <translation>Export attempts (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="241"/>
        <location filename="../overview/page.py" line="436"/>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="258"/>
        <source>Only an instructor can open the overview of all profiles.</source>
        <translation>Only an instructor can open the overview of all profiles.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="325"/>
        <source>Attempts: %1 · scenarios: %2 · profiles: %3</source>
        <translation>Attempts: %1 · scenarios: %2 · profiles: %3</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="368"/>
        <source>There is nothing to export yet.</source>
        <translation>There is nothing to export yet.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="408"/>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="420"/>
        <source>Export choices</source>
        <translation>Export choices</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="421"/>
        <source>choices</source>
        <comment>default file name</comment>
        <translation>choices</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="422"/>
        <location filename="../overview/page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="428"/>
        <source>Export attempts</source>
        <translation>Export attempts</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="429"/>
        <source>attempts</source>
        <comment>default file name</comment>
        <translation>attempts</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="437"/>
        <source>overview</source>
        <comment>default file name</comment>
        <translation>overview</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="438"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="160"/>
        <source>completed %1, abandoned %2, in progress %3</source>
        <translation>completed %1, abandoned %2, in progress %3</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="168"/>
        <source>Missing from the note</source>
        <translation>Missing from the note</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="173"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="178"/>
        <source>Share (self-assessed)</source>
        <translation>Share (self-assessed)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="224"/>
        <source>Missing from notes (self-assessed)</source>
        <translation>Missing from notes (self-assessed)</translation>
    </message>
</context>
<context>
    <name>TrialLauncher</name>
    <message>
        <location filename="../editor/trial/launcher.py" line="192"/>
        <source>…and %1 more (the Findings panel lists them all).</source>
        <extracomment>How many errors the &quot;cannot start&quot; message lists (the Findings panel has them all).</extracomment>
        <translation>…and %1 more (the Findings panel lists them all).</translation>
    </message>
    <message>
        <location filename="../editor/trial/launcher.py" line="198"/>
        <source>Test from here</source>
        <translation>Test from here</translation>
    </message>
    <message>
        <location filename="../editor/trial/launcher.py" line="200"/>
        <source>The scenario has errors, so it cannot be played yet. Fix them first:</source>
        <translation>The scenario has errors, so it cannot be played yet. Fix them first:</translation>
    </message>
</context>
<context>
    <name>TrialSetupDialog</name>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="163"/>
        <source>Test from here</source>
        <extracomment>A spin box&apos;s bounds for a variable declared without one (Qt&apos;s spin boxes are 32-bit).</extracomment>
        <translation>Test from here</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="164"/>
        <source>&amp;Start at:</source>
        <translation>&amp;Start at:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="166"/>
        <source>Variables at the start</source>
        <translation>Variables at the start</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="169"/>
        <source>This scenario has no variables.</source>
        <translation>This scenario has no variables.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="172"/>
        <source>Nodes already visited (for visited(...) conditions)</source>
        <translation>Nodes already visited (for visited(...) conditions)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="177"/>
        <source>&amp;Tick a way from the start</source>
        <translation>&amp;Tick a way from the start</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="180"/>
        <source>Ticks the nodes of a shortest way from the start to this node, conditions aside; adjust them as you need.</source>
        <translation>Ticks the nodes of a shortest way from the start to this node, conditions aside; adjust them as you need.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="187"/>
        <source>Filter the nodes…</source>
        <translation>Filter the nodes…</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="190"/>
        <source>Nodes already visited</source>
        <translation>Nodes already visited</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="193"/>
        <source>Form of &amp;address:</source>
        <translation>Form of &amp;address:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="197"/>
        <source>Both forms (zrobiłeś/zrobiłaś)</source>
        <translation>Both forms (zrobiłeś/zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="198"/>
        <source>Masculine (zrobiłeś)</source>
        <translation>Masculine (zrobiłeś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="199"/>
        <source>Feminine (zrobiłaś)</source>
        <translation>Feminine (zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="203"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="204"/>
        <source>Order s&amp;eed:</source>
        <translation>Order s&amp;eed:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="206"/>
        <source>The same seed shows choices and checklist items in the same order.</source>
        <translation>The same seed shows choices and checklist items in the same order.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="211"/>
        <source>&amp;New seed</source>
        <translation>&amp;New seed</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="212"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
</context>
<context>
    <name>TrialVariables</name>
    <message>
        <location filename="../editor/trial/variables_model.py" line="100"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../editor/trial/variables_model.py" line="101"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../editor/trial/variables_model.py" line="102"/>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>TrialWindow</name>
    <message>
        <location filename="../editor/trial/play_window.py" line="199"/>
        <source>At node %1 · steps taken: %2</source>
        <translation>At node %1 · steps taken: %2</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="206"/>
        <source>The attempt ended at %1. Nothing was stored.</source>
        <translation>The attempt ended at %1. Nothing was stored.</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="215"/>
        <source>Test from here — %1</source>
        <translation>Test from here — %1</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="220"/>
        <source>A test play of the document as it stands in the editor: nothing is stored.</source>
        <translation>A test play of the document as it stands in the editor: nothing is stored.</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="225"/>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="226"/>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="227"/>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Back to the editor</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="229"/>
        <source>Closes the test and selects this node in the editor (Ctrl+E)</source>
        <translation>Closes the test and selects this node in the editor (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>WordCountFew</name>
    <message>
        <location filename="../player/report_panel.py" line="66"/>
        <source>%1 words, at least %2</source>
        <translation>%1 words, at least %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="72"/>
        <source>%1 words</source>
        <translation>%1 words</translation>
    </message>
</context>
<context>
    <name>WordCountMany</name>
    <message>
        <location filename="../player/report_panel.py" line="67"/>
        <source>%1 words, at least %2</source>
        <translation>%1 words, at least %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="73"/>
        <source>%1 words</source>
        <translation>%1 words</translation>
    </message>
</context>
<context>
    <name>WordCountOne</name>
    <message>
        <location filename="../player/report_panel.py" line="65"/>
        <source>%1 word, at least %2</source>
        <translation>%1 word, at least %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="71"/>
        <source>%1 word</source>
        <translation>%1 word</translation>
    </message>
</context>
<context>
    <name>WordListField</name>
    <message>
        <location filename="../editor/forms/metadata.py" line="75"/>
        <source>Not valid: %1</source>
        <translation>Not valid: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="77"/>
        <source>At least one language is needed; the first is the default.</source>
        <translation>At least one language is needed; the first is the default.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="79"/>
        <source>A word is listed twice.</source>
        <translation>A word is listed twice.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Did you mean: %1?</translation>
    </message>
</context>
</TS>
