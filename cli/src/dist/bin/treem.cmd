@echo off
rem treem: the command-line tool of treem (https://github.com/treem/treem), Apache License 2.0.
rem Runs lib\treem.jar of this installation with the Java of JAVA_HOME if it is set (else the
rem java on the PATH; Java 17 or newer), JAVA_OPTS as options of the Java virtual machine, UTF-8
rem for contents, standard output and standard error, and every argument passed through.
rem Windows gives Java file names in Unicode whatever the code page: no locale is needed. For
rem Vietnamese letters in a console window, run "chcp 65001" once in it.
setlocal
set "TREEM_HOME=%~dp0.."
set "TREEM_JAR=%TREEM_HOME%\lib\treem.jar"
if not exist "%TREEM_JAR%" (
  echo treem: %TREEM_JAR% is missing: reinstall treem 1>&2
  exit /b 2
)
if defined JAVA_HOME (
  set "TREEM_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "TREEM_JAVA=java.exe"
)
if defined JAVA_HOME if not exist "%TREEM_JAVA%" (
  echo treem: JAVA_HOME is set to "%JAVA_HOME%", which has no bin\java.exe: set it to a Java 17 ^(or newer^) installation 1>&2
  exit /b 2
)
"%TREEM_JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %JAVA_OPTS% -jar "%TREEM_JAR%" %*
exit /b %ERRORLEVEL%
