<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddNodeField</name>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="81"/>
        <source>new node id</source>
        <translation>identyfikator nowego kroku</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="82"/>
        <source>New node id</source>
        <translation>Identyfikator nowego kroku</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="86"/>
        <source>Type of the new node</source>
        <translation>Rodzaj nowego kroku</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="89"/>
        <source>Add node</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="106"/>
        <source>“%1” is not a valid node id.</source>
        <translation>„%1” nie jest poprawnym identyfikatorem kroku.</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="109"/>
        <source>“%1” is already used.</source>
        <translation>„%1” jest już zajęty.</translation>
    </message>
</context>
<context>
    <name>AddressChoice</name>
    <message>
        <location filename="../profiles/address.py" line="35"/>
        <source>&amp;masculine (zrobiłeś)</source>
        <translation>&amp;męska (zrobiłeś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="37"/>
        <source>f&amp;eminine (zrobiłaś)</source>
        <translation>ż&amp;eńska (zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="38"/>
        <source>&amp;both forms (zrobiłeś/zrobiłaś)</source>
        <translation>o&amp;bie formy (zrobiłeś/zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="43"/>
        <source>Form of a&amp;ddress</source>
        <translation>&amp;Forma zwracania się</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="48"/>
        <source>Polish scenarios speak to you in the second person, and the verb then differs for a man and a woman: “zrobiłeś” or “zrobiłaś”. Choose the form you want to read; “both forms” shows them side by side.</source>
        <translation>Scenariusze zwracają się do Ciebie w drugiej osobie, a czasownik ma wtedy inną formę dla mężczyzny i dla kobiety: „zrobiłeś” albo „zrobiłaś”. Wybierz formę, w której chcesz czytać; „obie formy” pokazują je obok siebie.</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="58"/>
        <source>You can change it later: Profile menu, “Form of address…”.</source>
        <translation>Możesz ją później zmienić: menu Profil, „Forma zwracania się…”.</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../profiles/address.py" line="106"/>
        <location filename="../profiles/address.py" line="109"/>
        <source>Form of address</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="129"/>
        <source>Attempts already started (the one in progress too) and their replays keep the form they were started with. The new form applies from your next attempt.</source>
        <translation>Podejścia już rozpoczęte (także to trwające teraz) i ich odtworzenia zachowują formę, z którą je rozpoczęto. Nowa forma obowiązuje od następnego podejścia.</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="137"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../profiles/address.py" line="138"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AddressErrors</name>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="369"/>
        <source>A &apos;}&apos; with no &apos;{&apos; before it (write }} for a brace)</source>
        <translation>Znak &apos;}&apos; nie ma przed sobą &apos;{&apos; (aby wstawić samą klamrę, napisz }})</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="372"/>
        <source>A &apos;{&apos; that is not closed by &apos;}&apos; (write {{ for a brace)</source>
        <translation>Znak &apos;{&apos; nie jest zamknięty przez &apos;}&apos; (aby wstawić samą klamrę, napisz {{)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="375"/>
        <source>{%1} should hold two forms, masculine|feminine, separated by one &apos;|&apos;</source>
        <translation>W {%1} powinny być dwie formy, męska|żeńska, rozdzielone jednym &apos;|&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="379"/>
        <source>{%1} has an empty form</source>
        <translation>W {%1} jedna z form jest pusta</translation>
    </message>
</context>
<context>
    <name>AlternativesEditor</name>
    <message>
        <location filename="../editor/forms/alternatives.py" line="37"/>
        <source>%1: alternatives by path</source>
        <extracomment>Makes the Text field of one alternative (the TextField class: passed in, so that the two modules do not import each other).</extracomment>
        <translation>%1: warianty zależne od przebiegu</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="41"/>
        <source>Add alternative</source>
        <translation>Dodaj wariant</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="46"/>
        <source>Use one text for every path</source>
        <translation>Jeden tekst dla każdego przebiegu</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="47"/>
        <source>Possible when only the last alternative is left</source>
        <translation>Możliwe, gdy został tylko ostatni wariant</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="55"/>
        <source>Alternative %1: otherwise</source>
        <translation>Wariant %1: w pozostałych przypadkach</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="56"/>
        <source>Alternative %1</source>
        <translation>Wariant %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="61"/>
        <source>Shown if</source>
        <translation>Pokazywany, gdy</translation>
    </message>
    <message>
        <location filename="../editor/forms/alternatives.py" line="62"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <location filename="../words.py" line="65"/>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location filename="../words.py" line="66"/>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../words.py" line="68"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <location filename="../history/model.py" line="143"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="144"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="145"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="146"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="147"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="195"/>
        <source>Assessment</source>
        <translation>Sprawdzian</translation>
    </message>
    <message>
        <location filename="../history/model.py" line="197"/>
        <source>Practice</source>
        <translation>Ćwiczenia</translation>
    </message>
</context>
<context>
    <name>CardRefsField</name>
    <message>
        <location filename="../editor/forms/nodes.py" line="89"/>
        <source>(the scenario has no cards)</source>
        <translation>(scenariusz nie ma kart wiedzy)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="104"/>
        <source>Unknown card: %1</source>
        <translation>Nieznana karta: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../words.py" line="123"/>
        <source>An indicator, rightly ticked:</source>
        <translation>To wskaźnik – słusznie zaznaczony:</translation>
    </message>
    <message>
        <location filename="../words.py" line="124"/>
        <source>An indicator you missed:</source>
        <translation>Pominięty wskaźnik:</translation>
    </message>
    <message>
        <location filename="../words.py" line="125"/>
        <source>Not an indicator, but ticked:</source>
        <translation>To nie wskaźnik – niepotrzebnie zaznaczony:</translation>
    </message>
    <message>
        <location filename="../words.py" line="126"/>
        <source>Not an indicator, rightly left out:</source>
        <translation>To nie wskaźnik – słusznie pominięty:</translation>
    </message>
</context>
<context>
    <name>ConditionErrors</name>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="27"/>
        <source>The condition is too long: %1 characters, at most %2</source>
        <translation>Warunek jest za długi: ma %1 znaków, a może mieć najwyżej %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="33"/>
        <source>Use &apos;%1&apos; instead of &apos;%2&apos;</source>
        <translation>Zamiast &apos;%2&apos; napisz &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="37"/>
        <source>Arithmetic is not supported: conditions compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</source>
        <translation>Działania arytmetyczne są niedostępne: warunki tylko porównują liczby znakami ==, !=, &lt;, &lt;=, &gt;, &gt;=</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="44"/>
        <source>&apos;.&apos; is not allowed: conditions have no decimals and no attributes</source>
        <translation>Znak &apos;.&apos; jest niedozwolony: w warunkach nie ma ułamków ani atrybutów</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="50"/>
        <source>&apos;%1&apos; is not allowed: conditions have no lists or subscripts</source>
        <translation>Znak &apos;%1&apos; jest niedozwolony: w warunkach nie ma list ani indeksów</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="56"/>
        <source>Control character %1 is not allowed</source>
        <translation>Znak sterujący %1 jest niedozwolony</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="60"/>
        <source>&apos;%1&apos; is not allowed in a condition</source>
        <translation>Znak &apos;%1&apos; jest w warunku niedozwolony</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="64"/>
        <source>Character %1 is not allowed: separate words with plain spaces, tabs or line breaks</source>
        <translation>Znak %1 jest niedozwolony: oddzielaj słowa zwykłymi spacjami, tabulatorami albo przejściami do nowego wiersza</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="71"/>
        <source>&apos;%1&apos; (%2) is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Znak &apos;%1&apos; (%2) jest niedozwolony: nazwy i identyfikatory składają się tylko ze znaków a-z, 0-9, &apos;_&apos; i &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="78"/>
        <source>Character %1 is not allowed: names and ids use only a-z, 0-9, &apos;_&apos; and &apos;-&apos;</source>
        <translation>Znak %1 jest niedozwolony: nazwy i identyfikatory składają się tylko ze znaków a-z, 0-9, &apos;_&apos; i &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="85"/>
        <source>Decimal numbers are not supported: use whole numbers</source>
        <translation>Ułamki dziesiętne są niedostępne: wpisuj liczby całkowite</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="91"/>
        <source>%1 is neither a number nor a name: numbers are plain digits and names start with a letter</source>
        <translation>%1 nie jest ani liczbą, ani nazwą: liczba to same cyfry, a nazwa zaczyna się od litery</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="99"/>
        <source>Unterminated string: add the closing %1</source>
        <translation>Cudzysłów nie jest zamknięty: dopisz zamykający znak %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="103"/>
        <source>Empty id: put a node or choice id between the quotes</source>
        <translation>Pusty identyfikator: wpisz między cudzysłowy identyfikator kroku albo wyboru</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="109"/>
        <source>%1 is not a valid id: ids use lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, start with a letter or digit and have at most 64 characters</source>
        <translation>%1 nie jest poprawnym identyfikatorem: identyfikator składa się z małych liter, cyfr, &apos;_&apos; i &apos;-&apos;, zaczyna się od litery lub cyfry i ma najwyżej 64 znaki</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="117"/>
        <source>&apos;%1=&apos; is not an operator: use &apos;%1&apos;</source>
        <translation>&apos;%1=&apos; nie jest operatorem: napisz &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="121"/>
        <source>&apos;%1&apos; is not an operator: use &apos;%2&apos;</source>
        <translation>&apos;%1&apos; nie jest operatorem: napisz &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="124"/>
        <source>&apos;&lt;&gt;&apos; is not an operator: use &apos;!=&apos;</source>
        <translation>&apos;&lt;&gt;&apos; nie jest operatorem: napisz &apos;!=&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="125"/>
        <source>Use &apos;==&apos; to compare, not &apos;=&apos;</source>
        <translation>Do porównania służy &apos;==&apos;, a nie &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="126"/>
        <source>Use &apos;not&apos; instead of &apos;!&apos;</source>
        <translation>Zamiast &apos;!&apos; napisz &apos;not&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="127"/>
        <source>The condition is empty</source>
        <translation>Warunek jest pusty</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="129"/>
        <source>The condition is nested too deeply: at most %1 levels of parentheses and &apos;not&apos;</source>
        <translation>Warunek jest zagnieżdżony zbyt głęboko: nawiasy i &apos;not&apos; mogą mieć najwyżej tyle poziomów: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="136"/>
        <source>Comparisons cannot be chained: join two comparisons with &apos;and&apos;, e.g. `%1`</source>
        <translation>Porównań nie można łączyć w łańcuch: połącz dwa porównania słowem &apos;and&apos;, np. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="143"/>
        <source>Empty parentheses: put a condition inside</source>
        <translation>Puste nawiasy: wpisz w nie warunek</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="146"/>
        <source>&apos;(&apos; is never closed: add &apos;)&apos;</source>
        <translation>Nawias &apos;(&apos; nie jest zamknięty: dopisz &apos;)&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="148"/>
        <source>Unknown function %1; the functions are %2 and %3</source>
        <translation>Nieznana funkcja %1; dostępne funkcje to %2 i %3</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="152"/>
        <source>%1 is not supported: conditions have no true/false values; write a comparison, e.g. `trust &gt; 0`</source>
        <translation>Słowa %1 nie można użyć: warunki nie mają wartości prawda/fałsz; napisz porównanie, np. `trust &gt; 0`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="159"/>
        <source>Write &apos;%1&apos; in lowercase</source>
        <translation>Napisz &apos;%1&apos; małymi literami</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="161"/>
        <source>%1 is a function: call it as %2</source>
        <translation>%1 to funkcja: wywołaj ją tak: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="165"/>
        <source>The name %1 is too long: names have at most 64 characters</source>
        <translation>Nazwa %1 jest za długa: nazwa może mieć najwyżej 64 znaki</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="171"/>
        <source>%1 is not a valid name: names use lowercase letters, digits and &apos;_&apos;, and start with a letter</source>
        <translation>%1 nie jest poprawną nazwą: nazwa składa się z małych liter, cyfr i &apos;_&apos; oraz zaczyna się od litery</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="179"/>
        <source>Expected &apos;,&apos; or &apos;)&apos; after the argument, found %1</source>
        <translation>Po argumencie powinien stać znak &apos;,&apos; albo &apos;)&apos;, a jest %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="183"/>
        <source>%1() takes %2 argument(s), e.g. %3, but got %4</source>
        <translation>%1() przyjmuje tyle argumentów: %2, np. %3, a podano: %4</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="186"/>
        <source>Put the id in quotes: &apos;%1&apos;</source>
        <translation>Ujmij identyfikator w cudzysłów: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="188"/>
        <source>Expected a quoted id, found %1</source>
        <translation>Tu powinien stać identyfikator w cudzysłowie, a jest %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="192"/>
        <source>A quoted id can only be an argument of visited(...) or chose(...)</source>
        <translation>Identyfikator w cudzysłowie może być tylko argumentem visited(...) lub chose(...)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="198"/>
        <source>Unbalanced &apos;)&apos;: there is no &apos;(&apos; to match it</source>
        <translation>Nadmiarowy nawias &apos;)&apos;: nie ma do niego pasującego &apos;(&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="202"/>
        <source>Expected a condition, found %1</source>
        <translation>Tu powinien stać warunek, a jest %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="206"/>
        <source>Expected a number or a name after %1, found %2</source>
        <translation>Po %1 powinna stać liczba albo nazwa, a jest %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="210"/>
        <source>Expected a condition after %1, found %2</source>
        <translation>Po %1 powinien stać warunek, a jest %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="214"/>
        <source>&apos;,&apos; is only allowed between the arguments of chose(...)</source>
        <translation>Znak &apos;,&apos; może stać tylko między argumentami chose(...)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="219"/>
        <source>Use &apos;==&apos; or &apos;!=&apos; to compare, not &apos;is&apos;</source>
        <translation>Do porównania służą &apos;==&apos; i &apos;!=&apos;, a nie &apos;is&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="221"/>
        <source>Missing operator before %1: join conditions with &apos;and&apos; or &apos;or&apos;, or compare numbers with ==, !=, &lt;, &lt;=, &gt;, &gt;=</source>
        <translation>Brak operatora przed %1: połącz warunki słowem &apos;and&apos; lub &apos;or&apos; albo porównaj liczby znakami ==, !=, &lt;, &lt;=, &gt;, &gt;=</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="229"/>
        <source>A condition must be true or false: compare it, e.g. `%1`</source>
        <translation>Warunek musi być prawdziwy albo fałszywy: dopisz porównanie, np. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="235"/>
        <source>&apos;not&apos; needs something true or false: compare it, e.g. `%1`</source>
        <translation>Po &apos;not&apos; musi stać coś prawdziwego albo fałszywego: dopisz porównanie, np. `%1`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="241"/>
        <source>Both sides of &apos;%1&apos; must be true or false: compare them, e.g. `%2`</source>
        <translation>Obie strony &apos;%1&apos; muszą być prawdziwe albo fałszywe: dopisz porównanie, np. `%2`</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="247"/>
        <source>Comparisons take numbers, but %1 is true or false: use it without comparing</source>
        <translation>Porównuje się liczby, a %1 jest prawdziwe albo fałszywe: użyj go bez porównania</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="254"/>
        <source>Comparisons take numbers, but a comparison is true or false</source>
        <translation>Porównuje się liczby, a porównanie jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="260"/>
        <source>Comparisons take numbers, but a &apos;not&apos; expression is true or false</source>
        <translation>Porównuje się liczby, a wyrażenie z &apos;not&apos; jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="266"/>
        <source>Comparisons take numbers, but an &apos;%1&apos; expression is true or false</source>
        <translation>Porównuje się liczby, a wyrażenie z &apos;%1&apos; jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="272"/>
        <source>&apos;-&apos; needs a number, but %1 is true or false: use it without &apos;-&apos;</source>
        <translation>Minus wymaga liczby, a %1 jest prawdziwe albo fałszywe: użyj go bez &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="278"/>
        <source>&apos;-&apos; needs a number, but a comparison is true or false</source>
        <translation>Minus wymaga liczby, a porównanie jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="284"/>
        <source>&apos;-&apos; needs a number, but a &apos;not&apos; expression is true or false</source>
        <translation>Minus wymaga liczby, a wyrażenie z &apos;not&apos; jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="290"/>
        <source>&apos;-&apos; needs a number, but an &apos;%1&apos; expression is true or false</source>
        <translation>Minus wymaga liczby, a wyrażenie z &apos;%1&apos; jest prawdziwe albo fałszywe</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="301"/>
        <source>visited(&apos;node&apos;)</source>
        <translation>visited(&apos;krok&apos;)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="302"/>
        <source>chose(&apos;node&apos;, &apos;choice&apos;)</source>
        <translation>chose(&apos;krok&apos;, &apos;wybór&apos;)</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="316"/>
        <source>the end of the condition</source>
        <translation>koniec warunku</translation>
    </message>
    <message>
        <location filename="../editor/forms/parser_texts.py" line="318"/>
        <source>the quoted id %1</source>
        <translation>identyfikator w cudzysłowie %1</translation>
    </message>
</context>
<context>
    <name>ConditionField</name>
    <message>
        <location filename="../editor/forms/condition_field.py" line="52"/>
        <source>Write a condition, e.g. trust &gt;= 2 (the last one may go without).</source>
        <translation>Wpisz warunek, np. trust &gt;= 2 (ostatni może go nie mieć).</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="57"/>
        <source>Error at character %1: %2</source>
        <translation>Błąd przy znaku %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="65"/>
        <source>Unknown variable “%1”: declare it under Variables.</source>
        <translation>Nieznana zmienna „%1”: dodaj ją w sekcji Zmienne.</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="69"/>
        <source>Unknown node “%1”.</source>
        <translation>Nieznany krok „%1”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/condition_field.py" line="74"/>
        <source>Node “%1” has no choice “%2”.</source>
        <translation>Krok „%1” nie ma odpowiedzi „%2”.</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <location filename="../player/debrief_page.py" line="103"/>
        <source>Debrief</source>
        <extracomment>The nodes the debrief lists: where the officer answered something.</extracomment>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="104"/>
        <source>Back to the &amp;library</source>
        <translation>Powrót do &amp;biblioteki</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="105"/>
        <source>Play &amp;again</source>
        <translation>Powtó&amp;rz scenariusz</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="106"/>
        <location filename="../player/debrief_page.py" line="108"/>
        <source>Your path, step by step</source>
        <translation>Twoja ścieżka krok po kroku</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="107"/>
        <source>How it ended and the lessons</source>
        <translation>Zakończenie i wnioski</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="138"/>
        <source>Not finished</source>
        <translation>Nie ukończono</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="157"/>
        <source>Lessons</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="168"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="222"/>
        <source>ticked %1 right, %2 wrong, missed %3</source>
        <translation>zaznaczono poprawnie: %1, błędnie: %2, pominięto: %3</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="228"/>
        <source>(time ran out)</source>
        <translation>(czas minął)</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="243"/>
        <source>You followed the best path all the way.</source>
        <translation>Wszystkie decyzje były zgodne z najlepszą ścieżką.</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="250"/>
        <source>You left the best path at: %1</source>
        <translation>Pierwsze odejście od najlepszej ścieżki: %1</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="272"/>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="291"/>
        <source>The best choice here</source>
        <translation>Najlepsza decyzja w tym miejscu</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="295"/>
        <source>By decision-model stage</source>
        <translation>Według etapów modelu decyzyjnego</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="109"/>
        <source>Your notes, as you wrote them</source>
        <translation>Twoje notatki w oryginalnym brzmieniu</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="186"/>
        <source>of which %1 self-assessed</source>
        <translation>w tym %1 z samooceny</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="216"/>
        <source>your note contains %1 of %2 items</source>
        <translation>notatka zawiera %1 z %2 elementów</translation>
    </message>
    <message>
        <location filename="../player/debrief_page.py" line="263"/>
        <source>self-assessed</source>
        <translation>samoocena</translation>
    </message>
</context>
<context>
    <name>DeleteNodeField</name>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="146"/>
        <source>It is the start node.</source>
        <translation>To pierwszy krok scenariusza.</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="147"/>
        <source>Undo (Ctrl+Z) brings a deleted node back.</source>
        <translation>Cofnięcie (Ctrl+Z) przywraca usunięty krok.</translation>
    </message>
</context>
<context>
    <name>EditorAnalysis</name>
    <message>
        <location filename="../editor/analysis_panel.py" line="40"/>
        <location filename="../editor/analysis_panel.py" line="178"/>
        <source>Analysis</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="46"/>
        <source>Not checked yet.</source>
        <translation>Jeszcze nie sprawdzono.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="48"/>
        <source>Fix the errors first: a scenario with errors cannot be played.</source>
        <translation>Najpierw popraw błędy: scenariusza z błędami nie da się przejść.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="51"/>
        <source>%1 situations explored.</source>
        <translation>Prześledzone sytuacje: %1.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="55"/>
        <source>Not exact: too many situations to follow them all; maxima are upper bounds.</source>
        <translation>Wynik przybliżony: sytuacji jest zbyt wiele, by prześledzić wszystkie; maksima są górnymi oszacowaniami.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="59"/>
        <source>Maximum points</source>
        <translation>Maksymalna liczba punktów</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="67"/>
        <source>Reachable endings (%1)</source>
        <translation>Osiągalne zakończenia (%1)</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="83"/>
        <source>%1 – never reached</source>
        <translation>%1 – nigdy nieosiągane</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="90"/>
        <source>Best path</source>
        <translation>Najlepsza ścieżka</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="93"/>
        <source>No path ends in success.</source>
        <translation>Żadna ścieżka nie kończy się sukcesem.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="98"/>
        <source>Best path: %1 step(s), %2 point(s)</source>
        <translation>Najlepsza ścieżka: kroki – %1, punkty – %2</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="112"/>
        <source>Success after a harmful choice (%1)</source>
        <translation>Sukces mimo szkodliwego wyboru (%1)</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="119"/>
        <source>None: every harmful choice rules out success.</source>
        <translation>Brak: każdy szkodliwy wybór wyklucza sukces.</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="126"/>
        <source>%1, choice %2 → %3</source>
        <translation>%1, wybór %2 → %3</translation>
    </message>
    <message>
        <location filename="../editor/analysis_panel.py" line="135"/>
        <source>e.g. %1, ending in %2</source>
        <translation>np. %1, zakończenie %2</translation>
    </message>
</context>
<context>
    <name>EditorFindingTexts</name>
    <message>
        <location filename="../editor/finding_texts.py" line="22"/>
        <source>The picture description is there, but the step has no picture</source>
        <translation>Jest opis obrazu, ale krok nie ma obrazu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="25"/>
        <source>The last text alternative must have no condition, so that some text is always shown</source>
        <translation>Ostatni wariant tekstu musi być bez warunku, aby zawsze był jakiś tekst</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="29"/>
        <source>The analysis is approximate: maxima are upper bounds and dead ends may go unnoticed</source>
        <translation>Analiza jest przybliżona: maksima są górnymi granicami, a ślepe zaułki mogą umknąć</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="33"/>
        <source>The masculine/feminine form is written wrongly</source>
        <translation>Forma męska/żeńska jest zapisana błędnie</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="36"/>
        <source>The glossary cannot be read</source>
        <translation>Nie można odczytać słownika</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="39"/>
        <source>The picture cannot be used</source>
        <translation>Nie można użyć obrazu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="42"/>
        <source>The picture&apos;s path is wrong</source>
        <translation>Ścieżka obrazu jest błędna</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="45"/>
        <source>The value is not allowed here</source>
        <translation>Ta wartość jest tu niedozwolona</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="48"/>
        <source>The id is not valid: small letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>Identyfikator jest niepoprawny: małe litery, cyfry, „-” i „_”</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="51"/>
        <source>The condition cannot be read</source>
        <translation>Nie można odczytać warunku</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="54"/>
        <source>No ending can be reached from this step (it only loops or stops)</source>
        <translation>Z tego kroku nie da się dojść do żadnego zakończenia (tylko zapętla się albo urywa)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="57"/>
        <source>The same id or language is used twice</source>
        <translation>Ten sam identyfikator lub język występuje dwa razy</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="60"/>
        <source>The feedback is long: shorten it</source>
        <translation>Informacja zwrotna jest długa: skróć ją</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="63"/>
        <source>The text addresses the officer as a man or as a woman only: write both forms</source>
        <translation>Tekst zwraca się do funkcjonariusza tylko w formie męskiej lub żeńskiej: zapisz obie formy</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="67"/>
        <source>A word the glossary advises against</source>
        <translation>Słowo, którego słownik radzi unikać</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="70"/>
        <source>This choice is rated harmful, yet success can still be reached after it</source>
        <translation>Ten wybór ma ocenę „szkodliwy”, a mimo to po nim można dojść do sukcesu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="74"/>
        <source>Not every harmful choice could be checked for a way on to success</source>
        <translation>Nie udało się sprawdzić każdego szkodliwego wyboru pod kątem drogi do sukcesu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="77"/>
        <source>The scenario&apos;s id must equal its folder&apos;s name</source>
        <translation>Identyfikator scenariusza musi być taki sam jak nazwa jego folderu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="80"/>
        <source>The picture is too large</source>
        <translation>Obraz jest za duży</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="83"/>
        <source>The picture has no description: say in words what it shows</source>
        <translation>Obraz nie ma opisu: napisz słowami, co przedstawia</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="86"/>
        <source>The picture is large: keep pictures smaller</source>
        <translation>Obraz jest duży: używaj mniejszych obrazów</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="89"/>
        <source>The best choice is often the longest one, which gives it away</source>
        <translation>Najlepszy wybór jest często najdłuższy, co go zdradza</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="92"/>
        <source>A required field is missing</source>
        <translation>Brakuje wymaganego pola</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="95"/>
        <source>The picture file does not exist</source>
        <translation>Plik obrazu nie istnieje</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="98"/>
        <source>A competency that is not built in needs a name</source>
        <translation>Kompetencja spoza wbudowanych potrzebuje nazwy</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="101"/>
        <source>A translation is missing (the default language is shown instead)</source>
        <translation>Brakuje tłumaczenia (zamiast niego pojawi się język domyślny)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="104"/>
        <source>This choice is never offered: its condition is false whenever an officer gets here</source>
        <translation>Ten wybór nigdy się nie pojawi: jego warunek jest zawsze fałszywy, gdy funkcjonariusz tu dochodzi</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="108"/>
        <source>No item is marked correct, so the checklist can earn nothing</source>
        <translation>Żadna pozycja nie jest oznaczona jako trafna, więc lista nie da punktów</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="111"/>
        <source>No ending can be reached from the start step</source>
        <translation>Z kroku startowego nie da się dojść do żadnego zakończenia</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="114"/>
        <source>The choice has no feedback: say why it helps or harms</source>
        <translation>Wybór nie ma informacji zwrotnej: napisz, dlaczego pomaga albo szkodzi</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="117"/>
        <source>The folder holds no scenario file</source>
        <translation>W folderze nie ma pliku scenariusza</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="120"/>
        <source>No path reaches an ending with the outcome success</source>
        <translation>Żadna ścieżka nie prowadzi do zakończenia „sukces”</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="123"/>
        <source>An officer can get here with no choice offered (every condition false)</source>
        <translation>Funkcjonariusz może tu dojść, nie mając żadnego wyboru (każdy warunek fałszywy)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="127"/>
        <source>This word belongs to the condition language and cannot name a variable</source>
        <translation>To słowo należy do języka warunków i nie może być nazwą zmiennej</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="131"/>
        <source>The last route must have no condition, so that some route always applies</source>
        <translation>Ostatnie przejście musi być bez warunku, aby zawsze któreś obowiązywało</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="135"/>
        <source>The folder holds more than one scenario file: keep only one</source>
        <translation>W folderze jest więcej niż jeden plik scenariusza: zostaw jeden</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="138"/>
        <source>The topic is not in the vocabulary; a similar one is</source>
        <translation>Tematu nie ma w słowniku; jest podobny</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="141"/>
        <source>A decision with a single choice is not a decision (use a scene?)</source>
        <translation>Decyzja z jednym wyborem nie jest decyzją (może scena?)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="144"/>
        <source>The time limit leaves too little time to read</source>
        <translation>Limit czasu zostawia za mało czasu na przeczytanie</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="147"/>
        <source>The scenario&apos;s conditions are too many to analyse</source>
        <translation>Warunków w scenariuszu jest za dużo, by je przeanalizować</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="150"/>
        <source>An officer can get here and then never reach an ending</source>
        <translation>Funkcjonariusz może tu dojść i już nigdy nie dojść do zakończenia</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="153"/>
        <source>No path earns points in this competency</source>
        <translation>Żadna ścieżka nie daje punktów w tej kompetencji</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="156"/>
        <source>This knowledge card is not defined</source>
        <translation>Ta karta wiedzy nie jest zdefiniowana</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="159"/>
        <source>chose() names something that is not a choice of a decision</source>
        <translation>chose() wskazuje coś, co nie jest wyborem decyzji</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="162"/>
        <source>This competency is not declared</source>
        <translation>Ta kompetencja nie jest zadeklarowana</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="165"/>
        <source>Text in a language the scenario does not list</source>
        <translation>Tekst w języku, którego nie ma na liście języków scenariusza</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="168"/>
        <source>This step does not exist</source>
        <translation>Taki krok nie istnieje</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="171"/>
        <source>This variable is not declared</source>
        <translation>Ta zmienna nie jest zadeklarowana</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="174"/>
        <source>This field is not part of the format (a misspelt name?)</source>
        <translation>Tego pola nie ma w formacie (literówka w nazwie?)</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="177"/>
        <source>Only the last text alternative may go without a condition</source>
        <translation>Tylko ostatni wariant tekstu może być bez warunku</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="180"/>
        <source>No path from the start leads here</source>
        <translation>Żadna ścieżka od startu tu nie prowadzi</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="183"/>
        <source>Only the last route may go without a condition</source>
        <translation>Tylko ostatnie przejście może być bez warunku</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="186"/>
        <source>The file cannot be read</source>
        <translation>Nie można odczytać pliku</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="189"/>
        <source>This format version is not supported</source>
        <translation>Ta wersja formatu nie jest obsługiwana</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="192"/>
        <source>This step has no title: the debrief and the replay name each step</source>
        <translation>Ten krok nie ma tytułu: podsumowanie i powtórka nazywają każdy krok</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="195"/>
        <source>Not every text alternative could be checked</source>
        <translation>Nie udało się sprawdzić wszystkich wariantów tekstu</translation>
    </message>
    <message>
        <location filename="../editor/finding_texts.py" line="198"/>
        <source>The value has the wrong type</source>
        <translation>Wartość ma zły typ</translation>
    </message>
</context>
<context>
    <name>EditorFindings</name>
    <message>
        <location filename="../editor/findings.py" line="54"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="56"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="104"/>
        <source>Details (in English): %1</source>
        <translation>Szczegóły (po angielsku): %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="126"/>
        <source>node %1</source>
        <translation>krok %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="130"/>
        <source>choice %1</source>
        <translation>wybór %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="136"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="148"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="149"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="150"/>
        <source>Message</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../editor/findings.py" line="151"/>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <location filename="../editor/forms/choices.py" line="66"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="73"/>
        <source>Feedback (why it helps or harms)</source>
        <translation>Informacja zwrotna (dlaczego pomaga albo szkodzi)</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="81"/>
        <source>Points per competency</source>
        <translation>Punkty w kompetencjach</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="84"/>
        <source>Not a competency of this scenario: %1</source>
        <translation>Tej kompetencji nie ma w scenariuszu: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="87"/>
        <source>No competencies yet: add them under Competencies in the outline.</source>
        <translation>Nie ma jeszcze kompetencji: dodaj je w strukturze, w grupie „Kompetencje”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="97"/>
        <source>Changes of variables</source>
        <translation>Zmiany zmiennych</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="100"/>
        <source>Not a variable of this scenario: %1</source>
        <translation>Tej zmiennej nie ma w scenariuszu: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="103"/>
        <source>No variables yet: add them under Variables in the outline.</source>
        <translation>Nie ma jeszcze zmiennych: dodaj je w strukturze, w grupie „Zmienne”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="129"/>
        <source>Choice %1: %2</source>
        <translation>Odpowiedź %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="139"/>
        <location filename="../editor/forms/items.py" line="45"/>
        <location filename="../editor/forms/metadata.py" line="163"/>
        <location filename="../editor/forms/nodes.py" line="142"/>
        <location filename="../editor/forms/registries.py" line="27"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="149"/>
        <source>What the officer does or says</source>
        <translation>Co funkcjonariusz robi lub mówi</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="156"/>
        <source>Offered only if</source>
        <translation>Dostępna tylko, gdy</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="160"/>
        <location filename="../editor/forms/nodes.py" line="241"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="174"/>
        <source>Choices</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="178"/>
        <source>Add choice</source>
        <translation>Dodaj odpowiedź</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="31"/>
        <source>Item %1: %2</source>
        <translation>Pozycja %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="55"/>
        <location filename="../editor/forms/nodes.py" line="163"/>
        <location filename="../editor/forms/registries.py" line="180"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="64"/>
        <source>Correct: this item applies</source>
        <translation>Trafna: ta pozycja pasuje</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="69"/>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="84"/>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../editor/forms/items.py" line="88"/>
        <source>Add item</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="10"/>
        <source>Best</source>
        <translation>Najlepsza</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="11"/>
        <source>Good</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="12"/>
        <source>Poor</source>
        <translation>Słaba</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="13"/>
        <source>Harmful</source>
        <translation>Szkodliwa</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="19"/>
        <source>Success</source>
        <translation>Sukces</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="20"/>
        <source>Partial</source>
        <translation>Wynik częściowy</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="21"/>
        <source>Failure</source>
        <translation>Porażka</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="27"/>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="28"/>
        <source>Assessment</source>
        <translation>Ocena sytuacji</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="29"/>
        <source>Powers and policy</source>
        <translation>Uprawnienia i procedury</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="30"/>
        <source>Options</source>
        <translation>Możliwości</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="31"/>
        <source>Action and review</source>
        <translation>Działanie i ocena skutków</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="37"/>
        <source>Shuffled</source>
        <translation>Losowa</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="38"/>
        <source>Fixed (file order)</source>
        <translation>Stała (jak w pliku)</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="44"/>
        <source>Scene</source>
        <translation>Scena</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="45"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="46"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="47"/>
        <source>Report</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../editor/forms/labels.py" line="48"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="150"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="155"/>
        <source>Format</source>
        <translation>Wersja formatu</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="167"/>
        <source>The id names the folder: rename the scenario from the library.</source>
        <translation>Identyfikator to nazwa folderu: zmienisz go, zmieniając nazwę scenariusza w bibliotece.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="176"/>
        <source>Version</source>
        <translation>Wydanie</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="186"/>
        <source>Languages (the first is the default)</source>
        <translation>Języki (pierwszy jest domyślny)</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="194"/>
        <location filename="../editor/forms/nodes.py" line="154"/>
        <location filename="../editor/forms/registries.py" line="171"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="199"/>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="200"/>
        <source>Tags</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="205"/>
        <source>Length</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="210"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="213"/>
        <source>Modes</source>
        <translation>Tryby</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="218"/>
        <source>Start node</source>
        <translation>Pierwszy krok</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="133"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2”</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="149"/>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="173"/>
        <source>Order shown</source>
        <translation>Kolejność wyświetlania</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="175"/>
        <source>Default (shuffled)</source>
        <translation>Domyślna (losowa)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="181"/>
        <source>Timed decision</source>
        <translation>Decyzja na czas</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="189"/>
        <source>Prompt</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="198"/>
        <source>Fewest words</source>
        <translation>Najmniejsza liczba słów</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="209"/>
        <source>Competency scored</source>
        <translation>Oceniana kompetencja</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="218"/>
        <source>Model note (shown after writing)</source>
        <translation>Wzór notatki (pokazywany po napisaniu)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="228"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="236"/>
        <source>Debrief</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="242"/>
        <source>Picture, cards and stage</source>
        <translation>Obraz, karty wiedzy i etap</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="244"/>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="250"/>
        <source>What the picture shows (alternative text)</source>
        <translation>Co przedstawia obraz (tekst alternatywny)</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="258"/>
        <source>Knowledge cards offered</source>
        <translation>Dostępne karty wiedzy</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="265"/>
        <source>Decision-model stage</source>
        <translation>Etap modelu decyzyjnego</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="267"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="270"/>
        <source>Delete</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes.py" line="272"/>
        <source>Delete this node</source>
        <translation>Usuń ten krok</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="40"/>
        <location filename="../editor/forms/registries.py" line="84"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="42"/>
        <source>What the scenario scores. Built-in ids (e.g. communication, ethics) need no label; any other id does.</source>
        <translation>Za co scenariusz przyznaje punkty. Wbudowane identyfikatory (np. communication, ethics) nie potrzebują etykiety, każdy inny tak.</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="54"/>
        <location filename="../editor/forms/registries.py" line="130"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="61"/>
        <source>Label (empty: the built-in “%1”)</source>
        <translation>Etykieta (pusta: wbudowana „%1”)</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="70"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="89"/>
        <source>Add competency</source>
        <translation>Dodaj kompetencję</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="99"/>
        <location filename="../editor/forms/registries.py" line="144"/>
        <source>Variables</source>
        <translation>Zmienne</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="101"/>
        <source>State that choices change (whole numbers, kept between min and max) and conditions read.</source>
        <translation>Stan historii zmieniany przez wybory i sprawdzany w warunkach (liczby całkowite, utrzymywane między najmniejszą a największą wartością).</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="111"/>
        <source>Initial value</source>
        <translation>Wartość początkowa</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="112"/>
        <source>Smallest value</source>
        <translation>Najmniejsza wartość</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="113"/>
        <source>Largest value</source>
        <translation>Największa wartość</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="149"/>
        <source>Add variable</source>
        <translation>Dodaj zmienną</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="158"/>
        <location filename="../editor/forms/registries.py" line="195"/>
        <source>Knowledge cards</source>
        <translation>Karty wiedzy</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="160"/>
        <source>“Learn more” cards that nodes can offer (a node lists their ids).</source>
        <translation>Karty „Dowiedz się więcej”, które kroki mogą udostępniać (krok wymienia ich identyfikatory).</translation>
    </message>
    <message>
        <location filename="../editor/forms/registries.py" line="200"/>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="119"/>
        <source>Nodes</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="120"/>
        <source>Add a node</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <location filename="../editor/forms/nodes_list.py" line="121"/>
        <source>All nodes</source>
        <translation>Wszystkie kroki</translation>
    </message>
    <message>
        <location filename="../editor/forms/renames.py" line="82"/>
        <source>Rename choice %1 to %2</source>
        <translation>Zmiana identyfikatora odpowiedzi %1 na %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/context.py" line="119"/>
        <source>An edit that needs format 1.1</source>
        <translation>Zmiana wymagająca formatu 1.1</translation>
    </message>
</context>
<context>
    <name>EditorHistory</name>
    <message>
        <location filename="../editor/describe.py" line="20"/>
        <source>node %1</source>
        <translation>krok %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="21"/>
        <source>of node %1</source>
        <translation>kroku %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="22"/>
        <source>in node %1</source>
        <translation>w kroku %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="25"/>
        <source>choice %1</source>
        <translation>wybór %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="26"/>
        <source>of choice %1</source>
        <translation>wyboru %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="27"/>
        <source>in choice %1</source>
        <translation>w wyborze %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="30"/>
        <source>item %1</source>
        <translation>pozycja %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="31"/>
        <source>of item %1</source>
        <translation>pozycji %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="32"/>
        <source>in item %1</source>
        <translation>w pozycji %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="35"/>
        <source>route %1</source>
        <translation>rozgałęzienie %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="36"/>
        <source>of route %1</source>
        <translation>rozgałęzienia %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="37"/>
        <source>in route %1</source>
        <translation>w rozgałęzieniu %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="40"/>
        <source>the time-out choice</source>
        <translation>wybór po upływie czasu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="41"/>
        <source>of the time-out choice</source>
        <translation>wyboru po upływie czasu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="42"/>
        <source>in the time-out choice</source>
        <translation>w wyborze po upływie czasu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="45"/>
        <source>variable %1</source>
        <translation>zmienna %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="46"/>
        <source>of variable %1</source>
        <translation>zmiennej %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="47"/>
        <source>in variable %1</source>
        <translation>w zmiennej %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="50"/>
        <source>card %1</source>
        <translation>karta %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="51"/>
        <source>of card %1</source>
        <translation>karty %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="52"/>
        <source>in card %1</source>
        <translation>w karcie %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="55"/>
        <source>competency %1</source>
        <translation>kompetencja %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="56"/>
        <source>of competency %1</source>
        <translation>kompetencji %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="57"/>
        <source>in competency %1</source>
        <translation>w kompetencji %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="65"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="66"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="67"/>
        <source>Summary</source>
        <translation>Streszczenie</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="68"/>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="69"/>
        <source>Debrief</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="70"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="71"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="72"/>
        <source>Effects</source>
        <translation>Skutki</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="73"/>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="74"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="75"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="76"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="77"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="78"/>
        <source>Initial value</source>
        <translation>Wartość początkowa</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="79"/>
        <source>Minimum</source>
        <translation>Wartość najmniejsza</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="80"/>
        <source>Maximum</source>
        <translation>Wartość największa</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="81"/>
        <source>Prompt</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="82"/>
        <source>Model answer</source>
        <translation>Wzór odpowiedzi</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="83"/>
        <source>Minimum words</source>
        <translation>Najmniejsza liczba słów</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="84"/>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="85"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="86"/>
        <source>Image</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="87"/>
        <source>Image description</source>
        <translation>Opis obrazu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="88"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="89"/>
        <source>Time limit</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="90"/>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="91"/>
        <source>Correct</source>
        <translation>Poprawność</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="92"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="93"/>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="94"/>
        <source>Tags</source>
        <translation>Etykiety tematyczne</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="95"/>
        <source>Minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="96"/>
        <source>Modes</source>
        <translation>Tryby</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="97"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="98"/>
        <source>Start node</source>
        <translation>Krok początkowy</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="99"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="100"/>
        <source>Format</source>
        <translation>Wersja formatu</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="101"/>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="102"/>
        <source>Choices</source>
        <translation>Wybory</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="103"/>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="104"/>
        <source>Nodes</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="105"/>
        <source>Variables</source>
        <translation>Zmienne</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="106"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="174"/>
        <source>alternative %1</source>
        <translation>wariant %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="180"/>
        <source>entry %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="198"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="233"/>
        <location filename="../editor/describe.py" line="246"/>
        <source>Add %1</source>
        <translation>Dodanie: %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="236"/>
        <location filename="../editor/describe.py" line="248"/>
        <source>Remove %1</source>
        <translation>Usunięcie: %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="240"/>
        <location filename="../editor/describe.py" line="254"/>
        <source>Move %1 to position %2</source>
        <translation>Przeniesienie: %1 na pozycję %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="259"/>
        <source>Add node %1</source>
        <translation>Dodanie kroku %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="263"/>
        <source>Delete node %1</source>
        <translation>Usunięcie kroku %1</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="267"/>
        <source>Rename node %1 to %2</source>
        <translation>Zmiana nazwy kroku %1 na %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="268"/>
        <source>Rename variable %1 to %2</source>
        <translation>Zmiana nazwy zmiennej %1 na %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="271"/>
        <source>Rename card %1 to %2</source>
        <translation>Zmiana nazwy karty %1 na %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="272"/>
        <source>Rename competency %1 to %2</source>
        <translation>Zmiana nazwy kompetencji %1 na %2</translation>
    </message>
    <message>
        <location filename="../editor/describe.py" line="278"/>
        <source>Rename choice %1 in node %2 to %3</source>
        <translation>Zmiana identyfikatora wyboru %1 w kroku %2 na %3</translation>
    </message>
</context>
<context>
    <name>EditorMap</name>
    <message>
        <location filename="../editor/map/items.py" line="75"/>
        <source>Scene</source>
        <extracomment>A port&apos;s handle (radius) and how far from its centre a press still takes it.</extracomment>
        <translation>Scena</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="76"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="77"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="78"/>
        <source>Report</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="79"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="87"/>
        <source>success</source>
        <translation>sukces</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="88"/>
        <source>partial</source>
        <translation>częściowy sukces</translation>
    </message>
    <message>
        <location filename="../editor/map/items.py" line="89"/>
        <source>failure</source>
        <translation>porażka</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="186"/>
        <source>&amp;Fit</source>
        <translation>&amp;Całość</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="188"/>
        <source>Show the whole map (F)</source>
        <translation>Pokaż całą mapę (F)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="190"/>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="193"/>
        <source>Zoom out (Ctrl+minus, Ctrl+wheel)</source>
        <translation>Oddal (Ctrl+minus, Ctrl+kółko myszy)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="195"/>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="198"/>
        <source>Zoom in (Ctrl+plus, Ctrl+wheel)</source>
        <translation>Przybliż (Ctrl+plus, Ctrl+kółko myszy)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="200"/>
        <source>&amp;Tidy up</source>
        <translation>&amp;Uporządkuj</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="202"/>
        <source>Lay out the selected nodes again, or the whole map when none is selected (Ctrl+L)</source>
        <translation>Ułóż na nowo zaznaczone kroki, a gdy nic nie jest zaznaczone – całą mapę (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="207"/>
        <source>&amp;New node</source>
        <translation>&amp;Nowy krok</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="209"/>
        <source>Add a scene node (Insert, or double-click on the map)</source>
        <translation>Dodaj krok-scenę (Insert albo dwukrotne kliknięcie na mapie)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="213"/>
        <source>&amp;Best path</source>
        <translation>Naj&amp;lepsza ścieżka</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="215"/>
        <source>Mark the path with the most points, from the last check (B)</source>
        <translation>Zaznacz ścieżkę z największą liczbą punktów według ostatniego sprawdzenia (B)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="219"/>
        <source>&amp;Harmful paths</source>
        <translation>&amp;Szkodliwe ścieżki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="222"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="224"/>
        <source>Save the whole map as a PNG image or a PDF page</source>
        <translation>Zapisz całą mapę jako obraz PNG albo stronę PDF</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="228"/>
        <source>Export PNG…</source>
        <translation>Eksport do PNG…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="229"/>
        <source>Export PDF…</source>
        <translation>Eksport do PDF…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="231"/>
        <source>Save the whole map as a PNG image (a handout)</source>
        <translation>Zapisz całą mapę jako obraz PNG (materiał dla uczestników)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="234"/>
        <source>Save the whole map on one landscape PDF page, A4 or A3 (a handout)</source>
        <translation>Zapisz całą mapę na jednej poziomej stronie PDF, A4 lub A3 (materiał dla uczestników)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="239"/>
        <source>Delete the selected nodes</source>
        <translation>Usuń zaznaczone kroki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="242"/>
        <source>Double-click: new node · Ctrl+wheel: zoom · middle button: pan</source>
        <translation>Dwuklik: nowy krok · Ctrl+kółko: powiększenie · środkowy przycisk: przesuwanie</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="246"/>
        <source>Scenario map</source>
        <translation>Mapa scenariusza</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="354"/>
        <source>Mark every way to a success ending after a harmful choice, from the last check (H): the harmful choice&apos;s arrow thick and purple, the ways on from it purple, dash-dotted.</source>
        <translation>Zaznacz każdą drogę do zakończenia z sukcesem po szkodliwym wyborze, według ostatniego sprawdzenia (H): strzałka szkodliwego wyboru gruba i fioletowa, dalsze drogi od niego fioletowe, linią kreska-kropka.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="363"/>
        <source>The last check found no harmful choice that still succeeds.</source>
        <translation>Ostatnie sprawdzenie nie znalazło szkodliwego wyboru, po którym wciąż można odnieść sukces.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="369"/>
        <source>• {node} › {choice}: success still reached at {endings}</source>
        <translation>• {node} › {choice}: sukces wciąż osiągalny w {endings}</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="397"/>
        <source>Export the map as PNG</source>
        <translation>Eksport mapy do PNG</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="401"/>
        <source>Export the map as PDF</source>
        <translation>Eksport mapy do PDF</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="429"/>
        <source>The file could not be written.</source>
        <translation>Nie udało się zapisać pliku.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="544"/>
        <source>Delete node %1</source>
        <translation>Usunięcie kroku %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="546"/>
        <source>Delete %1 nodes</source>
        <translation>Usunięcie kroków: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="561"/>
        <source> and %1 more</source>
        <translation> i jeszcze %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="566"/>
        <source>Delete nodes</source>
        <translation>Usuwanie kroków</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="567"/>
        <source>After this, no choice or route leads to: %1.</source>
        <translation>Po usunięciu żadna odpowiedź ani droga nie prowadzi do: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="570"/>
        <source>Players can no longer reach those nodes. Undo (Ctrl+Z) brings everything back.</source>
        <translation>Gracze nie dotrą już do tych kroków. Cofnięcie (Ctrl+Z) przywraca wszystko.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="574"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Usuń mimo to</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="590"/>
        <source>&amp;Chapter from selection…</source>
        <translation>&amp;Rozdział z zaznaczenia…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="593"/>
        <source>Chapter…</source>
        <translation>Rozdział…</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="595"/>
        <source>Frame the selected nodes as a chapter with a title (Ctrl+G)</source>
        <translation>Obejmij zaznaczone kroki ramką rozdziału z tytułem (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="600"/>
        <source>Collapse or expand the chapter</source>
        <translation>Zwiń lub rozwiń rozdział</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="603"/>
        <source>Remove the chapter (nodes stay)</source>
        <translation>Usuń rozdział (kroki zostają)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="605"/>
        <source>Mini&amp;map</source>
        <translation>Mini&amp;mapa</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="607"/>
        <source>Show or hide the overview of the whole map in the corner (M)</source>
        <translation>Pokaż lub ukryj podgląd całej mapy w rogu (M)</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="611"/>
        <source>Copy the selected nodes</source>
        <translation>Kopiuj zaznaczone kroki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="612"/>
        <source>Cut the selected nodes</source>
        <translation>Wytnij zaznaczone kroki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="613"/>
        <source>Paste nodes</source>
        <translation>Wklej kroki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="614"/>
        <source>Select all nodes</source>
        <translation>Zaznacz wszystkie kroki</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="646"/>
        <source>Chapter</source>
        <translation>Rozdział</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="647"/>
        <source>Chapter title:</source>
        <translation>Tytuł rozdziału:</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="659"/>
        <source>Select the nodes of the chapter first.</source>
        <translation>Najpierw zaznacz kroki, które mają tworzyć rozdział.</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="663"/>
        <source>Chapter %1</source>
        <translation>Rozdział %1</translation>
    </message>
    <message>
        <location filename="../editor/map/panel.py" line="712"/>
        <source>Copied only: this scenario is read-only, nothing is deleted.</source>
        <translation>Tylko skopiowano: ten scenariusz jest tylko do odczytu, nic nie zostało usunięte.</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="68"/>
        <source>Nodes: %1</source>
        <translation>Kroki: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="81"/>
        <source>&amp;Rename the chapter…</source>
        <translation>&amp;Zmień tytuł rozdziału…</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="83"/>
        <source>E&amp;xpand the chapter</source>
        <translation>R&amp;ozwiń rozdział</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="85"/>
        <source>&amp;Collapse the chapter</source>
        <translation>Z&amp;wiń rozdział</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="88"/>
        <source>Remove the chapter (&amp;nodes stay)</source>
        <translation>&amp;Usuń rozdział (kroki zostają)</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="114"/>
        <source>Click the title to select the chapter&apos;s nodes, drag it to move them, double-click it to rename the chapter; ▾ collapses it (C); right-click for more</source>
        <translation>Kliknij tytuł, aby zaznaczyć kroki rozdziału, przeciągnij go, aby je przesunąć, a kliknij dwukrotnie, aby zmienić tytuł; ▾ zwija rozdział (C); więcej pod prawym przyciskiem myszy</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="230"/>
        <source>Double-click to expand</source>
        <translation>Kliknij dwukrotnie, aby rozwinąć</translation>
    </message>
    <message>
        <location filename="../editor/map/chapters.py" line="269"/>
        <source>CHAPTER</source>
        <translation>ROZDZIAŁ</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="34"/>
        <source>Select the nodes to copy first.</source>
        <translation>Najpierw zaznacz kroki do skopiowania.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="40"/>
        <source>Nodes copied: %1.</source>
        <translation>Skopiowane kroki: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="54"/>
        <source>This scenario is read-only: save it as a copy to paste into it.</source>
        <translation>Ten scenariusz jest tylko do odczytu: zapisz jego kopię, aby coś do niej wkleić.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="63"/>
        <source>The clipboard holds no nodes copied from a map (Ctrl+C on the map).</source>
        <translation>W schowku nie ma kroków skopiowanych z mapy (Ctrl+C na mapie).</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="76"/>
        <source>Paste nodes (%1)</source>
        <translation>Wklejenie kroków: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="92"/>
        <source>Nodes pasted: %1.</source>
        <translation>Wklejone kroki: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/clipboard.py" line="96"/>
        <source>New ids where they were taken: %1.</source>
        <translation>Nowe identyfikatory tam, gdzie dotychczasowe były zajęte: %1.</translation>
    </message>
    <message>
        <location filename="../editor/map/minimap.py" line="59"/>
        <source>The whole map: click or drag to move the view (M shows or hides it)</source>
        <translation>Cała mapa: kliknij lub przeciągnij, aby przesunąć widok (M pokazuje lub ukrywa podgląd)</translation>
    </message>
    <message>
        <location filename="../editor/map/minimap.py" line="63"/>
        <source>Minimap</source>
        <translation>Minimapa</translation>
    </message>
</context>
<context>
    <name>EditorOpenDialog</name>
    <message>
        <location filename="../editor/open_dialog.py" line="58"/>
        <source>“%1” cannot be an id: use small letters without accents, digits and &apos;-&apos;, starting with a letter or digit (at most 64 characters), e.g. mosque-report.</source>
        <translation>„%1” nie może być identyfikatorem: użyj małych liter bez polskich znaków, cyfr i „-”, zaczynając od litery lub cyfry (najwyżej 64 znaki), np. zgloszenie-meczet.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="68"/>
        <source>The id “%1” is already used by another scenario.</source>
        <translation>Identyfikator „%1” ma już inny scenariusz.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="86"/>
        <source>Id of the scenario (small letters, digits and &apos;-&apos;, e.g. tram-night-2):</source>
        <translation>Identyfikator scenariusza (małe litery, cyfry i „-”, np. tramwaj-noca-2):</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="110"/>
        <location filename="../editor/open_dialog.py" line="475"/>
        <source>New scenario</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="112"/>
        <location filename="../editor/open_dialog.py" line="318"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="114"/>
        <location filename="../editor/open_dialog.py" line="317"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="117"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="120"/>
        <source>Small letters, digits and &apos;-&apos;; it names the scenario&apos;s folder.</source>
        <translation>Małe litery, cyfry i „-”; od niego pochodzi nazwa folderu scenariusza.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="128"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identyfikator:</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="130"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="133"/>
        <source>&amp;Languages (first = default):</source>
        <translation>&amp;Języki (pierwszy = domyślny):</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="145"/>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="149"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="168"/>
        <source>Languages: codes of two or three small letters, separated by commas, e.g. pl, en.</source>
        <translation>Języki: kody z dwóch lub trzech małych liter, rozdzielone przecinkami, np. pl, en.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="174"/>
        <source>Languages: each language once.</source>
        <translation>Języki: każdy język tylko raz.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="232"/>
        <source>Open or create a scenario</source>
        <translation>Otwórz lub utwórz scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="239"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="248"/>
        <location filename="../editor/open_dialog.py" line="439"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="251"/>
        <source>&amp;New from template…</source>
        <translation>&amp;Nowy z szablonu…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="256"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplikuj…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="261"/>
        <source>Re&amp;name…</source>
        <translation>Zmień na&amp;zwę…</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="266"/>
        <source>De&amp;lete (to the trash)</source>
        <translation>&amp;Usuń (do kosza)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="271"/>
        <source>&amp;Restore from the trash</source>
        <translation>P&amp;rzywróć z kosza</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="319"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="320"/>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="326"/>
        <source>My scenarios</source>
        <translation>Moje scenariusze</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="331"/>
        <source>Shipped scenarios (read-only)</source>
        <translation>Scenariusze dołączone do programu (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="336"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="434"/>
        <source>&amp;Open (read-only)</source>
        <translation>&amp;Otwórz (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="492"/>
        <location filename="../editor/open_dialog.py" line="499"/>
        <source>Duplicate</source>
        <translation>Duplikowanie</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="512"/>
        <location filename="../editor/open_dialog.py" line="519"/>
        <source>Rename</source>
        <translation>Zmiana nazwy</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="533"/>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="541"/>
        <location filename="../editor/open_dialog.py" line="554"/>
        <source>Delete</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="542"/>
        <source>Move %1 to the trash?</source>
        <translation>Przenieść „%1” do kosza?</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="545"/>
        <source>It can be restored from the trash later.</source>
        <translation>Później można go przywrócić z kosza.</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="548"/>
        <source>&amp;Move to the trash</source>
        <translation>&amp;Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../editor/open_dialog.py" line="566"/>
        <source>Restore</source>
        <translation>Przywracanie</translation>
    </message>
</context>
<context>
    <name>EditorOutline</name>
    <message>
        <location filename="../editor/outline.py" line="124"/>
        <source>Search id or text (Ctrl+F)</source>
        <translation>Szukaj identyfikatora lub tekstu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="129"/>
        <source>Search the outline</source>
        <translation>Szukaj w strukturze</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="131"/>
        <location filename="../editor/outline_model.py" line="323"/>
        <source>Outline</source>
        <translation>Struktura</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="133"/>
        <source>&amp;Where is this used?</source>
        <translation>&amp;Gdzie to jest używane?</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="136"/>
        <source>Where is the selected entry used?</source>
        <translation>Gdzie jest używany zaznaczony element?</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="139"/>
        <source>Places that use the entry</source>
        <translation>Miejsca, w których element jest używany</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="363"/>
        <source>%1 is used in %2 place(s):</source>
        <translation>Element %1 – liczba miejsc użycia: %2</translation>
    </message>
    <message>
        <location filename="../editor/outline.py" line="369"/>
        <source>%1 is not used anywhere.</source>
        <translation>Element %1 nie jest nigdzie używany.</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="41"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="42"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="43"/>
        <source>Variables</source>
        <translation>Zmienne</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="44"/>
        <source>Cards</source>
        <translation>Karty wiedzy</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="45"/>
        <source>Stages</source>
        <translation>Etapy decyzji</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="46"/>
        <source>Scenes</source>
        <translation>Sceny</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="47"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="48"/>
        <source>Checklists</source>
        <translation>Listy kontrolne</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="49"/>
        <source>Reports</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="50"/>
        <source>Endings</source>
        <translation>Zakończenia</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="51"/>
        <source>Other nodes</source>
        <translation>Inne kroki</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="52"/>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="53"/>
        <source>Assessment</source>
        <translation>Ocena sytuacji</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="54"/>
        <source>Powers</source>
        <translation>Uprawnienia i procedury</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="55"/>
        <source>Options</source>
        <translation>Warianty działania</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="56"/>
        <source>Action</source>
        <translation>Działanie i weryfikacja</translation>
    </message>
    <message>
        <location filename="../editor/outline_model.py" line="306"/>
        <source>Details</source>
        <translation>Dane scenariusza</translation>
    </message>
</context>
<context>
    <name>EditorPublish</name>
    <message>
        <location filename="../editor/publishing.py" line="37"/>
        <source>… and %1 more (see the findings panel).</source>
        <translation>… i jeszcze %1 (zobacz panel uwag).</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="59"/>
        <source>Publish</source>
        <translation>Publikowanie</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="69"/>
        <source>The scenario has %1 error(s): fix them before publishing.</source>
        <translation>Liczba błędów w scenariuszu: %1. Popraw je przed publikacją.</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="79"/>
        <source>The scenario has %1 warning(s). Publish it anyway?</source>
        <translation>Liczba ostrzeżeń w scenariuszu: %1. Czy mimo to go opublikować?</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="83"/>
        <source>&amp;Publish</source>
        <translation>&amp;Opublikuj</translation>
    </message>
    <message>
        <location filename="../editor/publishing.py" line="94"/>
        <source>The scenario could not be published.</source>
        <translation>Nie udało się opublikować scenariusza.</translation>
    </message>
</context>
<context>
    <name>EditorQuestions</name>
    <message>
        <location filename="../editor/questions.py" line="60"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="61"/>
        <source>The changes to %1 are not saved.</source>
        <translation>Zmiany w scenariuszu %1 nie są zapisane.</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="64"/>
        <source>Save them before closing?</source>
        <translation>Czy zapisać je przed zamknięciem?</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="67"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Odrzuć zmiany</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="68"/>
        <location filename="../editor/questions.py" line="104"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="80"/>
        <source>Recover unsaved work</source>
        <translation>Odzyskiwanie niezapisanej pracy</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="81"/>
        <source>The editor stopped before %1 was saved. Unsaved work from %2 was kept.</source>
        <translation>Edytor zamknął się, zanim zapisano scenariusz %1. Zachowano niezapisaną pracę z %2.</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="87"/>
        <source>Restore it now, or discard it?</source>
        <translation>Czy przywrócić ją teraz, czy odrzucić?</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="89"/>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="90"/>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="91"/>
        <source>&amp;Later</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <location filename="../editor/questions.py" line="121"/>
        <location filename="../editor/twine_import.py" line="45"/>
        <source>OK</source>
        <translation>Dobrze</translation>
    </message>
</context>
<context>
    <name>EditorRecovery</name>
    <message>
        <location filename="../editor/recovering.py" line="40"/>
        <source>Recover unsaved work</source>
        <translation>Odzyskiwanie niezapisanej pracy</translation>
    </message>
</context>
<context>
    <name>EditorShares</name>
    <message>
        <location filename="../editor/map/shares.py" line="163"/>
        <source>&lt;b&gt;Officers&apos; choices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wybory funkcjonariuszy&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="164"/>
        <source>Versio&amp;n:</source>
        <translation>Wers&amp;ja:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="165"/>
        <source>&amp;Since:</source>
        <translation>&amp;Od dnia:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="166"/>
        <source>&amp;Until:</source>
        <translation>Do d&amp;nia:</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="168"/>
        <source>Attempts started on this day or later</source>
        <translation>Podejścia rozpoczęte tego dnia lub później</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="171"/>
        <source>Attempts started on this day or earlier</source>
        <translation>Podejścia rozpoczęte tego dnia lub wcześniej</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="183"/>
        <source>All versions</source>
        <translation>Wszystkie wersje</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="186"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="260"/>
        <source>Officers&apos; &amp;choices</source>
        <translation>&amp;Wybory funkcjonariuszy</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="270"/>
        <source>What officers chose needs the app&apos;s store of attempts: open the editor from the app, signed in as an instructor</source>
        <translation>Wybory funkcjonariuszy pochodzą z podejść zapisanych w aplikacji: otwórz edytor z aplikacji po zalogowaniu się jako osoba prowadząca szkolenie</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="279"/>
        <source>Show what officers chose (O): each choice&apos;s share of attempts as the arrow&apos;s thickness and a label, the items missed at checklists, the endings reached. Counts under 5 are hidden.</source>
        <translation>Pokaż, co wybierali funkcjonariusze (O): udział każdego wyboru w podejściach jako grubość strzałki i etykieta, pozycje list kontrolnych, w których się mylono, oraz osiągnięte zakończenia. Liczby mniejsze niż 5 są ukryte.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="344"/>
        <source>The first day is after the last one.</source>
        <translation>Pierwszy dzień przypada po ostatnim.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="373"/>
        <source>Only an instructor can see what officers chose.</source>
        <translation>Wybory funkcjonariuszy widzi tylko osoba prowadząca szkolenie.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="379"/>
        <source>The attempts could not be read: %1</source>
        <translation>Nie udało się odczytać podejść: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="403"/>
        <source>No attempts in this selection.</source>
        <translation>Brak podejść w tym zakresie.</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="408"/>
        <source>Attempts: %1</source>
        <translation>Podejścia: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="451"/>
        <source>Reached: %1</source>
        <translation>Dotarło: %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="454"/>
        <source>Attempts that ended here (counts under 5 hidden): %1</source>
        <translation>Podejścia zakończone tutaj (liczby mniejsze niż 5 ukryte): %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="469"/>
        <source>Share of attempts that missed each item (a correct one not ticked, a wrong one ticked):</source>
        <translation>Odsetek podejść z błędem przy poszczególnych pozycjach (trafna niezaznaczona albo błędna zaznaczona):</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="484"/>
        <source>Missed: up to %1</source>
        <translation>Błędy: do %1</translation>
    </message>
    <message>
        <location filename="../editor/map/shares.py" line="488"/>
        <source>Missed: %1</source>
        <translation>Błędy: %1</translation>
    </message>
</context>
<context>
    <name>EditorShortcuts</name>
    <message>
        <location filename="../editor/shortcuts.py" line="37"/>
        <location filename="../editor/shortcuts.py" line="64"/>
        <source>Editor shortcuts</source>
        <translation>Skróty klawiszowe edytora</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="41"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="42"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="47"/>
        <source>Show the selected entry or finding</source>
        <translation>Pokaż zaznaczony element lub uwagę</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="51"/>
        <source>From the search to the results</source>
        <translation>Z pola wyszukiwania do wyników</translation>
    </message>
    <message>
        <location filename="../editor/shortcuts.py" line="52"/>
        <source>Down arrow</source>
        <translation>Strzałka w dół</translation>
    </message>
</context>
<context>
    <name>EditorTwine</name>
    <message>
        <location filename="../editor/twine_import.py" line="61"/>
        <location filename="../editor/twine_import.py" line="82"/>
        <source>Import from Twine</source>
        <translation>Import z Twine</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="63"/>
        <source>Twine stories (Twee 3) (*.twee *.tw)</source>
        <translation>Historie z Twine (Twee 3) (*.twee *.tw)</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="90"/>
        <source> (line %1)</source>
        <translation> (wiersz %1)</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="97"/>
        <source>%1 could not be read as a Twine story (Twee 3)%2; nothing was written.</source>
        <translation>Nie udało się odczytać pliku %1 jako historii z Twine (Twee 3)%2; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="111"/>
        <source>The scenario could not be written to %1; nothing was imported.</source>
        <translation>Nie udało się zapisać scenariusza w %1; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="124"/>
        <source>…and %1 more.</source>
        <translation>…i jeszcze %1.</translation>
    </message>
    <message>
        <location filename="../editor/twine_import.py" line="131"/>
        <source>The story is now the scenario %1. Some of what the file held has no place in a scenario or needs your attention:</source>
        <translation>Historia jest teraz scenariuszem %1. Część zawartości pliku nie ma miejsca w scenariuszu albo wymaga Twojej uwagi:</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="22"/>
        <source>a script passage (JavaScript)</source>
        <translation>fragment ze skryptem (JavaScript)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="23"/>
        <source>a stylesheet passage (CSS)</source>
        <translation>fragment z arkuszem stylów (CSS)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="24"/>
        <source>a SugarCube widget passage</source>
        <translation>fragment z widżetem SugarCube</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="25"/>
        <source>a Harlowe startup passage</source>
        <translation>fragment startowy Harlowe</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="26"/>
        <source>a Harlowe header passage</source>
        <translation>fragment nagłówka Harlowe</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="27"/>
        <source>a Harlowe footer passage</source>
        <translation>fragment stopki Harlowe</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="28"/>
        <source>a story format&apos;s special passage</source>
        <translation>specjalny fragment formatu historii</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="34"/>
        <source>a SugarCube macro</source>
        <translation>makro SugarCube</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="35"/>
        <source>a Harlowe macro</source>
        <translation>makro Harlowe</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="36"/>
        <source>a &lt;script&gt; element</source>
        <translation>element &lt;script&gt;</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="37"/>
        <source>HTML markup</source>
        <translation>znaczniki HTML</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="38"/>
        <source>a story variable</source>
        <translation>zmienna historii</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="43"/>
        <source>Text before the first passage header belongs to no passage and was not read.</source>
        <translation>Tekst przed nagłówkiem pierwszego fragmentu nie należy do żadnego fragmentu i nie został wczytany.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="47"/>
        <source>A second passage with this name (the first is on line %1): links go to the first.</source>
        <translation>Drugi fragment o tej nazwie (pierwszy jest w wierszu %1): odnośniki prowadzą do pierwszego.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="51"/>
        <source>The passage&apos;s metadata could not be read and was left out.</source>
        <translation>Nie udało się odczytać metadanych fragmentu; pominięto je.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="54"/>
        <source>The scenario&apos;s own block could not be read: its settings were left out.</source>
        <translation>Nie udało się odczytać bloku ustawień scenariusza; ustawienia pominięto.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="57"/>
        <source>StoryData could not be read and was left out.</source>
        <translation>Nie udało się odczytać StoryData; pominięto je.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="60"/>
        <source>StoryData names %1 as the start, but there is no such passage.</source>
        <translation>StoryData wskazuje %1 jako początek, ale nie ma takiego fragmentu.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="63"/>
        <source>No start passage is named: the story starts at the first passage.</source>
        <translation>Nie wskazano fragmentu początkowego: historia zaczyna się od pierwszego fragmentu.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="66"/>
        <source>No StoryTitle passage: the scenario is titled by its id.</source>
        <translation>Brak fragmentu StoryTitle: tytułem scenariusza jest jego identyfikator.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="69"/>
        <source>The passage&apos;s trainer block could not be read: it came in as a plain passage.</source>
        <translation>Nie udało się odczytać bloku trenera we fragmencie: wczytano go jako zwykły fragment.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="73"/>
        <source>The passage&apos;s trainer block holds no node: it came in as a plain passage.</source>
        <translation>Blok trenera we fragmencie nie zawiera kroku: wczytano go jako zwykły fragment.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="76"/>
        <source>%1 control character(s) were removed from the text.</source>
        <translation>Usunięto z tekstu znaki sterujące (%1).</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="79"/>
        <source>A link to the web address %1 is not a choice: its words stay in the text.</source>
        <translation>Odnośnik do adresu internetowego %1 nie jest wyborem: jego słowa zostają w tekście.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="82"/>
        <source>The link&apos;s setter [%1] is story-format code and was left out.</source>
        <translation>Ustawienie w odnośniku [%1] to kod formatu historii; pominięto je.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="85"/>
        <source>A link leads to %1, which is no passage here: the empty ending %2 stands in for it.</source>
        <translation>Odnośnik prowadzi do %1, a takiego fragmentu tu nie ma: zastępuje go puste zakończenie %2.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="89"/>
        <source>The tag %1 has no place on a node and was left out.</source>
        <translation>Znacznik %1 nie ma miejsca w kroku; pominięto go.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="92"/>
        <source>An ending without a success, partial or failure tag: its outcome is set to partial.</source>
        <translation>Zakończenie bez znacznika success, partial ani failure: jego wynik ustawiono na częściowy (partial).</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="96"/>
        <source>The link&apos;s words %1 were not kept: a scene&apos;s way on has no label.</source>
        <translation>Słowa odnośnika %1 nie zostały zachowane: przejście dalej ze sceny nie ma etykiety.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="99"/>
        <source>The tag %1 is for endings, but this passage has links.</source>
        <translation>Znacznik %1 jest przeznaczony dla zakończeń, a ten fragment ma odnośniki.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="102"/>
        <source>The passage&apos;s links no longer fit its node type (%1): it came in as a plain passage.</source>
        <translation>Odnośniki fragmentu nie pasują już do rodzaju kroku (%1): wczytano go jako zwykły fragment.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="106"/>
        <source>%1 choice(s) of the trainer block have no link any more and were dropped.</source>
        <translation>Usunięto wybory z bloku trenera, które nie mają już odnośnika (%1).</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="109"/>
        <source>The position %1 is not &apos;x,y&apos;: the map places the card itself.</source>
        <translation>Położenie %1 nie ma postaci „x,y”: mapa sama umieści kartę.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="129"/>
        <source>%1: not imported (a scenario has no place for it).</source>
        <translation>%1: nie zaimportowano (w scenariuszu nie ma na to miejsca).</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="137"/>
        <source>%1, “%2”: kept in the text as written, but the trainer does not run it.</source>
        <translation>%1, „%2”: zostaje w tekście bez zmian, ale trener go nie wykonuje.</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="145"/>
        <source>(%1 more like it in this passage.)</source>
        <translation>(W tym fragmencie jest jeszcze %1 takich.)</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="152"/>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="162"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location filename="../editor/twine_texts.py" line="166"/>
        <source>passage “%1”</source>
        <translation>fragment „%1”</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../editor/window.py" line="384"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="386"/>
        <location filename="../editor/window.py" line="434"/>
        <source>&amp;Open or create a scenario…</source>
        <translation>&amp;Otwórz lub utwórz scenariusz…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="388"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="389"/>
        <location filename="../editor/window.py" line="442"/>
        <source>Save as a &amp;copy…</source>
        <translation>Zapisz jako &amp;kopię…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="391"/>
        <source>&amp;Import from Twine (.twee)…</source>
        <translation>&amp;Importuj z Twine (.twee)…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="393"/>
        <source>&amp;Publish…</source>
        <translation>O&amp;publikuj…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="394"/>
        <source>Close the &amp;editor</source>
        <translation>Zamknij &amp;edytor</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="395"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="396"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="397"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="398"/>
        <source>&amp;Find in the outline</source>
        <translation>&amp;Znajdź w strukturze</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="399"/>
        <source>&amp;Where is this used?</source>
        <translation>&amp;Gdzie to jest używane?</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="400"/>
        <source>Check &amp;now</source>
        <translation>Sprawdź &amp;teraz</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="401"/>
        <source>&amp;View</source>
        <translation>Wido&amp;k</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="403"/>
        <source>Map in the &amp;whole window</source>
        <translation>Mapa w &amp;całym oknie</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="405"/>
        <source>&amp;Next panel</source>
        <translation>&amp;Następny panel</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="406"/>
        <source>&amp;Previous panel</source>
        <translation>&amp;Poprzedni panel</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="407"/>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="408"/>
        <source>&amp;Test from here</source>
        <translation>&amp;Testuj od tego miejsca</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="410"/>
        <source>Play the scenario from the selected node, unsaved edits included</source>
        <translation>Zagraj scenariusz od zaznaczonego kroku, razem z niezapisanymi zmianami</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="414"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="416"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="418"/>
        <source>&amp;Outline</source>
        <translation>&amp;Struktura</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="419"/>
        <source>&amp;Findings</source>
        <translation>&amp;Uwagi</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="420"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analiza</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="421"/>
        <source>&amp;History</source>
        <translation>&amp;Historia zmian</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="422"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="423"/>
        <source>Opened</source>
        <translation>Otwarto</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="424"/>
        <source>Undo history</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="425"/>
        <source>Findings</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="426"/>
        <source>No scenario open</source>
        <translation>Nie otwarto scenariusza</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="428"/>
        <source>Open one of your scenarios or a shipped one, or create a new one from a template.</source>
        <translation>Otwórz jeden ze swoich scenariuszy albo scenariusz dołączony do programu lub utwórz nowy z szablonu.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="437"/>
        <source>This is a shipped scenario: it opens read-only. Save it as a copy to change it.</source>
        <translation>To scenariusz dołączony do programu: otwiera się tylko do odczytu. Aby go zmienić, zapisz jego kopię.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="472"/>
        <location filename="../editor/window.py" line="485"/>
        <location filename="../editor/window.py" line="496"/>
        <source>Cannot open the scenario</source>
        <translation>Nie można otworzyć scenariusza</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="473"/>
        <source>%1 cannot be opened.</source>
        <translation>Nie można otworzyć pliku %1.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="486"/>
        <source>%1 is not a readable scenario file.</source>
        <translation>Plik %1 nie jest czytelnym plikiem scenariusza.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="497"/>
        <source>%1 is not a scenario: the file must hold the scenario&apos;s fields (id, title, nodes…), and its nodes a map of node ids.</source>
        <translation>Plik %1 nie jest scenariuszem: musi zawierać pola scenariusza (id, title, nodes…), a jego kroki (nodes) – mapę identyfikatorów kroków.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="534"/>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="604"/>
        <source>new scenario</source>
        <translation>nowy scenariusz</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="756"/>
        <source>The check failed (report: %1)</source>
        <translation>Sprawdzanie nie powiodło się (raport: %1)</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="764"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="783"/>
        <source>Scenario editor</source>
        <translation>Edytor scenariuszy</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="792"/>
        <source> (read-only)</source>
        <translation> (tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="798"/>
        <source>● Unsaved changes</source>
        <translation>● Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="804"/>
        <source>not saved yet</source>
        <translation>jeszcze niezapisany</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="814"/>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>Błędy: %1, ostrzeżenia: %2</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="832"/>
        <source>Cannot save</source>
        <translation>Nie można zapisać</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="833"/>
        <source>%1 could not be saved; the changes are still open here.</source>
        <translation>Nie udało się zapisać pliku %1; zmiany są nadal otwarte w edytorze.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="844"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="860"/>
        <source>Unsaved work could not be kept for recovery: %1</source>
        <translation>Nie udało się zachować niezapisanej pracy do odzyskania: %1</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="909"/>
        <location filename="../editor/window.py" line="920"/>
        <source>Save as a copy</source>
        <translation>Zapisywanie kopii</translation>
    </message>
    <message>
        <location filename="../editor/window.py" line="961"/>
        <source>Published as version %1.</source>
        <translation>Opublikowano jako wersję %1.</translation>
    </message>
</context>
<context>
    <name>EnumField</name>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="145"/>
        <source>%1 (unknown)</source>
        <translation>%1 (nieznane)</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="147"/>
        <source>“%1” is not one of the allowed values.</source>
        <translation>„%1” nie jest jedną z dozwolonych wartości.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../editor/forms/base.py" line="126"/>
        <source>This scenario is read-only: save it as a copy to edit it.</source>
        <translation>Tego scenariusza nie można zmieniać: zapisz jego kopię, aby ją edytować.</translation>
    </message>
</context>
<context>
    <name>FormPane</name>
    <message>
        <location filename="../editor/forms/__init__.py" line="241"/>
        <source>Read-only: this scenario ships with the trainer. Everything is shown; to change it, save it as a copy.</source>
        <extracomment>A widget with this property set keeps the keyboard when a place is shown in the form.</extracomment>
        <translation>Tylko do odczytu: ten scenariusz jest częścią trenażera. Widać w nim wszystko; aby go zmienić, zapisz jego kopię.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../help.py" line="24"/>
        <source>Choose an answer; in a checklist, tick or untick an item</source>
        <translation>Wybór odpowiedzi; na liście kontrolnej zaznaczenie lub odznaczenie pozycji</translation>
    </message>
    <message>
        <location filename="../help.py" line="30"/>
        <source>Press the focused button; confirm, or go on to the next step</source>
        <translation>Naciśnięcie aktywnego przycisku; zatwierdzenie albo przejście do następnego kroku</translation>
    </message>
    <message>
        <location filename="../help.py" line="36"/>
        <source>Pause the scenario (nothing is lost) and go to the library; a timed decision first stops its clock</source>
        <translation>Przerwanie scenariusza (nic nie przepada) i powrót do biblioteki; przy decyzji na czas najpierw zatrzymanie zegara</translation>
    </message>
    <message>
        <location filename="../help.py" line="42"/>
        <source>Move between buttons and fields</source>
        <translation>Przechodzenie między przyciskami i polami</translation>
    </message>
    <message>
        <location filename="../help.py" line="44"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + podkreślona litera</translation>
    </message>
    <message>
        <location filename="../help.py" line="45"/>
        <source>Press that button, or open that menu</source>
        <translation>Naciśnięcie tego przycisku albo otwarcie tego menu</translation>
    </message>
    <message>
        <location filename="../help.py" line="47"/>
        <source>Search the scenario library</source>
        <translation>Wyszukiwanie w bibliotece scenariuszy</translation>
    </message>
    <message>
        <location filename="../help.py" line="49"/>
        <source>Enter on a scenario</source>
        <translation>Enter na scenariuszu</translation>
    </message>
    <message>
        <location filename="../help.py" line="50"/>
        <source>Start it in the chosen mode and language</source>
        <translation>Rozpoczęcie go w wybranym trybie i języku</translation>
    </message>
    <message>
        <location filename="../help.py" line="54"/>
        <source>Larger, smaller, normal text</source>
        <translation>Większy, mniejszy, domyślny tekst</translation>
    </message>
    <message>
        <location filename="../help.py" line="56"/>
        <source>This list</source>
        <translation>Ta lista</translation>
    </message>
    <message>
        <location filename="../help.py" line="63"/>
        <source>Open the scenario editor (instructors)</source>
        <translation>Otwarcie edytora scenariuszy (instruktorzy)</translation>
    </message>
    <message>
        <location filename="../help.py" line="74"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../help.py" line="98"/>
        <source>Practice in responding to hate crime and in working with local communities, for police officers. It works without a network.</source>
        <translation>Ćwiczenia z reagowania na przestępstwa z nienawiści i ze współpracy ze społecznościami lokalnymi dla funkcjonariuszy Policji. Działa bez dostępu do sieci.</translation>
    </message>
    <message>
        <location filename="../help.py" line="103"/>
        <source>Data folder (profiles, results, backups): %1</source>
        <translation>Folder danych (profile, wyniki, kopie zapasowe): %1</translation>
    </message>
    <message>
        <location filename="../help.py" line="104"/>
        <source>Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).</source>
        <translation>Zbudowano z użyciem Qt for Python (PySide6 %1) na licencji GNU LGPL w wersji 3. Tekst jest składany krojami DejaVu (wolna licencja: DejaVu-LICENSE.txt obok plików fontów).</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../history/page.py" line="253"/>
        <source>Competencies over time and per scenario</source>
        <translation>Kompetencje na przestrzeni czasu i w poszczególnych scenariuszach</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="254"/>
        <source>Export &amp;CSV</source>
        <translation>Eksportuj &amp;CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="255"/>
        <source>Export P&amp;DF</source>
        <translation>Eksportuj P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="256"/>
        <location filename="../history/page.py" line="257"/>
        <source>Search by scenario title</source>
        <translation>Szukaj według tytułu scenariusza</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="261"/>
        <source>All modes</source>
        <translation>Wszystkie tryby</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="262"/>
        <source>Practice</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="263"/>
        <source>Assessment</source>
        <translation>Sprawdzian</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="266"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="270"/>
        <source>All outcomes</source>
        <translation>Wszystkie rezultaty</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="276"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="277"/>
        <location filename="../history/page.py" line="283"/>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="278"/>
        <location filename="../history/page.py" line="280"/>
        <source>Competencies over time</source>
        <translation>Kompetencje na przestrzeni czasu</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="279"/>
        <source>Finish a scenario to see your competencies here.</source>
        <translation>Ukończ scenariusz, a tutaj pojawią się wyniki w poszczególnych kompetencjach.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="281"/>
        <location filename="../history/page.py" line="285"/>
        <source>Best and last per scenario</source>
        <translation>Najlepszy i ostatni wynik w każdym scenariuszu</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Best</source>
        <translation>Najlepszy</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="283"/>
        <source>Last</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="286"/>
        <location filename="../history/page.py" line="287"/>
        <source>Where to improve</source>
        <translation>Obszary do poprawy</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="288"/>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="289"/>
        <source>&amp;Replay the attempt</source>
        <translation>&amp;Odtwórz podejście</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="291"/>
        <location filename="../history/page.py" line="357"/>
        <source>History: %1</source>
        <translation>Historia wyników: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="394"/>
        <source>The charts cannot be shown: %1</source>
        <translation>Nie można wyświetlić wykresów: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="413"/>
        <source>History</source>
        <translation>Historia wyników</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="415"/>
        <source>This history cannot be shown: %1</source>
        <translation>Nie można wyświetlić tej historii wyników: %1</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="457"/>
        <source>Finish a scenario to see which competencies to work on.</source>
        <translation>Ukończ scenariusz, aby zobaczyć, nad którymi kompetencjami warto popracować.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="465"/>
        <source>not played yet</source>
        <translation>jeszcze nierozegrany</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="470"/>
        <source>average %1, last %2</source>
        <translation>średnio %1, ostatnio %2</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="480"/>
        <source>Scenarios that train it:</source>
        <translation>Scenariusze rozwijające tę kompetencję:</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="509"/>
        <source>%1 of %2 attempts match</source>
        <translation>Pasujące podejścia: %1 z %2</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="511"/>
        <source>%2 attempts</source>
        <translation>Podejścia: %2</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="560"/>
        <location filename="../history/page.py" line="564"/>
        <source>history</source>
        <comment>default file name of a history export</comment>
        <translation>historia</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="561"/>
        <source>Export CSV</source>
        <translation>Eksport CSV</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="565"/>
        <source>Export PDF</source>
        <translation>Eksport PDF</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="582"/>
        <source>The file could not be written.</source>
        <translation>Nie udało się zapisać pliku.</translation>
    </message>
    <message>
        <location filename="../history/page.py" line="95"/>
        <source>%1 (partly self-assessed)</source>
        <translation>%1 (częściowo z samooceny)</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <location filename="../editor/forms/id_field.py" line="25"/>
        <source>small letters a–z, digits and _, starting with a letter (at most 64 characters)</source>
        <extracomment>Renames ``old`` to ``new`` (one undo step); the reason it was refused, or None.</extracomment>
        <translation>małe litery a–z, cyfry i _, na początku litera (najwyżej 64 znaki)</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="29"/>
        <source>small letters a–z, digits, - and _, starting with a letter or digit (at most 64 characters)</source>
        <translation>małe litery a–z, cyfry, - i _, na początku litera lub cyfra (najwyżej 64 znaki)</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="107"/>
        <source>“%1” is not a valid id: %2</source>
        <translation>„%1” nie jest poprawnym identyfikatorem: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="112"/>
        <source>“%1” is a reserved word of conditions.</source>
        <translation>„%1” to słowo zastrzeżone w warunkach.</translation>
    </message>
    <message>
        <location filename="../editor/forms/id_field.py" line="114"/>
        <source>“%1” is already used.</source>
        <translation>„%1” jest już zajęty.</translation>
    </message>
</context>
<context>
    <name>IdleSignOut</name>
    <message>
        <location filename="../idle.py" line="263"/>
        <source>Nobody has used the trainer for a while: signing out in %1 s to keep your results private. Move the mouse or press a key to stay signed in.</source>
        <translation>Od dłuższego czasu nikt nie korzysta z trenażera: wylogowanie za %1 s, aby Twoje wyniki pozostały prywatne. Porusz myszą lub naciśnij klawisz, aby pozostać zalogowanym.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../editor/forms/image_field.py" line="37"/>
        <source>no picture</source>
        <translation>brak obrazu</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="39"/>
        <source>Choose picture…</source>
        <translation>Wybierz obraz…</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="41"/>
        <source>Remove picture</source>
        <translation>Usuń obraz</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="67"/>
        <source>The picture “%1” cannot be shown: it is missing or damaged.</source>
        <translation>Nie można wyświetlić obrazu „%1”: brakuje go albo jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="93"/>
        <source>Choose a picture</source>
        <translation>Wybierz obraz</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="95"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="105"/>
        <source>Save the scenario first: the picture is copied next to it.</source>
        <translation>Najpierw zapisz scenariusz: obraz zostanie skopiowany do jego folderu.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="116"/>
        <source>Could not copy “%1” into the scenario&apos;s media folder: %2</source>
        <translation>Nie udało się skopiować „%1” do folderu media scenariusza: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="126"/>
        <source>⚠ “%1” is %2 MB: pictures over 5 MB make the scenario slow to open.</source>
        <translation>⚠ „%1” ma %2 MB: obrazy większe niż 5 MB spowalniają otwieranie scenariusza.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="135"/>
        <source>“%1” is not a picture the trainer can show: use PNG, JPEG or WebP.</source>
        <translation>Trenażer nie wyświetli pliku „%1”: użyj obrazu PNG, JPEG albo WebP.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="139"/>
        <source>“%1” is too large (%2 MB): a picture may have at most 20 MB.</source>
        <translation>Plik „%1” jest za duży (%2 MB): obraz może mieć najwyżej 20 MB.</translation>
    </message>
    <message>
        <location filename="../editor/forms/image_field.py" line="144"/>
        <source>“%1” cannot be used: %2</source>
        <translation>Nie można użyć pliku „%1”: %2</translation>
    </message>
</context>
<context>
    <name>InstructorSetupDialog</name>
    <message>
        <location filename="../profiles/setup_dialog.py" line="44"/>
        <location filename="../profiles/setup_dialog.py" line="47"/>
        <source>Set up this laptop for an instructor</source>
        <translation>Przygotuj ten laptop dla osoby prowadzącej szkolenie</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="52"/>
        <source>The first instructor is set up once per laptop. An instructor unlocks profiles and sees everyone&apos;s results; other instructors can only be added by an instructor. Officers do not need this: they create their own profile.</source>
        <translation>Pierwszą osobę prowadzącą szkolenie ustawia się na laptopie jeden raz. Osoba prowadząca odblokowuje profile i widzi wyniki wszystkich; kolejne osoby prowadzące może dodać tylko osoba prowadząca. Funkcjonariusze tego nie potrzebują: sami tworzą swój profil.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="66"/>
        <source>Instructor&apos;s &amp;name</source>
        <translation>&amp;Imię i nazwisko osoby prowadzącej</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="68"/>
        <source>Password &amp;again</source>
        <translation>Hasło &amp;ponownie</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="88"/>
        <source>At least %1 characters. Keep it to yourself: officers use this laptop too.</source>
        <translation>Minimalna liczba znaków: %1. Zachowaj hasło dla siebie: z tego laptopa korzystają też funkcjonariusze.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="99"/>
        <source>Set up</source>
        <translation>Przygotuj</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="123"/>
        <source>Enter the instructor&apos;s name.</source>
        <translation>Wpisz imię i nazwisko osoby prowadzącej.</translation>
    </message>
    <message>
        <location filename="../profiles/setup_dialog.py" line="126"/>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>IntField</name>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="37"/>
        <source>set</source>
        <translation>ustaw</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="38"/>
        <source>%1: set</source>
        <translation>%1: ustaw</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="62"/>
        <source>Not a whole number: %1</source>
        <translation>To nie jest liczba całkowita: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/scalar_fields.py" line="65"/>
        <source>Out of range: %1 (allowed %2 to %3)</source>
        <translation>Poza zakresem: %1 (dozwolone od %2 do %3)</translation>
    </message>
</context>
<context>
    <name>ItemFrame</name>
    <message>
        <location filename="../editor/forms/list_section.py" line="76"/>
        <source>Up</source>
        <extracomment>Widgets that edit a value (what &quot;focus this entry&quot; focuses first). Builds an entry&apos;s fields into its frame: (frame, path of the entry, index).</extracomment>
        <translation>W górę</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="76"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="77"/>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="77"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="78"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="78"/>
        <source>Remove this entry</source>
        <translation>Usuń ten element</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../library/page.py" line="93"/>
        <source>● in progress</source>
        <translation>● w toku</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="97"/>
        <source>best %1 · last %2</source>
        <translation>najlepszy %1 · ostatni %2</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="184"/>
        <source>Unavailable: %1 error(s) in the scenario file</source>
        <translation>Niedostępny – liczba błędów w pliku scenariusza: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="205"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="211"/>
        <source>◷ timed</source>
        <translation>◷ z limitem czasu</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="213"/>
        <source>✓ official</source>
        <translation>✓ oficjalny</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="215"/>
        <source>⚠ unofficial</source>
        <translation>⚠ nieoficjalny</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="217"/>
        <source>✎ local</source>
        <translation>✎ lokalny</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="389"/>
        <source>Scenario library</source>
        <translation>Biblioteka scenariuszy</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="390"/>
        <source>Search by title, topic or tag…  (Ctrl+F)</source>
        <translation>Szukaj według tytułu, tematu lub słowa kluczowego…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="391"/>
        <source>Search scenarios</source>
        <translation>Wyszukiwanie scenariuszy</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="392"/>
        <source>Filter by tag</source>
        <translation>Filtruj według słowa kluczowego</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="393"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="394"/>
        <source>Mode:</source>
        <translation>Tryb:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="395"/>
        <source>&amp;Practice</source>
        <translation>Ćwi&amp;czenia</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="396"/>
        <source>&amp;Assessment</source>
        <translation>Spr&amp;awdzian</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="397"/>
        <source>Scenario &amp;language:</source>
        <translation>Język sce&amp;nariusza:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="398"/>
        <source>Scenario language</source>
        <translation>Język scenariusza</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="399"/>
        <source>Scenario summary</source>
        <translation>Opis scenariusza</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="400"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="401"/>
        <source>&amp;Resume where I stopped</source>
        <translation>W&amp;znów od miejsca przerwania</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="403"/>
        <source>&amp;Trainer overview</source>
        <translation>Przegląd &amp;grupy</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="476"/>
        <source>All topics</source>
        <translation>Wszystkie tematy</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="419"/>
        <source>Practice: you see feedback after every choice.</source>
        <translation>Tryb ćwiczeń: informacja zwrotna po każdej decyzji.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="402"/>
        <source>&amp;My history</source>
        <translation>Moja &amp;historia wyników</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="404"/>
        <source>&amp;Clear the search</source>
        <translation>W&amp;yczyść wyszukiwanie</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="422"/>
        <source>Assessment: no feedback until the debrief at the end, like a real call.</source>
        <translation>Tryb sprawdzianu: bez informacji zwrotnej aż do podsumowania na końcu – jak podczas prawdziwej interwencji.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="535"/>
        <source>No scenario matches “%1”.</source>
        <translation>Żaden scenariusz nie pasuje do „%1”.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="537"/>
        <source>No scenario has this topic.</source>
        <translation>Żaden scenariusz nie ma tego tematu.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="541"/>
        <source>Words are found in any form and without Polish letters (“synagoga” finds “synagogi”). Try another word, or clear the search to see every scenario.</source>
        <translation>Wyszukiwanie znajduje słowa w każdej odmianie i bez polskich znaków („synagoga” znajdzie „synagogi”). Spróbuj innego słowa albo wyczyść wyszukiwanie, aby zobaczyć wszystkie scenariusze.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="574"/>
        <source>This scenario cannot be played until its file is fixed:</source>
        <translation>Tego scenariusza nie można uruchomić, dopóki jego plik nie zostanie poprawiony:</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="585"/>
        <source>Duration: about %1 min</source>
        <translation>Czas trwania: około %1 min</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="586"/>
        <source>Languages: %1</source>
        <translation>Języki: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="587"/>
        <source>Timed decisions: a countdown runs at some steps</source>
        <translation>Decyzje na czas: w niektórych krokach odliczany jest czas</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="589"/>
        <source>No time limits</source>
        <translation>Bez limitu czasu</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="590"/>
        <source>Competencies: %1</source>
        <translation>Kompetencje: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="594"/>
        <source>Topics: %1</source>
        <translation>Tematy: %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="597"/>
        <source>Official: from a scenario pack signed by %1</source>
        <translation>Oficjalny: z paczki scenariuszy podpisanej przez %1</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="602"/>
        <source>Unofficial: from a scenario pack that no training centre trusted on this laptop has signed. Ask your instructor where it comes from.</source>
        <translation>Nieoficjalny: z paczki scenariuszy, której nie podpisał żaden ośrodek szkoleniowy zaufany na tym laptopie. Zapytaj prowadzącego, skąd pochodzi.</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="607"/>
        <source>Local: written on this laptop in the scenario editor</source>
        <translation>Lokalny: napisany na tym komputerze w edytorze scenariuszy</translation>
    </message>
    <message>
        <location filename="../library/page.py" line="611"/>
        <source>Your best: %1 · your last: %2</source>
        <translation>Twój najlepszy wynik: %1 · ostatni: %2</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <location filename="../editor/forms/list_section.py" line="161"/>
        <source>new id</source>
        <translation>nowy identyfikator</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="202"/>
        <source>“%1” is not a valid id: %2</source>
        <translation>„%1” nie jest poprawnym identyfikatorem: %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="209"/>
        <source>“%1” is a reserved word of conditions.</source>
        <translation>„%1” to słowo zastrzeżone w warunkach.</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="213"/>
        <source>“%1” is already used.</source>
        <translation>„%1” jest już zajęty.</translation>
    </message>
    <message>
        <location filename="../editor/forms/list_section.py" line="244"/>
        <source>At least one entry must stay here.</source>
        <translation>Musi tu zostać co najmniej jeden element.</translation>
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
        <translation>Trening scenariuszowy</translation>
    </message>
    <message>
        <location filename="../window.py" line="331"/>
        <source>&amp;View</source>
        <translation>Wido&amp;k</translation>
    </message>
    <message>
        <location filename="../window.py" line="332"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <location filename="../window.py" line="333"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <location filename="../window.py" line="334"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Domyślny rozmiar tekstu</translation>
    </message>
    <message>
        <location filename="../window.py" line="335"/>
        <source>La&amp;nguage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location filename="../window.py" line="336"/>
        <source>Pro&amp;file</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location filename="../window.py" line="337"/>
        <source>&amp;Switch profile (sign out)</source>
        <translation>&amp;Zmień profil (wyloguj się)</translation>
    </message>
    <message>
        <location filename="../window.py" line="338"/>
        <source>My &amp;history</source>
        <translation>Moja &amp;historia wyników</translation>
    </message>
    <message>
        <location filename="../window.py" line="339"/>
        <source>&amp;Trainer overview</source>
        <translation>&amp;Przegląd wyników dla prowadzącego</translation>
    </message>
    <message>
        <location filename="../window.py" line="340"/>
        <source>Scenario &amp;editor…</source>
        <translation>&amp;Edytor scenariuszy…</translation>
    </message>
    <message>
        <location filename="../window.py" line="341"/>
        <source>Scenario &amp;packs…</source>
        <translation>Pa&amp;czki scenariuszy…</translation>
    </message>
    <message>
        <location filename="../window.py" line="342"/>
        <source>&amp;Unlock a profile…</source>
        <translation>&amp;Odblokuj profil…</translation>
    </message>
    <message>
        <location filename="../window.py" line="343"/>
        <source>Sign-out after &amp;inactivity…</source>
        <translation>Wylogowanie po bezczy&amp;nności…</translation>
    </message>
    <message>
        <location filename="../window.py" line="344"/>
        <source>Form of &amp;address…</source>
        <translation>&amp;Forma zwracania się…</translation>
    </message>
    <message>
        <location filename="../window.py" line="345"/>
        <source>Set up this laptop for an &amp;instructor…</source>
        <translation>Przygotuj &amp;laptop dla osoby prowadzącej…</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../window.py" line="347"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../window.py" line="348"/>
        <source>&amp;About this app</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <location filename="../window.py" line="349"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../window.py" line="385"/>
        <source>About this app</source>
        <translation>O programie</translation>
    </message>
    <message>
        <location filename="../window.py" line="514"/>
        <source>Set up this laptop for an instructor</source>
        <translation>Przygotuj ten laptop dla osoby prowadzącej szkolenie</translation>
    </message>
    <message>
        <location filename="../window.py" line="516"/>
        <source>%1 is this laptop&apos;s instructor now: choose the profile and sign in with the password. Further instructors are added by an instructor.</source>
        <translation>%1 jest teraz osobą prowadzącą szkolenie na tym laptopie: wybierz ten profil i zaloguj się hasłem. Kolejne osoby prowadzące dodaje osoba prowadząca.</translation>
    </message>
    <message>
        <location filename="../window.py" line="619"/>
        <source>Unlock a profile</source>
        <translation>Odblokowanie profilu</translation>
    </message>
    <message>
        <location filename="../window.py" line="623"/>
        <source>No profile is locked.</source>
        <translation>Żaden profil nie jest zablokowany.</translation>
    </message>
    <message>
        <location filename="../window.py" line="627"/>
        <source>Locked profile:</source>
        <translation>Zablokowany profil:</translation>
    </message>
    <message>
        <location filename="../window.py" line="634"/>
        <source>Your password, %1:</source>
        <translation>Twoje hasło, %1:</translation>
    </message>
    <message>
        <location filename="../window.py" line="649"/>
        <source>%1 can sign in again.</source>
        <translation>%1 może znów się zalogować.</translation>
    </message>
    <message>
        <location filename="../window.py" line="698"/>
        <source>Export PDF</source>
        <translation>Eksport PDF</translation>
    </message>
    <message>
        <location filename="../window.py" line="701"/>
        <source>attempt</source>
        <comment>default file name of an attempt&apos;s PDF</comment>
        <translation>podejscie</translation>
    </message>
    <message>
        <location filename="../window.py" line="764"/>
        <source>Sign-out after inactivity</source>
        <translation>Wylogowanie po bezczynności</translation>
    </message>
    <message>
        <location filename="../window.py" line="765"/>
        <source>Minutes without activity before the officer is signed out (0: never):</source>
        <translation>Po ilu minutach bez aktywności wylogować funkcjonariusza (0: nigdy):</translation>
    </message>
    <message>
        <location filename="../window.py" line="891"/>
        <source>Something went wrong</source>
        <translation>Wystąpił problem</translation>
    </message>
    <message>
        <location filename="../window.py" line="901"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <location filename="../window.py" line="902"/>
        <source>The program hit an internal error. Your saved progress is safe.</source>
        <translation>W programie wystąpił błąd wewnętrzny. Zapisane postępy są bezpieczne.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>Too many wrong attempts: this profile is locked until %1. An instructor can unlock it.</source>
        <translation>Zbyt wiele błędnych prób: profil jest zablokowany do godz. %1. Może go odblokować osoba prowadząca szkolenie.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>This laptop already has an instructor. Further instructors are added by an instructor.</source>
        <translation>Ten laptop ma już osobę prowadzącą szkolenie. Kolejne osoby prowadzące dodaje osoba prowadząca.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Wrong PIN or password. Tries left before a lock: %1.</source>
        <translation>Nieprawidłowy PIN lub hasło. Pozostałe próby przed blokadą: %1.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>A PIN is made of digits only.</source>
        <translation>PIN może składać się wyłącznie z cyfr.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="50"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation>PIN jest za krótki (minimalna liczba cyfr: %1).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>A PIN cannot repeat one digit (like 000000).</source>
        <translation>PIN nie może składać się z jednej powtórzonej cyfry (np. 000000).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>A PIN cannot repeat a short group of digits (like 121212).</source>
        <translation>PIN nie może powtarzać krótkiej grupy cyfr (jak 121212).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>A PIN cannot be a run of digits (like 123456).</source>
        <translation>PIN nie może być ciągiem kolejnych cyfr (np. 123456).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>An instructor&apos;s password needs at least %1 characters.</source>
        <translation>Hasło osoby prowadzącej szkolenie jest za krótkie (minimalna liczba znaków: %1).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>The password uses too few different characters.</source>
        <translation>Hasło zawiera zbyt mało różnych znaków.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="71"/>
        <source>This scenario&apos;s file changed since the library was shown and cannot be played now. The library shows it as it is.</source>
        <translation>Plik tego scenariusza zmienił się od chwili wyświetlenia biblioteki i nie można go teraz rozegrać. Biblioteka pokazuje jego aktualny stan.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>The backup could not be written (the disk may be full). Your progress is safe and unchanged.</source>
        <translation>Nie udało się zapisać kopii zapasowej (dysk może być pełny). Postępy są bezpieczne i nie zostały zmienione.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="83"/>
        <source>The disk is full: your last answer is not saved. Free some space and try again; nothing saved before is lost.</source>
        <translation>Dysk jest pełny: ostatnia odpowiedź nie została zapisana. Zwolnij miejsce na dysku i spróbuj ponownie; wcześniej zapisane dane nie zostały utracone.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="89"/>
        <source>The disk reported an error while saving: your last answer is not saved. Nothing saved before is lost.</source>
        <translation>Podczas zapisu wystąpił błąd dysku: ostatnia odpowiedź nie została zapisana. Wcześniej zapisane dane nie zostały utracone.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>The progress database is busy. Try again in a moment.</source>
        <translation>Baza danych z postępami jest zajęta. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="99"/>
        <source>The program is already open on this computer. Close the other window first.</source>
        <translation>Program jest już uruchomiony na tym komputerze. Najpierw zamknij drugie okno.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>a network drive</source>
        <translation>dysku sieciowym</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>a folder synced to the cloud</source>
        <translation>folderze synchronizowanym z chmurą</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>a removable drive (USB)</source>
        <translation>nośniku wymiennym (USB)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>The data folder %1 is on %2. Progress is saved only on this computer&apos;s own disk, where no answer can be lost: ask your instructor to choose a folder on this computer.</source>
        <translation>Folder danych %1 znajduje się na %2. Postępy są zapisywane tylko na własnym dysku tego komputera, gdzie żadna odpowiedź nie może zginąć: poproś instruktora o wybranie folderu na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>A profile name cannot contain control characters (here %1). Type the name with letters, digits, spaces and punctuation only.</source>
        <translation>Nazwa profilu nie może zawierać znaków sterujących (tu %1). Wpisz nazwę literami, cyframi, spacjami i znakami interpunkcyjnymi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>A profile name cannot contain invisible or text-direction characters (here %1), so that no two names look alike. Type the name again instead of pasting it.</source>
        <translation>Nazwa profilu nie może zawierać znaków niewidocznych ani zmieniających kierunek tekstu (tu %1), aby żadne dwie nazwy nie wyglądały tak samo. Wpisz nazwę ponownie zamiast ją wklejać.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>A profile with this name already exists (%1). Names that differ only in capital letters, letter width or spaces are the same name.</source>
        <translation>Profil o tej nazwie już istnieje (%1). Nazwy różniące się tylko wielkością liter, szerokością znaków lub spacjami są tą samą nazwą.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>A profile name needs 1 to %1 characters.</source>
        <translation>Nazwa profilu musi mieć od 1 do %1 znaków.</translation>
    </message>
</context>
<context>
    <name>ModesField</name>
    <message>
        <location filename="../editor/forms/metadata.py" line="112"/>
        <source>Practice</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="112"/>
        <source>Assessment</source>
        <translation>Sprawdzian</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="142"/>
        <source>A scenario is played in at least one mode.</source>
        <translation>Scenariusz musi mieć co najmniej jeden tryb.</translation>
    </message>
</context>
<context>
    <name>NextField</name>
    <message>
        <location filename="../editor/forms/routes.py" line="27"/>
        <source>Go to one node</source>
        <translation>Przejdź do jednego kroku</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="28"/>
        <source>Routes by condition</source>
        <translation>Drogi zależne od warunków</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="29"/>
        <source>%1: kind</source>
        <translation>%1: rodzaj</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="30"/>
        <source>A node id, or routes tried from the top</source>
        <translation>Identyfikator kroku albo drogi sprawdzane od góry</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="45"/>
        <source>Routes</source>
        <translation>Drogi</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="49"/>
        <source>Add route</source>
        <translation>Dodaj drogę</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="56"/>
        <source>Node</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="56"/>
        <location filename="../editor/forms/routes.py" line="112"/>
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="64"/>
        <source>Unknown node “%1”.</source>
        <translation>Nieznany krok „%1”.</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="66"/>
        <source>Say where the story goes next.</source>
        <translation>Wskaż, dokąd prowadzi historia.</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="99"/>
        <source>Route %1: otherwise</source>
        <translation>Droga %1: w pozostałych przypadkach</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="100"/>
        <source>Route %1</source>
        <translation>Droga %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="105"/>
        <source>If</source>
        <translation>Gdy</translation>
    </message>
    <message>
        <location filename="../editor/forms/routes.py" line="110"/>
        <source>Go to</source>
        <translation>Przejdź do</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <location filename="../words.py" line="102"/>
        <source>Scene</source>
        <translation>Scena</translation>
    </message>
    <message>
        <location filename="../words.py" line="103"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../words.py" line="104"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location filename="../words.py" line="106"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../words.py" line="105"/>
        <source>Report</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>OptionalCondition</name>
    <message>
        <location filename="../editor/forms/choices.py" line="39"/>
        <source>Remove condition</source>
        <translation>Usuń warunek</translation>
    </message>
    <message>
        <location filename="../editor/forms/choices.py" line="41"/>
        <source>Offer only if… (add a condition)</source>
        <translation>Pokazuj tylko, gdy… (dodaj warunek)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../words.py" line="43"/>
        <source>Success</source>
        <translation>Powodzenie</translation>
    </message>
    <message>
        <location filename="../words.py" line="44"/>
        <source>Partial success</source>
        <translation>Częściowe powodzenie</translation>
    </message>
    <message>
        <location filename="../words.py" line="45"/>
        <source>Failure</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../words.py" line="78"/>
        <source>Ending: %1 (success)</source>
        <translation>Zakończenie: %1 (powodzenie)</translation>
    </message>
    <message>
        <location filename="../words.py" line="79"/>
        <source>Ending: %1 (partial success)</source>
        <translation>Zakończenie: %1 (częściowe powodzenie)</translation>
    </message>
    <message>
        <location filename="../words.py" line="80"/>
        <source>Ending: %1 (failure)</source>
        <translation>Zakończenie: %1 (niepowodzenie)</translation>
    </message>
    <message>
        <location filename="../words.py" line="92"/>
        <source>The ending is where your decisions led the story; the score counts the points each decision earned.</source>
        <translation>Zakończenie mówi, dokąd Twoje decyzje doprowadziły historię; wynik liczy punkty zdobyte za każdą decyzję.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="128"/>
        <location filename="../words.py" line="87"/>
        <source>Score: %1</source>
        <translation>Wynik: %1</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../player/page.py" line="332"/>
        <source>This step of the scenario</source>
        <extracomment>The largest a node&apos;s picture is drawn (width, height); larger ones are scaled down. How long after the last key the note being written is kept (a crash loses at most this). Qt&apos;s widgets take 32-bit ints; a progress bar in milliseconds holds 24.8 days.</extracomment>
        <translation>Ten krok scenariusza</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="333"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="334"/>
        <source>What happens</source>
        <translation>Przebieg zdarzenia</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="335"/>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="336"/>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="337"/>
        <source>How far the scenario has gone</source>
        <translation>Postęp w scenariuszu</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="339"/>
        <source>Your progress is saved after every step; resume it later from the library.</source>
        <translation>Postęp jest zapisywany po każdym kroku; scenariusz można później wznowić z biblioteki.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="341"/>
        <source>Paused</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="342"/>
        <source>Back to the library</source>
        <translation>Wróć do biblioteki</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="343"/>
        <source>Resume  ⏎</source>
        <translation>Wznów  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="540"/>
        <source>Press an item&apos;s number or click it to tick it, then confirm.</source>
        <translation>Naciśnij cyfrę pozycji albo kliknij ją, aby ją zaznaczyć, a potem zatwierdź.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="719"/>
        <source>The clock is stopped: %1 s left for this decision. It runs again only when you resume. Your progress is saved.</source>
        <translation>Zegar jest zatrzymany: na tę decyzję zostało %1 s. Ruszy dopiero po wznowieniu. Postęp jest zapisany.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="396"/>
        <source>Practice</source>
        <translation>Tryb ćwiczeń</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="396"/>
        <source>Assessment</source>
        <translation>Tryb sprawdzianu</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="444"/>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="446"/>
        <source>Steps left to the end: about %1</source>
        <translation>Pozostało kroków do końca: około %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="451"/>
        <source>Stage: %1</source>
        <translation>Etap: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="463"/>
        <source>Knowledge card: %1</source>
        <translation>Karta wiedzy: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="471"/>
        <source>Continue  ⏎</source>
        <translation>Dalej  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="479"/>
        <source>See the debrief  ⏎</source>
        <translation>Przejdź do podsumowania  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="514"/>
        <source>What do you do? Press a number or click a choice.</source>
        <translation>Co robisz? Naciśnij klawisz z cyfrą albo kliknij odpowiedź.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="560"/>
        <location filename="../player/page.py" line="592"/>
        <location filename="../player/page.py" line="812"/>
        <source>Confirm  ⏎</source>
        <translation>Zatwierdź  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="696"/>
        <location filename="../player/page.py" line="716"/>
        <source>◷ %1 s left</source>
        <translation>◷ pozostało %1 s</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="890"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="892"/>
        <source>Your last answer could not be saved, so it was not applied.</source>
        <translation>Nie udało się zapisać ostatniej odpowiedzi, dlatego nie została uwzględniona.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="896"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="897"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="940"/>
        <source>(no feedback for this choice)</source>
        <translation>(brak informacji zwrotnej do tej odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="936"/>
        <source>Time ran out before you decided.</source>
        <translation>Czas minął przed podjęciem decyzji.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="962"/>
        <source>Points: %1</source>
        <translation>Punkty: %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="964"/>
        <source>No points for this step.</source>
        <translation>Brak punktów za ten krok.</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="967"/>
        <location filename="../player/page.py" line="1014"/>
        <source>Next  ⏎</source>
        <translation>Dalej  ⏎</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="569"/>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="596"/>
        <source>Submit the note (Ctrl+Enter)</source>
        <translation>Wyślij notatkę (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="985"/>
        <source>Self-assessed: %1 of %2 items in your note</source>
        <translation>Samoocena: w Twojej notatce %1 z %2 elementów</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="1009"/>
        <source>Points (self-assessed): %1</source>
        <translation>Punkty (samoocena): %1</translation>
    </message>
    <message>
        <location filename="../player/page.py" line="1011"/>
        <source>No points for this step (self-assessed).</source>
        <translation>Brak punktów za ten krok (samoocena).</translation>
    </message>
</context>
<context>
    <name>PointsField</name>
    <message>
        <location filename="../editor/forms/points_field.py" line="63"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="64"/>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="75"/>
        <location filename="../editor/forms/points_field.py" line="80"/>
        <source>%1: add</source>
        <translation>%1: dodaj</translation>
    </message>
    <message>
        <location filename="../editor/forms/points_field.py" line="79"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../profiles/page.py" line="193"/>
        <source>Case-scenario trainer</source>
        <extracomment>The width, in characters, a name or PIN field keeps beside its caption.</extracomment>
        <translation>Trening scenariuszowy</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="197"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Choose your profile to continue, or create a new one. A pseudonym is fine.</source>
        <translation>Ćwicz rzeczywiste interwencje: przestępstwa z nienawiści, potrzeby osób pokrzywdzonych, społeczności i prawo. Aby kontynuować, wybierz swój profil albo utwórz nowy. Można użyć pseudonimu.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="205"/>
        <source>Practise real interventions: hate crime, victims&apos; needs, communities and the law. Create your profile to begin: type a name or pseudonym under “New profile”, add a PIN if you want one, and press “Create profile”.</source>
        <translation>Ćwicz rzeczywiste interwencje: przestępstwa z nienawiści, potrzeby osób pokrzywdzonych, społeczności i prawo. Utwórz swój profil, aby zacząć: wpisz imię lub pseudonim w części „Nowy profil”, jeśli chcesz, dodaj PIN, i naciśnij „Utwórz profil”.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="211"/>
        <source>No profiles on this computer yet. Create yours under “New profile”.</source>
        <translation>Na tym komputerze nie ma jeszcze profili. Utwórz swój w części „Nowy profil”.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="213"/>
        <source>Who is training?</source>
        <translation>Kto ćwiczy?</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="214"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="215"/>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="217"/>
        <source>&amp;PIN (optional)</source>
        <translation>PI&amp;N (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="216"/>
        <source>N&amp;ame or pseudonym</source>
        <translation>&amp;Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="220"/>
        <source>A PIN keeps others on this laptop out of your results. It needs at least 6 digits, and cannot be one digit repeated (111111), a run (123456, 987654) or a short group repeated (121212). After 5 wrong tries the profile locks for a while.</source>
        <translation>PIN chroni Twoje wyniki przed innymi użytkownikami tego komputera. Musi mieć co najmniej 6 cyfr i nie może być jedną powtórzoną cyfrą (111111), ciągiem kolejnych cyfr (123456, 987654) ani powtórzoną krótką grupą (121212). Po 5 błędnych próbach profil zostaje czasowo zablokowany.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="229"/>
        <source>Create profile</source>
        <translation>Utwórz profil</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="230"/>
        <source>&amp;Language:</source>
        <translation>Ję&amp;zyk:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="231"/>
        <source>Language of the program</source>
        <translation>Język programu</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="232"/>
        <source>Name or pseudonym</source>
        <translation>Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="233"/>
        <source>PIN (optional)</source>
        <translation>PIN (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="239"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="243"/>
        <source>The previous user was signed out after %1 min without activity. Their answers are saved: they can sign in and go on where they were.</source>
        <translation>Poprzednia osoba została wylogowana po %1 min bez aktywności. Jej odpowiedzi są zapisane: po zalogowaniu może kontynuować od miejsca, w którym przerwała.</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="269"/>
        <source>password</source>
        <translation>hasło</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="305"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="308"/>
        <source>PIN or password for %1:</source>
        <translation>PIN lub hasło do profilu %1:</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="327"/>
        <source>Cannot sign in</source>
        <translation>Nie można się zalogować</translation>
    </message>
    <message>
        <location filename="../profiles/page.py" line="349"/>
        <source>Cannot create the profile</source>
        <translation>Nie można utworzyć profilu</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../qt_words.py" line="23"/>
        <source>Previous Month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="24"/>
        <source>Next Month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="25"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_words.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="16"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="17"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="18"/>
        <source>Save As</source>
        <translation>Zapisz jako</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_words.py" line="19"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="20"/>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="21"/>
        <source>Don&apos;t Save</source>
        <translation>Nie zapisuj</translation>
    </message>
    <message>
        <location filename="../qt_words.py" line="22"/>
        <source>Close without Saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../words.py" line="27"/>
        <source>Best choice</source>
        <translation>Najlepsza decyzja</translation>
    </message>
    <message>
        <location filename="../words.py" line="28"/>
        <source>Good choice</source>
        <translation>Dobra decyzja</translation>
    </message>
    <message>
        <location filename="../words.py" line="29"/>
        <source>Poor choice</source>
        <translation>Słaba decyzja</translation>
    </message>
    <message>
        <location filename="../words.py" line="30"/>
        <source>Harmful choice</source>
        <translation>Szkodliwa decyzja</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../recovery.py" line="42"/>
        <location filename="../recovery.py" line="55"/>
        <location filename="../recovery.py" line="63"/>
        <source>Case-scenario trainer</source>
        <translation>Trening scenariuszowy</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="73"/>
        <source>Progress database damaged</source>
        <translation>Uszkodzona baza postępów</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="77"/>
        <source>The file with your progress failed its check and was moved aside, unchanged:</source>
        <translation>Plik z postępami nie przeszedł kontroli i został przeniesiony w bezpieczne miejsce, bez zmian:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="85"/>
        <source>The file with your progress is missing, although the data folder holds backups of it.</source>
        <translation>Brakuje pliku z Twoimi postępami, choć w folderze danych są jego kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="94"/>
        <source>The newest good backup is:</source>
        <translation>Najnowsza sprawna kopia zapasowa:</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="101"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="105"/>
        <source>Start &amp;empty</source>
        <translation>Zacznij od &amp;nowa</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="128"/>
        <source>This computer&apos;s clock is behind the newest time stored in the progress database (%1), so its date cannot be trusted.</source>
        <translation>Zegar tego komputera wskazuje czas wcześniejszy niż najnowszy zapisany w bazie postępów (%1), więc jego dacie nie można ufać.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="135"/>
        <source>It would delete %1 of the %2 stored attempts at once (more than half), which usually means the clock is wrong.</source>
        <translation>Usunęłoby to naraz %1 z %2 zapisanych podejść (ponad połowę), co zwykle oznacza, że zegar jest źle ustawiony.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="146"/>
        <source>Old attempts were not deleted</source>
        <translation>Stare podejścia nie zostały usunięte</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="150"/>
        <source>The deletion of attempts past the retention period was held back; nothing was deleted.</source>
        <translation>Usuwanie podejść starszych niż okres przechowywania wstrzymano; niczego nie usunięto.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="156"/>
        <source>Check the date and time of this computer. An instructor can run the deletion anyway from the command line: trainer db retention --apply-now --by NAME</source>
        <translation>Sprawdź datę i godzinę tego komputera. Instruktor może mimo to uruchomić usuwanie z wiersza poleceń: trainer db retention --apply-now --by NAZWISKO</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../history/replay_page.py" line="55"/>
        <source>Your choice</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="56"/>
        <source>(time ran out)</source>
        <translation>(czas minął)</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="57"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="58"/>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="59"/>
        <source>Other options</source>
        <translation>Inne warianty</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="60"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="61"/>
        <source>Time taken: %1 s</source>
        <translation>Czas decyzji: %1 s</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="62"/>
        <source>Card opened</source>
        <translation>Otwarta karta wiedzy</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="64"/>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="129"/>
        <source>&amp;Back to the history</source>
        <translation>Powrót do &amp;historii wyników</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="130"/>
        <source>Export P&amp;DF</source>
        <translation>Eksportuj P&amp;DF</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="131"/>
        <source>The attempt, step by step</source>
        <translation>Przebieg podejścia krok po kroku</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="132"/>
        <source>The attempt as it was shown</source>
        <translation>Podejście w takiej postaci, w jakiej było pokazane</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="152"/>
        <source>Assessment</source>
        <translation>Tryb sprawdzianu</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="152"/>
        <source>Practice</source>
        <translation>Tryb ćwiczeń</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="154"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="293"/>
        <source>The ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="300"/>
        <source>Not finished: the attempt stopped here</source>
        <translation>Nie ukończono: podejście zostało tutaj przerwane</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="315"/>
        <source>Lessons</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="318"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="296"/>
        <source>Abandoned here: the scenario was started over</source>
        <translation>Porzucone w tym miejscu: scenariusz rozpoczęto od nowa</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="63"/>
        <source>Model note</source>
        <translation>Wzór notatki</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="65"/>
        <source>Points (self-assessed)</source>
        <translation>Punkty (samoocena)</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="68"/>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="69"/>
        <source>as written, under the steps</source>
        <translation>w oryginalnym brzmieniu, pod krokami</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="133"/>
        <source>Notes, as written</source>
        <translation>Notatki w oryginalnym brzmieniu</translation>
    </message>
    <message>
        <location filename="../history/replay_page.py" line="326"/>
        <source>of which %1 self-assessed</source>
        <translation>w tym %1 z samooceny</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../player/report_panel.py" line="83"/>
        <source>In your note:</source>
        <translation>Jest w Twojej notatce:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="85"/>
        <source>Not in your note:</source>
        <translation>Brak w Twojej notatce:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="96"/>
        <source>(the note is empty)</source>
        <translation>(notatka jest pusta)</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="224"/>
        <location filename="../player/report_panel.py" line="225"/>
        <source>Model note</source>
        <translation>Wzór notatki</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="226"/>
        <source>My note contains:</source>
        <translation>Moja notatka zawiera:</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="229"/>
        <source>Compare your note with the model and tick what yours contains (a number key ticks an item). This is a self-assessment: the points are the items you tick.</source>
        <translation>Porównaj swoją notatkę ze wzorem i zaznacz, co zawiera (klawisz z numerem zaznacza element). To samoocena: punkty to zaznaczone elementy.</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="250"/>
        <source>The note is too long: %1 characters, at most %2 are kept. Shorten it to submit.</source>
        <translation>Notatka jest za długa: %1 znaków, a zapisuje się najwyżej %2. Skróć ją, aby wysłać.</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="261"/>
        <source>%1 more to submit</source>
        <translation>jeszcze %1, aby wysłać</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../reports/wording.py" line="143"/>
        <source>All dates</source>
        <extracomment>The locale of the report being written (numbers and dates), innermost last.</extracomment>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location filename="../reports/layout.py" line="134"/>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="77"/>
        <source>version %1</source>
        <extracomment>A note&apos;s paragraphs are drawn a piece at a time, each short enough for one page.</extracomment>
        <translation>wersja %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="86"/>
        <source>Debrief of an attempt</source>
        <translation>Podsumowanie podejścia</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="95"/>
        <location filename="../reports/history_pdf.py" line="173"/>
        <source>Assessment</source>
        <translation>Sprawdzian</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="97"/>
        <location filename="../reports/history_pdf.py" line="175"/>
        <source>Practice</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="100"/>
        <source>Officer</source>
        <translation>Osoba szkolona</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="101"/>
        <location filename="../reports/history_pdf.py" line="161"/>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="102"/>
        <source>Language played</source>
        <translation>Język scenariusza</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="103"/>
        <location filename="../reports/history_pdf.py" line="159"/>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="105"/>
        <location filename="../reports/history_pdf.py" line="121"/>
        <location filename="../reports/overview_pdf.py" line="74"/>
        <source>Finished</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="113"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="126"/>
        <source>The attempt was not finished.</source>
        <translation>Podejście nie zostało ukończone.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="135"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="138"/>
        <location filename="../reports/history_pdf.py" line="54"/>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="138"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="151"/>
        <source>Answers step by step</source>
        <translation>Odpowiedzi krok po kroku</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="159"/>
        <source>The time ran out.</source>
        <translation>Czas minął.</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="164"/>
        <source>Answer: %1</source>
        <translation>Odpowiedź: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="169"/>
        <source>%1 points</source>
        <translation>%1 pkt</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="173"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="185"/>
        <source>right %1, wrong %2, missed %3</source>
        <translation>poprawnie: %1, błędnie: %2, pominięto: %3</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="194"/>
        <source>Feedback: %1</source>
        <translation>Informacja zwrotna: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="207"/>
        <source>Best answer here: %1</source>
        <translation>Najlepsza decyzja w tym miejscu: %1</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="216"/>
        <source>Cards opened: %1</source>
        <translation>Otwarte karty wiedzy: %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="48"/>
        <source>No finished attempts yet.</source>
        <translation>Brak ukończonych podejść.</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="55"/>
        <location filename="../reports/overview_pdf.py" line="77"/>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="56"/>
        <location filename="../reports/history_pdf.py" line="123"/>
        <source>Last</source>
        <translation>Ostatni</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="57"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="96"/>
        <source>History</source>
        <translation>Historia wyników</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="99"/>
        <source>History of results</source>
        <translation>Historia wyników</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="102"/>
        <source>Period: %1 · made %2</source>
        <translation>Okres: %1 · sporządzono %2</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="109"/>
        <source>Attempts: %1</source>
        <translation>Podejścia: %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="115"/>
        <source>Best and last per scenario</source>
        <translation>Najlepszy i ostatni wynik w każdym scenariuszu</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="119"/>
        <location filename="../reports/history_pdf.py" line="160"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="120"/>
        <location filename="../reports/history_pdf.py" line="153"/>
        <location filename="../reports/overview_pdf.py" line="73"/>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="122"/>
        <source>Best</source>
        <translation>Najlepszy</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="143"/>
        <source>Where to improve</source>
        <translation>Obszary do poprawy</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="83"/>
        <source>trained in %1</source>
        <translation>rozwijana w scenariuszach: %1</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="149"/>
        <source>Competencies over time</source>
        <translation>Kompetencje na przestrzeni czasu</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="56"/>
        <location filename="../reports/overview_pdf.py" line="59"/>
        <source>Trainer overview</source>
        <translation>Przegląd wyników dla prowadzącego</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="61"/>
        <source>Period: %1 · attempts: %2</source>
        <translation>Okres: %1 · podejścia: %2</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="68"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="72"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="122"/>
        <source>The time ran out</source>
        <translation>Czas minął</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="138"/>
        <source>Most often missed</source>
        <translation>Najczęściej pomijane</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="144"/>
        <source>Most often ticked wrongly</source>
        <translation>Najczęściej błędnie zaznaczane</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="155"/>
        <source>Endings reached</source>
        <translation>Osiągnięte zakończenia</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="167"/>
        <source>Average per competency</source>
        <translation>Średnia według kompetencji</translation>
    </message>
    <message>
        <location filename="../reports/wording.py" line="152"/>
        <source>abandoned</source>
        <translation>porzucone</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="122"/>
        <source>The attempt was abandoned (started over).</source>
        <translation>Podejście porzucono (scenariusz rozpoczęto od nowa).</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="162"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../reports/history_pdf.py" line="163"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="75"/>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="76"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="101"/>
        <source>attempts %1, finished %2, abandoned %4, in progress %5, average %3</source>
        <translation>podejścia: %1, ukończone: %2, porzucone: %4, w toku: %5, średnia: %3</translation>
    </message>
    <message>
        <location filename="../reports/wording.py" line="153"/>
        <source>in progress</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="168"/>
        <source>self-assessed</source>
        <translation>samoocena</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="179"/>
        <source>in the note: %1 of %2 items</source>
        <translation>w notatce: %1 z %2 elementów</translation>
    </message>
    <message>
        <location filename="../reports/attempt_pdf.py" line="201"/>
        <source>The note as written:</source>
        <translation>Notatka w oryginalnym brzmieniu:</translation>
    </message>
    <message>
        <location filename="../reports/overview_pdf.py" line="150"/>
        <source>Most often missing from the notes (self-assessed)</source>
        <translation>Najczęściej brakujące w notatkach (samoocena)</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../resume_dialog.py" line="45"/>
        <source>Steps taken so far: %1.</source>
        <translation>Dotychczasowa liczba kroków: %1.</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="71"/>
        <source>Unfinished scenario</source>
        <translation>Nieukończony scenariusz</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="61"/>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="80"/>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="94"/>
        <source>Scenario in progress</source>
        <translation>Scenariusz w toku</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="95"/>
        <source>You have an attempt of “%1” in progress. Resume it, or start over?</source>
        <translation>Masz rozpoczęte podejście do scenariusza „%1”. Wznowić je czy zacząć od nowa?</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="102"/>
        <source>Starting over records that attempt as abandoned: it stays in your history, without a result.</source>
        <translation>Rozpoczęcie od nowa zapisze tamto podejście jako porzucone: zostanie w historii, bez wyniku.</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="109"/>
        <source>&amp;Abandon and start over</source>
        <translation>&amp;Porzuć i zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="113"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <location filename="../resume_dialog.py" line="72"/>
        <source>You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?</source>
        <translation>Scenariusz „%1” nie został ukończony (dotychczasowa liczba kroków: %2). Wznowić go teraz?</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <location filename="../saved_notice.py" line="21"/>
        <source>Saved as:
%1</source>
        <translation>Zapisano jako:
%1</translation>
    </message>
    <message>
        <location filename="../saved_notice.py" line="29"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
</context>
<context>
    <name>ScenarioPacks</name>
    <message>
        <location filename="../packs/dialog.py" line="59"/>
        <source>Comes with the app</source>
        <translation>Dołączony do aplikacji</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="61"/>
        <source>Official: signed by %1</source>
        <translation>Oficjalny: podpisany przez %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="65"/>
        <source>Unofficial: not signed by a trusted centre</source>
        <translation>Nieoficjalny: bez podpisu zaufanego ośrodka</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="68"/>
        <source>Written on this laptop</source>
        <translation>Napisany na tym laptopie</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="93"/>
        <source>Scenario packs</source>
        <translation>Paczki scenariuszy</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="99"/>
        <source>A scenario pack carries scenarios between laptops, on a USB stick for example. Import installs a pack&apos;s scenarios here after checking every file in it; Export makes a pack of the scenarios you tick.</source>
        <translation>Paczka scenariuszy przenosi scenariusze między laptopami, na przykład na pendrivie. Import instaluje tu scenariusze z paczki po sprawdzeniu każdego pliku w niej; Eksport tworzy paczkę z zaznaczonych scenariuszy.</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="113"/>
        <location filename="../packs/preview.py" line="92"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="114"/>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="115"/>
        <location filename="../packs/preview.py" line="93"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="116"/>
        <source>Where it comes from</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="132"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importuj paczkę…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="136"/>
        <source>&amp;Export the ticked…</source>
        <translation>&amp;Eksportuj zaznaczone…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="141"/>
        <location filename="../packs/preview.py" line="179"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="178"/>
        <source>Reading the library…</source>
        <translation>Wczytywanie biblioteki…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="223"/>
        <source>The library could not be read: %1</source>
        <translation>Nie udało się wczytać biblioteki: %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="280"/>
        <source>Export a scenario pack</source>
        <translation>Eksport paczki scenariuszy</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="282"/>
        <location filename="../packs/dialog.py" line="323"/>
        <source>Scenario packs (*.zip)</source>
        <translation>Paczki scenariuszy (*.zip)</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="292"/>
        <source>Making the pack…</source>
        <translation>Tworzenie paczki…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="297"/>
        <source>Saved %1 (scenarios: %2).</source>
        <translation>Zapisano %1 (scenariusze: %2).</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="309"/>
        <source>The pack could not be written: %1</source>
        <translation>Nie udało się zapisać paczki: %1</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="321"/>
        <source>Import a scenario pack</source>
        <translation>Import paczki scenariuszy</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="331"/>
        <source>Checking the pack…</source>
        <translation>Sprawdzanie paczki…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="352"/>
        <source>Installing…</source>
        <translation>Instalowanie…</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="369"/>
        <source>%1 changed after it was checked and is no longer signed by a trusted centre. Nothing was installed: import it again.</source>
        <translation>Plik %1 zmienił się po sprawdzeniu i nie jest już podpisany przez zaufany ośrodek. Niczego nie zainstalowano: zaimportuj paczkę jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../packs/dialog.py" line="379"/>
        <source>%1 could not be imported: %2. Nothing was installed.</source>
        <translation>Nie udało się zaimportować %1: %2. Niczego nie zainstalowano.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="50"/>
        <source>Official pack, signed by %1</source>
        <translation>Oficjalna paczka, podpisana przez %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="53"/>
        <source>The signature matches the pack&apos;s contents and the key is one this laptop trusts (fingerprint %1).</source>
        <translation>Podpis zgadza się z zawartością paczki, a klucz należy do zaufanych na tym laptopie (odcisk %1).</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="61"/>
        <source>Signed by a key this laptop does not trust</source>
        <translation>Podpisana kluczem, któremu ten laptop nie ufa</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="64"/>
        <source>It says it comes from %1 (fingerprint %2), but that key is not installed here, so anyone could have made it. Its scenarios would be unofficial.</source>
        <translation>Podaje, że pochodzi od: %1 (odcisk %2), ale tego klucza tu nie zainstalowano, więc mógł ją przygotować ktokolwiek. Jej scenariusze byłyby nieoficjalne.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="73"/>
        <source>Unsigned pack</source>
        <translation>Paczka bez podpisu</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="74"/>
        <source>Nothing shows who made it: a pack on a stick can come from anyone. Its scenarios would be unofficial.</source>
        <translation>Nic nie wskazuje, kto ją przygotował: paczka na pendrivie może pochodzić od kogokolwiek. Jej scenariusze byłyby nieoficjalne.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="94"/>
        <source>What happens</source>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="96"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="128"/>
        <source>Import %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="160"/>
        <source>I know where this pack comes from: install its scenarios as unofficial.</source>
        <translation>Wiem, skąd pochodzi ta paczka: zainstaluj jej scenariusze jako nieoficjalne.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="170"/>
        <source>&amp;Install</source>
        <translation>&amp;Zainstaluj</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="66"/>
        <source>Training centres this laptop trusts</source>
        <translation>Ośrodki szkoleniowe zaufane na tym laptopie</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="78"/>
        <source>&amp;Trust a centre&apos;s key…</source>
        <translation>&amp;Zaufaj kluczowi ośrodka…</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="81"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Usuń zaufanie…</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="97"/>
        <source>None yet: every pack installs as unofficial, and results leave this laptop unencrypted.</source>
        <translation>Jeszcze żaden: każda paczka instaluje się jako nieoficjalna, a wyniki opuszczają ten laptop niezaszyfrowane.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="107"/>
        <source>%1
fingerprint %2</source>
        <translation>%1
odcisk %2</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="117"/>
        <source>Trusted training centres</source>
        <translation>Zaufane ośrodki szkoleniowe</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="124"/>
        <source>Your password, %1:</source>
        <translation>Twoje hasło, %1:</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="135"/>
        <source>A training centre&apos;s public key</source>
        <translation>Klucz publiczny ośrodka szkoleniowego</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="137"/>
        <source>Centre public keys (*.centre-pub.json)</source>
        <translation>Klucze publiczne ośrodków (*.centre-pub.json)</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="152"/>
        <source>%1 is not a training centre&apos;s public key file, or it is damaged. Nothing was changed.</source>
        <translation>%1 nie jest plikiem klucza publicznego ośrodka szkoleniowego albo jest uszkodzony. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="168"/>
        <source>Trust the key of %1? Its fingerprint is:

%2

Compare it with the fingerprint the centre gave you on paper or by phone: a key file on a stick could be anyone&apos;s. Packs this key signs will install as official, and results exported here will be encrypted to the centre.</source>
        <translation>Zaufać kluczowi ośrodka „%1”? Jego odcisk to:

%2

Porównaj go z odciskiem, który ośrodek przekazał Ci na papierze lub telefonicznie: plik klucza na pendrivie mógł przygotować ktokolwiek. Paczki podpisane tym kluczem będą instalowane jako oficjalne, a wyniki eksportowane z tego laptopa będą szyfrowane dla tego ośrodka.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="208"/>
        <source>Stop trusting the key of %1 (fingerprint %2)? Scenarios from its packs will show as unofficial, and results will no longer be encrypted to it.</source>
        <translation>Przestać ufać kluczowi ośrodka „%1” (odcisk %2)? Scenariusze z jego paczek będą oznaczone jako nieoficjalne, a wyniki nie będą już dla niego szyfrowane.</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="180"/>
        <source>The fingerprints &amp;match: trust it</source>
        <translation>Odciski są &amp;zgodne: zaufaj</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="190"/>
        <location filename="../packs/preview.py" line="177"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="218"/>
        <source>&amp;Forget the centre</source>
        <translation>&amp;Usuń zaufanie do ośrodka</translation>
    </message>
    <message>
        <location filename="../packs/centres.py" line="240"/>
        <source>The trust store could not be changed: %1</source>
        <translation>Nie udało się zmienić listy zaufanych ośrodków: %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="187"/>
        <source>Nothing in this pack would change the library.</source>
        <translation>Nic z tej paczki nie zmieniłoby biblioteki.</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="211"/>
        <source>Imported %1</source>
        <translation>Zaimportowano: %1</translation>
    </message>
    <message>
        <location filename="../packs/preview.py" line="217"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="27"/>
        <source>Installed</source>
        <translation>Zainstalowano</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="28"/>
        <source>Replaced</source>
        <translation>Zastąpiono</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="29"/>
        <location filename="../packs/texts.py" line="40"/>
        <source>Already installed</source>
        <translation>Już zainstalowany</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="30"/>
        <source>Not installed</source>
        <translation>Nie zainstalowano</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="38"/>
        <source>Will be installed</source>
        <translation>Zostanie zainstalowany</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="39"/>
        <source>Will replace the installed one</source>
        <translation>Zastąpi zainstalowany</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="41"/>
        <source>Will not be installed</source>
        <translation>Nie zostanie zainstalowany</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="50"/>
        <source>New on this laptop.</source>
        <translation>Nowy na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="51"/>
        <source>Version %1 is replaced by version %2.</source>
        <translation>Wersję %1 zastępuje wersja %2.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="54"/>
        <source>The same version number with other content: replaced as asked.</source>
        <translation>Ten sam numer wersji, inna zawartość: zastąpiono zgodnie z prośbą.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="57"/>
        <source>The installed copy could not be read: replaced as asked.</source>
        <translation>Zainstalowanej kopii nie dało się wczytać: zastąpiono zgodnie z prośbą.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="60"/>
        <source>Version %1 is installed with the same files.</source>
        <translation>Wersja %1 jest zainstalowana z tymi samymi plikami.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="63"/>
        <source>The same as the scenario that comes with the app.</source>
        <translation>Taki sam jak scenariusz dołączony do aplikacji.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="66"/>
        <source>A scenario that comes with the app has this id (version %1): the pack&apos;s author must give theirs another id.</source>
        <translation>Ten identyfikator ma scenariusz dołączony do aplikacji (wersja %1): autor paczki musi nadać swojemu scenariuszowi inny identyfikator.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="71"/>
        <source>Something that is not a scenario is in its place in the data folder: it is left alone.</source>
        <translation>W jego miejscu w folderze danych jest coś, co nie jest scenariuszem: pozostawiono to bez zmian.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="76"/>
        <source>Its place in the data folder is a link: it is left alone.</source>
        <translation>Jego miejsce w folderze danych zajmuje dowiązanie: pozostawiono je bez zmian.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="79"/>
        <source>The installed copy cannot be read, so its version is unknown; it is kept. To replace it, import the pack from the command line with --yes.</source>
        <translation>Zainstalowanej kopii nie da się wczytać, więc jej wersja jest nieznana; pozostaje bez zmian. Aby ją zastąpić, zaimportuj paczkę z wiersza poleceń z opcją --yes.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="84"/>
        <source>Version %1 is installed: newer than the pack&apos;s version %2.</source>
        <translation>Zainstalowana jest wersja %1: nowsza niż wersja %2 z paczki.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="87"/>
        <source>Version %1 is installed with different content under the same number; it is kept. Ask the author to raise the version.</source>
        <translation>Zainstalowana wersja %1 ma inną zawartość pod tym samym numerem; pozostaje bez zmian. Poproś autora o podniesienie numeru wersji.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="102"/>
        <source>%1 is not a scenario pack, or it is damaged.</source>
        <translation>%1 nie jest paczką scenariuszy albo jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="105"/>
        <source>%1 was made with zip features that scenario packs never use.</source>
        <translation>%1 korzysta z funkcji formatu zip, których paczki scenariuszy nigdy nie używają.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="108"/>
        <source>%1 was made by a newer version of the trainer: update the app on this laptop.</source>
        <translation>%1 utworzono w nowszej wersji programu: zaktualizuj aplikację na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="112"/>
        <source>The list of contents in %1 is damaged or contradicts itself.</source>
        <translation>Spis zawartości w %1 jest uszkodzony albo wewnętrznie sprzeczny.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="115"/>
        <source>%1 holds a file whose name could lead outside its folder or clash with another.</source>
        <translation>%1 zawiera plik o nazwie, która mogłaby prowadzić poza jego folder albo kolidować z innym plikiem.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="119"/>
        <source>%1 holds a link or a special file where a plain file must be.</source>
        <translation>%1 zawiera dowiązanie albo plik specjalny tam, gdzie musi być zwykły plik.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="122"/>
        <source>%1 is over a size limit, or is packed so tightly that it would fill the disk.</source>
        <translation>%1 przekracza limit rozmiaru albo jest tak mocno skompresowany, że po rozpakowaniu zapełniłby dysk.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="126"/>
        <source>The files in %1 differ from its list of contents: it was changed or damaged after it was made.</source>
        <translation>Pliki w %1 nie zgadzają się ze spisem zawartości: paczkę zmieniono lub uszkodzono po jej utworzeniu.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="131"/>
        <source>%1 holds a file of a kind a scenario pack may not carry.</source>
        <translation>%1 zawiera plik rodzaju, którego paczka scenariuszy nie może przenosić.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="134"/>
        <source>The signature of %1 does not match its contents: it was changed after it was signed.</source>
        <translation>Podpis %1 nie zgadza się z zawartością: paczkę zmieniono po podpisaniu.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="138"/>
        <source>A scenario in %1 has errors and cannot be played.</source>
        <translation>Scenariusz w %1 zawiera błędy i nie da się go rozegrać.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="143"/>
        <source>%1 cannot be imported.</source>
        <translation>Nie można zaimportować %1.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="146"/>
        <source>The file in it: %1.</source>
        <translation>Plik w paczce: %1.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="149"/>
        <source>Nothing was installed.</source>
        <translation>Niczego nie zainstalowano.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="155"/>
        <source>A chosen scenario has errors: check it in the editor first.</source>
        <translation>Wybrany scenariusz zawiera błędy: najpierw sprawdź go w edytorze.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="158"/>
        <source>A chosen scenario&apos;s folder holds a link; a pack carries plain files only.</source>
        <translation>Folder wybranego scenariusza zawiera dowiązanie; paczka przenosi tylko zwykłe pliki.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="162"/>
        <source>A file in a chosen scenario&apos;s folder has a name a pack cannot carry.</source>
        <translation>Plik w folderze wybranego scenariusza ma nazwę, której paczka nie może przenieść.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="165"/>
        <source>The chosen scenarios are too large for one pack: choose fewer.</source>
        <translation>Wybrane scenariusze są za duże na jedną paczkę: wybierz mniej.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="170"/>
        <source>The pack could not be made.</source>
        <translation>Nie udało się utworzyć paczki.</translation>
    </message>
    <message>
        <location filename="../packs/texts.py" line="173"/>
        <source>The file: %1.</source>
        <translation>Plik: %1.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../words.py" line="53"/>
        <source>Information</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <location filename="../words.py" line="54"/>
        <source>Assessment</source>
        <translation>Ocena sytuacji</translation>
    </message>
    <message>
        <location filename="../words.py" line="55"/>
        <source>Powers and policy</source>
        <translation>Uprawnienia i procedury</translation>
    </message>
    <message>
        <location filename="../words.py" line="56"/>
        <source>Options</source>
        <translation>Warianty działania</translation>
    </message>
    <message>
        <location filename="../words.py" line="57"/>
        <source>Action and review</source>
        <translation>Działanie i weryfikacja</translation>
    </message>
    <message>
        <location filename="../words.py" line="59"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../editor/forms/text_field.py" line="75"/>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="100"/>
        <source>Vary by path…</source>
        <translation>Zależnie od przebiegu…</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="103"/>
        <source>Different text depending on what the officer did before (format 1.1)</source>
        <translation>Inny tekst zależnie od tego, co funkcjonariusz zrobił wcześniej (format 1.1)</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="121"/>
        <source>optional</source>
        <translation>nieobowiązkowe</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="166"/>
        <source>⚠ Missing: no text in %1</source>
        <translation>⚠ Brak tekstu w języku %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="169"/>
        <source>⚠ Missing translation: %1 shows the %2 text</source>
        <translation>⚠ Brak tłumaczenia: w języku %1 pojawi się tekst %2</translation>
    </message>
    <message>
        <location filename="../editor/forms/text_field.py" line="183"/>
        <source>Form of address, at character %1: %2</source>
        <translation>Forma zwracania się, przy znaku %1: %2</translation>
    </message>
</context>
<context>
    <name>TimeLimitField</name>
    <message>
        <location filename="../editor/forms/timing.py" line="39"/>
        <source>Time limit</source>
        <translation>Limit czasu</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="43"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="51"/>
        <source>When the time runs out</source>
        <translation>Gdy czas się skończy</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="54"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../editor/forms/timing.py" line="65"/>
        <source>Timed decision</source>
        <translation>Decyzja na czas</translation>
    </message>
</context>
<context>
    <name>TrainerOverview</name>
    <message>
        <location filename="../overview/tables.py" line="43"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="48"/>
        <source>Attempts</source>
        <translation>Podejścia</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="57"/>
        <location filename="../overview/tables.py" line="286"/>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="114"/>
        <source>missed</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="116"/>
        <source>ticked wrongly</source>
        <translation>zaznaczono błędnie</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="121"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="125"/>
        <source>Problem</source>
        <translation>Rodzaj błędu</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="152"/>
        <location filename="../overview/tables.py" line="127"/>
        <source>Share</source>
        <translation>Odsetek</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="151"/>
        <location filename="../overview/tables.py" line="133"/>
        <location filename="../overview/tables.py" line="184"/>
        <location filename="../overview/tables.py" line="243"/>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="32"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="232"/>
        <source>Ending</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="237"/>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="70"/>
        <location filename="../overview/tables.py" line="264"/>
        <source>All scenarios</source>
        <translation>Wszystkie scenariusze</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="281"/>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="292"/>
        <source>Results</source>
        <translation>Liczba wyników</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="298"/>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="150"/>
        <source>Decision and option</source>
        <translation>Decyzja i odpowiedź</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="183"/>
        <source>The time ran out</source>
        <translation>Czas minął</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="200"/>
        <location filename="../overview/page.py" line="356"/>
        <source>Trainer overview</source>
        <translation>Przegląd wyników dla prowadzącego</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="201"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="63"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="64"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="68"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenariusz:</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="204"/>
        <source>Search by name</source>
        <translation>Szukaj według nazwy profilu</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="73"/>
        <source>Attempts from this date</source>
        <translation>Podejścia od tego dnia</translation>
    </message>
    <message>
        <location filename="../overview/filters.py" line="76"/>
        <source>Attempts up to this date</source>
        <translation>Podejścia do tego dnia</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="219"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="220"/>
        <source>Choices per decision</source>
        <translation>Rozkład odpowiedzi według decyzji</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="221"/>
        <source>Indicators missed or ticked wrongly</source>
        <translation>Wskaźniki pominięte lub błędnie zaznaczone</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="227"/>
        <source>Endings</source>
        <translation>Zakończenia</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="228"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="236"/>
        <source>Export choices (CSV)</source>
        <translation>Eksportuj odpowiedzi (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="239"/>
        <source>Export attempts (CSV)</source>
        <translation>Eksportuj podejścia (CSV)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="241"/>
        <location filename="../overview/page.py" line="436"/>
        <source>Export PDF</source>
        <translation>Eksportuj do PDF</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="258"/>
        <source>Only an instructor can open the overview of all profiles.</source>
        <translation>Przegląd wyników wszystkich profili może otworzyć tylko osoba prowadząca szkolenie.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="325"/>
        <source>Attempts: %1 · scenarios: %2 · profiles: %3</source>
        <translation>Podejścia: %1 · scenariusze: %2 · profile: %3</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="368"/>
        <source>There is nothing to export yet.</source>
        <translation>Na razie nie ma danych do eksportu.</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="408"/>
        <source>The file could not be saved: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="420"/>
        <source>Export choices</source>
        <translation>Eksport odpowiedzi</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="421"/>
        <source>choices</source>
        <comment>default file name</comment>
        <translation>wybory</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="422"/>
        <location filename="../overview/page.py" line="430"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="428"/>
        <source>Export attempts</source>
        <translation>Eksport podejść</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="429"/>
        <source>attempts</source>
        <comment>default file name</comment>
        <translation>podejscia</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="437"/>
        <source>overview</source>
        <comment>default file name</comment>
        <translation>przeglad</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="438"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../overview/choice_tree.py" line="160"/>
        <source>completed %1, abandoned %2, in progress %3</source>
        <translation>ukończone: %1, porzucone: %2, w toku: %3</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="168"/>
        <source>Missing from the note</source>
        <translation>Brakujące w notatce</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="173"/>
        <source>Report</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../overview/tables.py" line="178"/>
        <source>Share (self-assessed)</source>
        <translation>Odsetek (samoocena)</translation>
    </message>
    <message>
        <location filename="../overview/page.py" line="224"/>
        <source>Missing from notes (self-assessed)</source>
        <translation>Braki w notatkach (samoocena)</translation>
    </message>
</context>
<context>
    <name>TrialLauncher</name>
    <message>
        <location filename="../editor/trial/launcher.py" line="192"/>
        <source>…and %1 more (the Findings panel lists them all).</source>
        <extracomment>How many errors the &quot;cannot start&quot; message lists (the Findings panel has them all).</extracomment>
        <translation>…i jeszcze %1 (wszystkie są w panelu Uwagi).</translation>
    </message>
    <message>
        <location filename="../editor/trial/launcher.py" line="198"/>
        <source>Test from here</source>
        <translation>Test od tego miejsca</translation>
    </message>
    <message>
        <location filename="../editor/trial/launcher.py" line="200"/>
        <source>The scenario has errors, so it cannot be played yet. Fix them first:</source>
        <translation>Scenariusz ma błędy, więc nie da się go jeszcze zagrać. Najpierw je popraw:</translation>
    </message>
</context>
<context>
    <name>TrialSetupDialog</name>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="163"/>
        <source>Test from here</source>
        <extracomment>A spin box&apos;s bounds for a variable declared without one (Qt&apos;s spin boxes are 32-bit).</extracomment>
        <translation>Test od tego miejsca</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="164"/>
        <source>&amp;Start at:</source>
        <translation>&amp;Zacznij od kroku:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="166"/>
        <source>Variables at the start</source>
        <translation>Zmienne na początku</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="169"/>
        <source>This scenario has no variables.</source>
        <translation>Ten scenariusz nie ma zmiennych.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="172"/>
        <source>Nodes already visited (for visited(...) conditions)</source>
        <translation>Kroki już odwiedzone (dla warunków visited(...))</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="177"/>
        <source>&amp;Tick a way from the start</source>
        <translation>Zaznacz &amp;drogę od początku</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="180"/>
        <source>Ticks the nodes of a shortest way from the start to this node, conditions aside; adjust them as you need.</source>
        <translation>Zaznacza kroki najkrótszej drogi od początku do tego kroku, bez względu na warunki; popraw je według potrzeby.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="187"/>
        <source>Filter the nodes…</source>
        <translation>Filtruj kroki…</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="190"/>
        <source>Nodes already visited</source>
        <translation>Kroki już odwiedzone</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="193"/>
        <source>Form of &amp;address:</source>
        <translation>&amp;Forma zwracania się:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="197"/>
        <source>Both forms (zrobiłeś/zrobiłaś)</source>
        <translation>Obie formy (zrobiłeś/zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="198"/>
        <source>Masculine (zrobiłeś)</source>
        <translation>Męska (zrobiłeś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="199"/>
        <source>Feminine (zrobiłaś)</source>
        <translation>Żeńska (zrobiłaś)</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="203"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="204"/>
        <source>Order s&amp;eed:</source>
        <translation>Ziarno &amp;kolejności:</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="206"/>
        <source>The same seed shows choices and checklist items in the same order.</source>
        <translation>Przy tym samym ziarnie odpowiedzi i pozycje list kontrolnych pojawiają się w tej samej kolejności.</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="211"/>
        <source>&amp;New seed</source>
        <translation>&amp;Nowe ziarno</translation>
    </message>
    <message>
        <location filename="../editor/trial/setup_dialog.py" line="212"/>
        <source>&amp;Play</source>
        <translation>&amp;Graj</translation>
    </message>
</context>
<context>
    <name>TrialVariables</name>
    <message>
        <location filename="../editor/trial/variables_model.py" line="100"/>
        <source>Variable</source>
        <translation>Zmienna</translation>
    </message>
    <message>
        <location filename="../editor/trial/variables_model.py" line="101"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../editor/trial/variables_model.py" line="102"/>
        <source>Last step</source>
        <translation>Ostatni ruch</translation>
    </message>
</context>
<context>
    <name>TrialWindow</name>
    <message>
        <location filename="../editor/trial/play_window.py" line="199"/>
        <source>At node %1 · steps taken: %2</source>
        <translation>Teraz w kroku %1 · wykonane ruchy: %2</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="206"/>
        <source>The attempt ended at %1. Nothing was stored.</source>
        <translation>Podejście zakończyło się w kroku %1. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="215"/>
        <source>Test from here — %1</source>
        <translation>Test od tego miejsca — %1</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="220"/>
        <source>A test play of the document as it stands in the editor: nothing is stored.</source>
        <translation>Próbna gra scenariusza w takiej postaci, jaką ma teraz w edytorze: nic nie jest zapisywane.</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="225"/>
        <source>&amp;Variables</source>
        <translation>&amp;Zmienne</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="226"/>
        <source>S&amp;teps</source>
        <translation>&amp;Przebieg</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="227"/>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Wróć do edytora</translation>
    </message>
    <message>
        <location filename="../editor/trial/play_window.py" line="229"/>
        <source>Closes the test and selects this node in the editor (Ctrl+E)</source>
        <translation>Zamyka test i zaznacza ten krok w edytorze (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>WordCountFew</name>
    <message>
        <location filename="../player/report_panel.py" line="66"/>
        <source>%1 words, at least %2</source>
        <translation>%1 słowa, co najmniej %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="72"/>
        <source>%1 words</source>
        <translation>%1 słowa</translation>
    </message>
</context>
<context>
    <name>WordCountMany</name>
    <message>
        <location filename="../player/report_panel.py" line="67"/>
        <source>%1 words, at least %2</source>
        <translation>%1 słów, co najmniej %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="73"/>
        <source>%1 words</source>
        <translation>%1 słów</translation>
    </message>
</context>
<context>
    <name>WordCountOne</name>
    <message>
        <location filename="../player/report_panel.py" line="65"/>
        <source>%1 word, at least %2</source>
        <translation>%1 słowo, co najmniej %2</translation>
    </message>
    <message>
        <location filename="../player/report_panel.py" line="71"/>
        <source>%1 word</source>
        <translation>%1 słowo</translation>
    </message>
</context>
<context>
    <name>WordListField</name>
    <message>
        <location filename="../editor/forms/metadata.py" line="75"/>
        <source>Not valid: %1</source>
        <translation>Niepoprawne: %1</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="77"/>
        <source>At least one language is needed; the first is the default.</source>
        <translation>Potrzebny jest co najmniej jeden język; pierwszy jest domyślny.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="79"/>
        <source>A word is listed twice.</source>
        <translation>Jedno słowo powtarza się na liście.</translation>
    </message>
    <message>
        <location filename="../editor/forms/metadata.py" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Czy chodziło o: %1?</translation>
    </message>
</context>
</TS>
