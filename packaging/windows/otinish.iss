; Inno Setup script for Otinish on Windows (Inno Setup 6.3 or later: x64compatible).
;
; Build, on Windows, from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e . "pyinstaller>=6.10,<7"
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\otinish.spec
;   start /wait dist\otinish\otinish.exe --self-test & echo exit code %ERRORLEVEL%
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\otinish.iss
; -> dist\otinish-VERSION-windows-x64-setup.exe
;
; The version is read from the built otinish.exe, whose version resource the spec
; writes from pyproject.toml; pass /DAppVersion=X.Y.Z to ISCC to override it.
;
; What it does: installs for the current user without administrator rights (or for
; all users when run as administrator; the user chooses), adds a Start-menu entry and
; an optional desktop icon, associates .otinish registers with Otinish (double-click
; opens the register), and registers an uninstaller.
;
; The uninstaller removes the program files only. The user's data is NEVER removed:
; the registers, backups and own letter templates in %LOCALAPPDATA%\Otinish, the
; letters in Documents\Otinish, and the register's key in Windows Credential Manager
; (entry "Otinish register"), without which a register kept in the keychain could not
; be opened again after a reinstall. Nothing below deletes them; keep it that way.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif
#define AppName "Otinish"
#define AppExeName "otinish.exe"
#define SourceDir "..\..\dist\otinish"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error Build dist\otinish with PyInstaller first (or pass /DAppVersion=X.Y.Z).
#endif

[Setup]
; The AppId identifies Otinish for upgrades and the uninstaller: never change it.
AppId={{618975A1-302A-4D97-9407-1AA386A7C665}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Otinish developers
AppComments=An offline, encrypted register of personal-data subject requests (Kazakhstan)
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default ({autopf} = %LOCALAPPDATA%\Programs); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\otinish.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=otinish-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; Close a running Otinish before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle. A reinstall or upgrade replaces it.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Register of personal-data requests"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .otinish -> Otinish.Register; double-click runs `otinish.exe "C:\...\register.otinish"`,
; which the app opens as `--db` (packaging/entry.py). HKA = HKCU for a per-user install,
; HKLM for all users. Only our own keys are removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.otinish"; ValueType: string; ValueName: ""; ValueData: "Otinish.Register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.otinish\OpenWithProgids"; ValueType: string; ValueName: "Otinish.Register"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Otinish.Register"; ValueType: string; ValueName: ""; ValueData: "Otinish register"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Otinish.Register\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\Otinish.Register\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".otinish"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for user folders, on purpose: see the note at the top.
