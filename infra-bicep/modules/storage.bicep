metadata name = 'TechRoute storage'
metadata description = 'Storage account for the Functions host and the deployment package, reachable only with Entra ID (no shared key), TLS 1.2 and no public blob access.'

@description('Required. Name of the account, 3 to 24 lowercase letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Principal id of the app identity that the Functions host runs as.')
param principalId string

@description('Optional. Name of the blob container that holds the Function App deployment package.')
param packageContainerName string = 'app-package'

@description('Optional. Azure region of the account.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the account.')
param tags { *: string } = {}

// Blob Data Owner: host keys, timer-trigger singleton leases and the deployment package.
var storageBlobDataOwnerRoleId = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
// Table Data Contributor: the Functions host writes its diagnostic events to a table.
var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: packageContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, storageBlobDataOwnerRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwnerRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, storageTableDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the account, the value of AzureWebJobsStorage__accountName.')
output name string = account.name

@description('Primary blob endpoint of the account, ending in a slash.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Name of the deployment package container.')
output packageContainerName string = packageContainer.name
