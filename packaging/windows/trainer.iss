; The per-user installer of the Windows build (Inno Setup 6): it installs into the
; user's own programs folder and needs no administrator rights, as on a station laptop
; where officers have none. Built by .github/workflows/windows.yml from dist\trainer
; (`ISCC /DAppVersion=X.Y.Z packaging\windows\trainer.iss`).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1F4A52-3B8E-4D1C-9C61-2F5E8B7A9D40}
AppName=Trening scenariuszowy
AppVersion={#AppVersion}
AppPublisher=Trening scenariuszowy
DefaultDirName={localappdata}\Programs\Trening scenariuszowy
DefaultGroupName=Trening scenariuszowy
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist\installer
OutputBaseFilename=trening-scenariuszowy-{#AppVersion}-setup
SetupIconFile=..\..\assets\icons\trainer.ico
UninstallDisplayIcon={app}\trainer.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\trainer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Trening scenariuszowy"; Filename: "{app}\trainer.exe"
Name: "{userdesktop}\Trening scenariuszowy"; Filename: "{app}\trainer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\trainer.exe"; Description: "{cm:LaunchProgram,Trening scenariuszowy}"; Flags: nowait postinstall skipifsilent
