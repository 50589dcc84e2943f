<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>BagalauApplication</name>
        <message>
            <source>Damaged database</source>
            <translation>Дерекқор бүлінген</translation>
        </message>
        <message>
            <source>No good backup copy was found.</source>
            <translation>Жарамды сақтық көшірме табылмады.</translation>
        </message>
        <message>
            <source>Open the newest good copy, made {when}? The damaged file is kept aside, not deleted.</source>
            <translation>{when} жасалған ең жаңа жарамды көшірмені ашу керек пе? Бүлінген файл жойылмайды, бөлек сақталады.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Дерекқорды ашу</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>Бағалау дерекқоры (*.sqlite *.db)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Bagalau</source>
            <translation>Бағалау</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Bagalau</source>
            <extracomment>Emitted after a page changed data other pages may show (area name: "staff", "evaluation", …). Asks the application to close this database and open another (path; empty = choose).</extracomment>
            <translation>Бағалау туралы</translation>
        </message>
        <message>
            <source>Bagalau — quarterly performance evaluation of corps B civil servants.
Works offline; the data stay in the database file on this computer.</source>
            <translation>Бағалау — «Б» корпусы мемлекеттік қызметшілерінің қызметін тоқсан сайын бағалау.
Интернетсіз жұмыс істейді; деректер осы компьютердегі дерекқор файлында сақталады.</translation>
        </message>
        <message>
            <source>Bagalau — {file}</source>
            <translation>Бағалау — {file}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Дерекқорды &amp;ашу…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>&amp;About Bagalau</source>
            <translation>Бағалау &amp;туралы</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Bagalau</source>
            <translation>Бағалауға қош келдіңіз</translation>
        </message>
        <message>
            <source>Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. There is no database yet. Open the demo office to look around, or start your own office.</source>
            <translation>Бағалау «Б» корпусы мемлекеттік қызметшілерінің тоқсандық бағалауын осы компьютерде жүргізеді. Дерекқор әлі жоқ. Танысу үшін демо-мекемені ашыңыз немесе өз мекемеңізді бастаңыз.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Интерфейс тілі:</translation>
        </message>
        <message>
            <source>Open the demo office</source>
            <translation>Демо-мекемені ашу</translation>
        </message>
        <message>
            <source>Start an empty office</source>
            <translation>Бос мекемені бастау</translation>
        </message>
    </context>
    <context>
        <name>msg</name>
        <message>
            <source>{day} has no override in the office calendar.</source>
            <translation>{day} күні мекеменің күнтізбесінде өзгертілмеген.</translation>
        </message>
        <message>
            <source>The database file {file} is damaged and was not opened ({detail}).</source>
            <translation>{file} дерекқор файлы бүлінген, ол ашылмады ({detail}).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>{folder} қалтасы жоқ.</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder} ({detail}).</source>
            <translation>{folder} қалтасына жазу мүмкін емес ({detail}).</translation>
        </message>
        <message>
            <source>The database file {file} is read-only.</source>
            <translation>{file} дерекқор файлы тек оқуға арналған.</translation>
        </message>
        <message>
            <source>The database {file} is already open in another Bagalau window. Close it there first.</source>
            <translation>{file} дерекқоры Бағалаудың басқа терезесінде ашық тұр. Алдымен оны сол жерде жабыңыз.</translation>
        </message>
    </context>
</TS>
