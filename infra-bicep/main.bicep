metadata name = 'TechRoute'
metadata description = 'Deploys TechRoute into one resource group: a user-assigned identity, Key Vault with the customer-managed and signing keys, Cosmos DB, Service Bus, storage, monitoring and the Java 17 Function App, with the least-privilege roles the app needs.'

targetScope = 'resourceGroup'

@description('Optional. Azure region of every resource. Defaults to the region of the resource group.')
param location string = resourceGroup().location

@description('Required. Lowercase prefix of every resource name: 3 to 11 characters, a letter first, then letters or digits.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Required. TechRoute tenant id of the first MSP. It names the tenant\'s Teams webhook secret, so use only lowercase letters, digits and hyphens.')
@minLength(1)
@maxLength(100)
param firstTenantId string

@description('Required. Teams Workflows webhook URL of the first tenant. Stored only as a Key Vault secret.')
@secure()
param teamsWebhookUrl string

@description('Optional. Hosting size. small: Flex Consumption and serverless Cosmos DB. medium: Elastic Premium EP1 and 1000 RU/s autoscale. large: Elastic Premium EP2 and 4000 RU/s autoscale.')
@allowed([
  'small'
  'medium'
  'large'
])
param size string = 'small'

@description('Optional. Name of the EC P-256 Key Vault key that signs override links.')
param signingKeyName string = 'override-link-signing'

@description('Optional. Deliveries of one tickets message before Service Bus dead-letters it.')
@minValue(1)
@maxValue(2000)
param ticketsMaxDeliveryCount int = 10

@description('Optional. Application (client) id of the Entra ID app registration that signs dispatchers in to the override page. Empty leaves App Service authentication off, and the override page then rejects every dispatcher.')
param overrideAuthClientId string = ''

@description('Optional. NCRONTAB schedule (six fields, seconds first) of the rebalancer.')
param rebalanceSchedule string = '0 */15 * * * *'

@description('Optional. Most tickets one rebalance run may move.')
@minValue(0)
param rebalanceMaxMoves int = 20

@description('Optional. Time limit of one rebalance run, in seconds.')
@minValue(1)
param rebalanceTimeLimitSeconds int = 2

@description('Optional. Lifetime of an override link, in minutes.')
@minValue(1)
@maxValue(1440)
param overrideTokenTtlMinutes int = 60

@description('Optional. Tags applied to every resource.')
param tags { *: string } = {}

// Six characters from the resource group id keep globally unique names stable across redeployments.
var suffix = take(uniqueString(resourceGroup().id, namePrefix), 6)
var prefix = toLower(namePrefix)

var names = {
  identity: '${prefix}-id-${suffix}'
  workspace: '${prefix}-log-${suffix}'
  applicationInsights: '${prefix}-appi-${suffix}'
  keyVault: '${prefix}-kv-${suffix}'
  cosmos: '${prefix}-cosmos-${suffix}'
  serviceBus: '${prefix}-sb-${suffix}'
  storage: '${prefix}st${suffix}'
  plan: '${prefix}-plan-${suffix}'
  functionApp: '${prefix}-func-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'techroute-identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'techroute-monitoring'
  params: {
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    principalId: identity.outputs.principalId
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'techroute-key-vault'
  params: {
    name: names.keyVault
    principalId: identity.outputs.principalId
    firstTenantId: firstTenantId
    teamsWebhookUrl: teamsWebhookUrl
    signingKeyName: signingKeyName
    location: location
    tags: tags
  }
}

// Takes the key URI from the Key Vault module, so it starts only after the identity holds its
// role on the key.
module cosmos 'modules/cosmos.bicep' = {
  name: 'techroute-cosmos'
  params: {
    name: names.cosmos
    identityResourceId: identity.outputs.resourceId
    principalId: identity.outputs.principalId
    keyVaultKeyUri: keyVault.outputs.cosmosKeyUri
    serverless: size == 'small'
    autoscaleMaxThroughput: size == 'large' ? 4000 : 1000
    location: location
    tags: tags
  }
}

module serviceBus 'modules/service-bus.bicep' = {
  name: 'techroute-service-bus'
  params: {
    name: names.serviceBus
    principalId: identity.outputs.principalId
    ticketsMaxDeliveryCount: ticketsMaxDeliveryCount
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'techroute-storage'
  params: {
    name: names.storage
    principalId: identity.outputs.principalId
    location: location
    tags: tags
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'techroute-function-app'
  params: {
    name: names.functionApp
    planName: names.plan
    size: size
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    packageContainerName: storage.outputs.packageContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    ticketsQueueName: serviceBus.outputs.ticketsQueueName
    invalidTicketsQueueName: serviceBus.outputs.invalidTicketsQueueName
    assignmentEventsTopicName: serviceBus.outputs.assignmentEventsTopicName
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    keyVaultUri: keyVault.outputs.vaultUri
    signingKeyName: keyVault.outputs.signingKeyName
    teamsWebhookSecretPrefix: keyVault.outputs.teamsWebhookSecretPrefix
    rebalanceSchedule: rebalanceSchedule
    rebalanceMaxMoves: rebalanceMaxMoves
    rebalanceTimeLimitSeconds: rebalanceTimeLimitSeconds
    overrideTokenTtlMinutes: overrideTokenTtlMinutes
    overrideAuthClientId: overrideAuthClientId
    location: location
    tags: tags
  }
}

@description('Name of the Function App; deploy the functions package to it.')
output functionAppName string = functionApp.outputs.name

@description('Default host name of the Function App.')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('Scheme and host of override links (the OverrideBaseUrl app setting).')
output overrideBaseUrl string = functionApp.outputs.overrideBaseUrl

@description('Client id of the user-assigned identity the app runs as.')
output identityClientId string = identity.outputs.clientId

@description('URI of the Key Vault. Add a secret named after TeamsWebhookSecretPrefix and the tenant id for each further tenant.')
output keyVaultUri string = keyVault.outputs.vaultUri

@description('Name of the Key Vault secret that holds the first tenant\'s Teams webhook URL.')
output firstTenantWebhookName string = keyVault.outputs.firstTenantWebhookName

@description('Document endpoint of the Cosmos DB account.')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('Host name of the Service Bus namespace.')
output serviceBusNamespace string = serviceBus.outputs.fullyQualifiedNamespace

@description('Name of the storage account that holds the deployment package.')
output storageAccountName string = storage.outputs.name

@description('Blob container of the deployment package.')
output packageContainerName string = storage.outputs.packageContainerName
