; Inno Setup 6 script for packconfig on Windows (64-bit).
;
; Build on Windows, from the repository root (see docs/installers.md):
;   py -3.12 -m venv .venv
;   .venv\Scripts\python -m pip install -r installer\requirements-build.txt
;   .venv\Scripts\python -m pip install --no-deps -e .
;   .venv\Scripts\python installer\build.py --bundle-only
;   iscc installer\windows\packconfig.iss
; -> dist\packconfig-<version>-setup.exe
;
; build.py --bundle-only writes dist\packconfig\ (packconfig.exe = the window,
; packconfig-cli.exe = the same program with a console) and dist\packconfig-version.iss
; (#define AppVersion from packconfig.__version__). /DAppVersion=x.y.z on the iscc
; command line overrides it.

#define AppName "packconfig"
#define AppPublisher "packconfig"
#define RepoRoot AddBackslash(SourcePath) + "..\.."
#define DistDir RepoRoot + "\dist"

#ifndef AppVersion
  #if FileExists(DistDir + "\packconfig-version.iss")
    #include DistDir + "\packconfig-version.iss"
  #else
    #error dist\packconfig-version.iss not found: run "python installer\build.py --bundle-only" first (or pass /DAppVersion=x.y.z)
  #endif
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#if !FileExists(DistDir + "\packconfig\packconfig.exe")
  #error dist\packconfig\packconfig.exe not found: run "python installer\build.py --bundle-only" first
#endif

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{8C1F4E2A-5B7D-4F0E-9A63-2D4B7C9E1F35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\packconfig.exe
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir={#DistDir}
OutputBaseFilename=packconfig-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
CloseApplications=yes
#if FileExists(RepoRoot + "\resources\icons\packconfig.ico")
SetupIconFile={#RepoRoot}\resources\icons\packconfig.ico
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) messages ship with Inno Setup 6.3+ as Unofficial\ChineseSimplified.isl.
#if FileExists(CompilerPath + "Languages\Unofficial\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\packconfig\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\packconfig.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\packconfig.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Project files (*.pcproj.json, packconfig.core.project.SUFFIX) open in packconfig.
; Windows associates by the last extension, so the ProgID is bound to ".json" only as
; an "Open with" choice (OpenWithProgids), never taking over .json files.
Root: HKA; Subkey: "Software\Classes\packconfig.project"; ValueType: string; ValueName: ""; ValueData: "packconfig project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\packconfig.project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\packconfig.exe"",0"
Root: HKA; Subkey: "Software\Classes\packconfig.project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\packconfig.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "packconfig.project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\packconfig.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\packconfig.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\packconfig.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\packconfig.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The user's data (%LOCALAPPDATA%\packconfig: settings, quote register) is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
