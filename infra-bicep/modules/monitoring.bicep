metadata name = 'TechRoute monitoring'
metadata description = 'Log Analytics workspace and a workspace-based Application Insights component that accepts telemetry only with Entra ID authentication.'

@description('Required. Name of the Log Analytics workspace.')
param workspaceName string

@description('Required. Name of the Application Insights component.')
param applicationInsightsName string

@description('Required. Principal id of the identity that publishes telemetry.')
param principalId string

@description('Optional. Azure region of both resources.')
param location string = resourceGroup().location

@description('Optional. Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Optional. Tags applied to both resources.')
param tags { *: string } = {}

// Monitoring Metrics Publisher: needed to send telemetry once local (key-based) ingestion is off.
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, monitoringMetricsPublisherRoleId)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the Application Insights component.')
output applicationInsightsName string = applicationInsights.name

@description('Resource id of the Application Insights component.')
output applicationInsightsId string = applicationInsights.id

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id
