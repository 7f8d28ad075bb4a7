; Inno Setup 6 script for OGG Desktop: installs dist\ogg-desktop (built by build-windows.ps1).
; Compile with: ISCC.exe /DAppVersion=0.1.0 packaging\windows\ogg-desktop.iss
; Per machine (Program Files) by default; a user without admin rights may choose "only for me".
; Uninstalling removes the program only: vaults in %LOCALAPPDATA%\ogg-desktop stay (docs\admin.md).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "OGG Desktop"
#define AppExe "ogg-desktop.exe"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{5B7D0E43-2C1A-4F0E-9B52-7A3C6D1E8F24}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OGG Desktop
DefaultDirName={autopf}\OGG Desktop
DefaultGroupName=OGG Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ogg-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\ogg-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app makes no network connection; the installer does not either.

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ogg-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\OGG Desktop"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\OGG Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,OGG Desktop}"; Flags: nowait postinstall skipifsilent
