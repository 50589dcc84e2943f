<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>BagalauApplication</name>
        <message>
            <source>Damaged database</source>
            <translation>База данных повреждена</translation>
        </message>
        <message>
            <source>No good backup copy was found.</source>
            <translation>Исправная резервная копия не найдена.</translation>
        </message>
        <message>
            <source>Open the newest good copy, made {when}? The damaged file is kept aside, not deleted.</source>
            <translation>Открыть самую новую исправную копию от {when}? Повреждённый файл не удаляется, а сохраняется отдельно.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>Bagalau database (*.sqlite *.db)</source>
            <translation>База данных Бағалау (*.sqlite *.db)</translation>
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
            <translation>О программе Бағалау</translation>
        </message>
        <message>
            <source>Bagalau — quarterly performance evaluation of corps B civil servants.
Works offline; the data stay in the database file on this computer.</source>
            <translation>Бағалау — ежеквартальная оценка деятельности государственных служащих корпуса «Б».
Работает без интернета; данные хранятся в файле базы данных на этом компьютере.</translation>
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
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About Bagalau</source>
            <translation>&amp;О программе</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Bagalau</source>
            <translation>Добро пожаловать в Бағалау</translation>
        </message>
        <message>
            <source>Bagalau keeps the quarterly performance evaluation of corps B civil servants on this computer. There is no database yet. Open the demo office to look around, or start your own office.</source>
            <translation>Бағалау ведёт ежеквартальную оценку служащих корпуса «Б» на этом компьютере. Базы данных ещё нет. Откройте демо-учреждение, чтобы осмотреться, или начните своё учреждение.</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Язык интерфейса:</translation>
        </message>
        <message>
            <source>Open the demo office</source>
            <translation>Открыть демо-учреждение</translation>
        </message>
        <message>
            <source>Start an empty office</source>
            <translation>Начать пустое учреждение</translation>
        </message>
    </context>
    <context>
        <name>msg</name>
        <message>
            <source>{day} has no override in the office calendar.</source>
            <translation>Для {day} в календаре учреждения нет особой отметки.</translation>
        </message>
        <message>
            <source>The database file {file} is damaged and was not opened ({detail}).</source>
            <translation>Файл базы данных {file} повреждён и не был открыт ({detail}).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Папка {folder} не существует.</translation>
        </message>
        <message>
            <source>Cannot write in the folder {folder} ({detail}).</source>
            <translation>Невозможно записать в папку {folder} ({detail}).</translation>
        </message>
        <message>
            <source>The database file {file} is read-only.</source>
            <translation>Файл базы данных {file} доступен только для чтения.</translation>
        </message>
        <message>
            <source>The database {file} is already open in another Bagalau window. Close it there first.</source>
            <translation>База данных {file} уже открыта в другом окне Бағалау. Сначала закройте её там.</translation>
        </message>
    </context>
</TS>
